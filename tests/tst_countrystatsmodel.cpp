// The map's counts against the mini dataset: roll-up, categories, filters, the time cut-off and
// figure groups, under QAbstractItemModelTester.
#include "countrystatsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Atlas;

class TstCountryStatsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    int count(const CountryStatsModel &m, const char *id) { return m.value(QString::fromLatin1(id)).toInt(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void countsRollUpRegions()
    {
        CountryStatsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDirectory(&m_actors);
        m.setDatabase(m_db.connection());
        // Countries and organisations are rows; companies and regions are not.
        QCOMPARE(m.rowCount(), 4);
        QVERIFY(m.rowOfId(QStringLiteral("OECD")) >= 0);
        QCOMPARE(m.rowOfId(QStringLiteral("OPENAI")), -1);
        QCOMPARE(count(m, "KOR"), 3);
        QCOMPARE(count(m, "USA"), 2);
        QCOMPARE(count(m, "CHN"), 2); // its own item and Beijing's
        QCOMPARE(count(m, "OECD"), 1);
        QCOMPARE(m.subnationalCounts().value(QStringLiteral("CHN-BEIJING")), 1);
        // No data is not zero: France is not in the dataset.
        QVERIFY(!m.value(QStringLiteral("FRA")).isValid());
        const QModelIndex kor = m.index(m.rowOfId(QStringLiteral("KOR")), CountryStatsModel::PolicyColumn);
        QCOMPARE(kor.data().toInt(), 1);
        QCOMPARE(kor.siblingAtColumn(CountryStatsModel::WorkforceColumn).data().toInt(), 2);
        QCOMPARE(kor.siblingAtColumn(CountryStatsModel::NameColumn).data().toString(), QStringLiteral("Republic of Korea"));
        m.setLanguage(Language::Korean);
        QCOMPARE(kor.siblingAtColumn(CountryStatsModel::NameColumn).data().toString(), QStringLiteral("대한민국"));
        QCOMPARE(m.scaleMaximum(), 3);

        m.setCompaniesAtHome(true); // OpenAI counts for the United States
        QCOMPARE(count(m, "USA"), 3);
    }

    void categoriesAndFilters()
    {
        CountryStatsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDirectory(&m_actors);
        m.setDatabase(m_db.connection());
        QSignalSpy refreshed(&m, &CountryStatsModel::refreshed);
        m.setCategory(QStringLiteral("policy"));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(count(m, "KOR"), 1);
        QCOMPARE(count(m, "USA"), 2);
        QCOMPARE(count(m, "CHN"), 1);
        QVERIFY(m.value(QStringLiteral("OECD")).isValid()); // zero, not "no data"
        QCOMPARE(count(m, "OECD"), 0);

        ItemFilter f;
        f.categories = { QStringLiteral("workforce") }; // the shared filter excludes the layer
        m.setFilter(f);
        QCOMPARE(count(m, "KOR"), 0);
        m.setCategory(QString());
        QCOMPARE(count(m, "KOR"), 2);

        f = {};
        f.dateFrom = QStringLiteral("2023-01-01");
        m.setFilter(f);
        QCOMPARE(count(m, "KOR"), 2);
        f = {};
        f.actors = { QStringLiteral("KOR") };
        m.setFilter(f);
        QCOMPARE(count(m, "KOR"), 3);
        QCOMPARE(count(m, "OECD"), 1);
        QCOMPARE(count(m, "USA"), 0);
        f = {};
        f.text = QStringLiteral("\"unbalanced * quote");
        m.setFilter(f); // never an SQL error
        QVERIFY(m.value(QStringLiteral("KOR")).isValid());
    }

    void timeCutoff()
    {
        CountryStatsModel m;
        m.setDirectory(&m_actors);
        m.setDatabase(m_db.connection());
        m.setCutoff(QStringLiteral("2023-08-31"));
        QCOMPARE(count(m, "USA"), 1);
        QCOMPARE(count(m, "CHN"), 2);
        QCOMPARE(count(m, "KOR"), 2); // 2022 and the year-precise 2023 item, not September's
        QCOMPARE(m.scaleMaximum(), 3); // the legend keeps the whole range's scale
        m.setCutoff(QStringLiteral("2023-08-31"), false); // August alone
        QCOMPARE(count(m, "USA"), 1);
        QCOMPARE(count(m, "CHN"), 1);
        QCOMPARE(count(m, "KOR"), 1);
        QCOMPARE(m.effectiveFilter().dateFrom, QStringLiteral("2023-08-01"));
        m.setCutoff(QString());
        QCOMPARE(count(m, "KOR"), 3);
    }

    void topItems()
    {
        CountryStatsModel m;
        m.setDirectory(&m_actors);
        m.setDatabase(m_db.connection());
        const auto items = m.topItems(QStringLiteral("CHN"), 5);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, QStringLiteral("chn-2023-08-15-generative-ai-measures"));
        QCOMPARE(m.topItems(QStringLiteral("KOR"), 1).size(), 1);
    }

    void figureGroups()
    {
        CountryStatsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDirectory(&m_actors);
        m.setDatabase(m_db.connection());
        const auto groups = m.figureGroups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).id, QStringLiteral("test-index"));
        m.setMeasure(CountryStatsModel::Measure::Figure, QStringLiteral("test-index"));
        QCOMPARE(m.figureUnit(), QStringLiteral("rank"));
        QCOMPARE(m.value(QStringLiteral("KOR")).toDouble(), 6.0);
        QCOMPARE(m.value(QStringLiteral("USA")).toDouble(), 1.0);
        QVERIFY(!m.value(QStringLiteral("CHN")).isValid());
        QCOMPARE(m.index(m.rowOfId(QStringLiteral("KOR")), CountryStatsModel::FigureColumn).data().toDouble(), 6.0);
        m.setMeasure(CountryStatsModel::Measure::Items);
        QCOMPARE(count(m, "KOR"), 3);
    }
};

QTEST_GUILESS_MAIN(TstCountryStatsModel)
#include "tst_countrystatsmodel.moc"
