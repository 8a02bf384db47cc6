#include "itemrepository.h"
#include "syntheticdataset.h"
#include "testsupport.h"

#include <QTemporaryFile>

#include <QJsonDocument>

using namespace Atlas;

class TstSyntheticDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deterministic()
    {
        SyntheticDataset a, b, other(7);
        QCOMPARE(a.item(12345), b.item(12345));
        QVERIFY(a.item(12345) != other.item(12345));
        QVERIFY(a.item(1) != a.item(2));
    }

    void sqliteHasTheItemsAndAPlausibleMix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("synthetic.sqlite"));
        SyntheticDataset generator;
        QVERIFY2(generator.write(3000, path), qPrintable(generator.errorString()));
        Database db;
        QVERIFY2(db.open(path, QString()), qPrintable(db.errorString()));
        QCOMPARE(db.info().id, QStringLiteral("synthetic-3000"));
        ItemRepository repository(db.connection());
        QCOMPARE(repository.count({}), 3000);
        for (const char16_t *category : { u"policy", u"industry", u"research", u"workforce" }) {
            ItemFilter f;
            f.categories = { QString::fromUtf16(category) };
            const int n = repository.count(f);
            QVERIFY2(n > 300 && n < 1200, qPrintable(QString::number(n)));
        }
        ItemFilter in2023;
        in2023.dateFrom = QStringLiteral("2023-01-01");
        in2023.dateTo = QStringLiteral("2023-12-31");
        QVERIFY(repository.count(in2023) > 1200);
        // Korean and English search both work on it.
        ItemFilter ko;
        ko.text = QStringLiteral("반도체");
        ItemFilter en;
        en.text = QStringLiteral("semiconductors");
        QVERIFY(repository.count(ko) > 0);
        QCOMPARE(repository.count(ko), repository.count(en));
    }

    void jsonIsTheInterchangeFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("synthetic.json"));
        SyntheticDataset generator;
        QVERIFY(generator.write(500, path));
        DatasetReader reader;
        reader.setRequireReport(false);
        QVERIFY(reader.readPath(path));
        QVERIFY2(reader.validate(), qPrintable(reader.problemStrings().mid(0, 5).join(u'\n')));
        QCOMPARE(reader.dataset().items.size(), 500);
    }

    void unwritablePathFailsCleanly()
    {
        // A regular file as the parent folder fails even for root.
        QTemporaryFile notAFolder;
        QVERIFY(notAFolder.open());
        SyntheticDataset generator;
        QVERIFY(!generator.write(10, notAFolder.fileName() + QStringLiteral("/x.sqlite")));
        QVERIFY(!generator.errorString().isEmpty());
        QVERIFY(!generator.write(10, notAFolder.fileName() + QStringLiteral("/x.json")));
    }
};

QTEST_GUILESS_MAIN(TstSyntheticDataset)
#include "tst_syntheticdataset.moc"
