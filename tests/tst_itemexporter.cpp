#include "datasetreader.h"
#include "itemexporter.h"
#include "itemrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Atlas;

class TstItemExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    // RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and newlines.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                row << field;
                field.clear();
            } else if (c == u'\r') {
                continue;
            } else if (c == u'\n') {
                row << field;
                rows << row;
                row.clear();
                field.clear();
            } else {
                field += c;
            }
        }
        if (!field.isEmpty() || !row.isEmpty())
            rows << (row << field);
        return rows;
    }

    QStringList idsFor(const ItemFilter &filter)
    {
        ItemRepository repository(m_db.connection());
        QStringList ids;
        for (const auto &r : repository.rows(filter, ItemRepository::SortKey::Date, Qt::AscendingOrder, 0, 1000))
            ids << r.id;
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
    }

    void csvOpensBackWithTheSameRows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("categories");
        QTest::newRow("everything") << QString() << QStringList();
        QTest::newRow("search AI") << QStringLiteral("AI") << QStringList();
        QTest::newRow("quotes and percent") << QStringLiteral("\"특별\"") << QStringList();
        QTest::newRow("policy, 저작권") << QStringLiteral("저작권") << QStringList { QStringLiteral("policy") };
        QTest::newRow("nothing") << QStringLiteral("zzzz-no-match") << QStringList();
    }

    void csvOpensBackWithTheSameRows()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, categories);
        ItemFilter filter;
        filter.text = text;
        filter.categories = QSet<QString>(categories.cbegin(), categories.cend());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ItemExporter exporter(m_db.connection());
        QVERIFY2(exporter.writeCsv(&buffer, filter), qPrintable(exporter.errorString()));
        const QByteArray data = buffer.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for Korean
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(data.mid(3)));
        QVERIFY(!rows.isEmpty());
        const QStringList header = rows.first();
        QCOMPARE(header.value(0), QStringLiteral("id"));
        const int titleKo = int(header.indexOf(QStringLiteral("title_ko")));
        QVERIFY(titleKo > 0);
        QStringList ids;
        ItemRepository repository(m_db.connection());
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).size(), header.size());
            ids << rows.at(r).first();
            // Korean text, quotes and commas come back exactly.
            QCOMPARE(rows.at(r).at(titleKo), repository.item(rows.at(r).first()).titleKo);
        }
        ids.sort();
        QCOMPARE(ids, idsFor(filter));
    }

    // The filtered set as an interchange document that reads back without a single problem.
    void jsonIsInterchangeFormat()
    {
        ItemFilter filter;
        filter.text = QStringLiteral("베이징");
        ItemExporter exporter(m_db.connection());
        const QByteArray json = exporter.toJson(filter);
        QVERIFY2(exporter.errorString().isEmpty(), qPrintable(exporter.errorString()));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("ai-policy-atlas/1"));
        QCOMPARE(root.value(u"dataset").toObject().value(u"id").toString(), QStringLiteral("test-mini"));
        QCOMPARE(root.value(u"items").toArray().size(), 1);
        QStringList actorIds;
        for (const QJsonValue &a : root.value(u"actors").toArray())
            actorIds << a.toObject().value(u"id").toString();
        // Beijing, and China because Beijing names it as its country.
        QCOMPARE(actorIds, (QStringList { QStringLiteral("CHN"), QStringLiteral("CHN-BEIJING") }));

        DatasetReader reader;
        reader.setRequireReport(true);
        QVERIFY(reader.readData(json, QStringLiteral("export.json")));
        QVERIFY2(reader.validate(), qPrintable(reader.problemStrings().join(u'\n')));

        filter.text = QStringLiteral("AI");
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(exporter.writeJson(&buffer, filter));
        QStringList ids;
        for (const QJsonValue &i : QJsonDocument::fromJson(buffer.data()).object().value(u"items").toArray())
            ids << i.toObject().value(u"id").toString();
        ids.sort();
        QCOMPARE(ids, idsFor(filter));
    }
};

QTEST_GUILESS_MAIN(TstItemExporter)
#include "tst_itemexporter.moc"
