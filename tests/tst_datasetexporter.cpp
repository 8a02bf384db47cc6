#include "datasetexporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Atlas;

class TstDatasetExporter : public QObject
{
    Q_OBJECT

    static QMap<QString, QJsonObject> byId(const QList<QJsonObject> &list)
    {
        QMap<QString, QJsonObject> map;
        for (const QJsonObject &o : list)
            map.insert(o.value(u"id").toString(), o);
        return map;
    }

    // Builds `source` into a database, exports it, and checks the export equals the source.
    static void roundTrip(const QString &source)
    {
        QTemporaryDir dir;
        const QString base = AtlasTest::buildDatabase(dir, source);
        QVERIFY(!base.isEmpty());
        Database db;
        QVERIFY2(db.open(base, QString()), qPrintable(db.errorString()));
        DatasetExporter exporter(db.connection());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY2(exporter.writeJson(&buffer), qPrintable(exporter.errorString()));

        DatasetReader original;
        QVERIFY(original.readPath(source));
        DatasetReader exported;
        QVERIFY(exported.readData(buffer.data()));
        QVERIFY2(exported.validate(), qPrintable(exported.problemStrings().join(u'\n')));
        const Dataset &a = original.dataset();
        const Dataset &b = exported.dataset();
        QCOMPARE(b.header, a.header);
        QCOMPARE(byId(b.actors), byId(a.actors));
        QCOMPARE(byId(b.items), byId(a.items));
        QCOMPARE(byId(b.series), byId(a.series));
        QCOMPARE(byId(b.figures), byId(a.figures));
        QCOMPARE(byId(b.findings), byId(a.findings));
        QCOMPARE(b.recordCount(), a.recordCount());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripsTheFixture() { roundTrip(AtlasTest::miniDataDir()); }

    // --export-json writes back exactly what resources/data holds, unknown fields included.
    void roundTripsTheShippedDataset() { roundTrip(AtlasTest::sourcePath(QStringLiteral("resources/data"))); }

    void keepsUnknownFields()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(AtlasTest::buildDatabase(dir), QString()));
        Dataset d;
        DatasetExporter exporter(db.connection());
        QVERIFY(exporter.readDataset(&d));
        bool found = false;
        for (const QJsonObject &a : std::as_const(d.actors))
            found = found || a.value(u"unknown_field").toObject().value(u"kept").toBool();
        QVERIFY(found);
    }

    void csvHasBomAndOneRowPerItem()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(AtlasTest::buildDatabase(dir), QString()));
        DatasetExporter exporter(db.connection());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ItemFilter filter;
        filter.categories = { QStringLiteral("policy") };
        QVERIFY(exporter.writeCsv(&buffer, filter));
        const QByteArray data = buffer.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(data.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines.constFirst().startsWith(u"id,date,actors,category"));
        QVERIFY(text.contains(u"안전하고 신뢰할 수 있는 AI에 관한 행정명령을 공표"));
    }

    void csvEscaping()
    {
        QCOMPARE(DatasetExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(DatasetExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(DatasetExporter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(DatasetExporter::csvField(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    }
};

QTEST_GUILESS_MAIN(TstDatasetExporter)
#include "tst_datasetexporter.moc"
