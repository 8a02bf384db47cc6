// Issue #13: compact item storage (ItemJson) and the browse table's fast first page
// (ranked candidate set, count after the first page on a worker thread).
#include "actordirectory.h"
#include "itemjson.h"
#include "itemrepository.h"
#include "itemtablemodel.h"
#include "searchengine.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Atlas;

class TstSearchScale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    // Columns + residual give back exactly the record, whatever the columns cannot say.
    void itemJsonRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("full") << QByteArray(
            "{\"id\":\"a\",\"date\":\"2023-05\",\"date_end\":\"2023-06-01\",\"actors\":[\"USA\",\"KOR\"],\"category\":\"policy\","
            "\"type\":\"law\",\"title_ko\":\"제목\",\"title_en\":\"Title\",\"summary_ko\":\"요약\",\"summary_en\":\"Summary\","
            "\"issuer_ko\":\"발행\",\"issuer_en\":\"Issuer\",\"tags\":[\"a-b\",\"c\"],\"highlight\":true,"
            "\"report\":{\"section_ko\":\"절\",\"section_en\":\"Section\",\"line\":12},\"note_ko\":\"메모\",\"note_en\":\"Note\","
            "\"sources\":[{\"citation\":\"C\",\"url\":\"example.org\",\"footnote\":3}]}");
        QTest::newRow("defaults spelled out") << QByteArray(
            "{\"id\":\"b\",\"date\":\"2023\",\"actors\":[\"USA\"],\"category\":\"industry\",\"type\":\"launch\",\"title_ko\":\"\","
            "\"title_en\":\"T\",\"summary_ko\":\"s\",\"summary_en\":\"s\",\"tags\":[],\"highlight\":false,\"issuer_ko\":\"\","
            "\"report\":{\"line\":3,\"page\":7},\"sources\":[]}");
        QTest::newRow("odd values") << QByteArray(
            "{\"id\":\"c\",\"date\":\"2023-01-02\",\"actors\":[\"A,B\"],\"category\":\"research\",\"type\":\"report\","
            "\"title_ko\":\"t\",\"title_en\":\"t\",\"summary_ko\":\"s\",\"summary_en\":\"s\",\"tags\":[\"two words\"],\"highlight\":1}");
        QTest::newRow("minimal") << QByteArray("{\"id\":\"d\",\"date\":\"2020\"}");
    }
    void itemJsonRoundTrips()
    {
        QFETCH(QByteArray, json);
        const QJsonObject item = QJsonDocument::fromJson(json).object();
        QVERIFY(!item.isEmpty());
        const ItemJson::Columns c = ItemJson::columnsOf(item);
        const QJsonObject rest = ItemJson::residual(item, c);
        QCOMPARE(ItemJson::assemble(c, rest), item);
    }
    void residualKeepsOnlyWhatColumnsCannotHold()
    {
        const QJsonObject item = parse("{\"id\":\"a\",\"date\":\"2023-05\",\"actors\":[\"USA\"],\"category\":\"policy\",\"type\":\"law\","
                                       "\"title_ko\":\"k\",\"title_en\":\"e\",\"summary_ko\":\"k\",\"summary_en\":\"e\","
                                       "\"tags\":[\"x\"],\"highlight\":false,\"sources\":[{\"citation\":\"C\"}]}");
        const QJsonObject rest = ItemJson::residual(item, ItemJson::columnsOf(item));
        QCOMPARE(rest.keys(), (QStringList { QStringLiteral("highlight"), QStringLiteral("sources") }));
    }

    // The detail pane's record comes back whole from the slim row.
    void repositoryReassembles()
    {
        ItemRepository repository(m_db.connection());
        const QJsonObject o = repository.itemJson(QStringLiteral("usa-2023-copyright-inquiry"));
        QVERIFY(!o.value(u"title_en").toString().isEmpty());
        QVERIFY(!o.value(u"sources").toArray().isEmpty());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT json FROM base.item WHERE id = 'usa-2023-copyright-inquiry'")) && q.next());
        QVERIFY(!q.value(0).toString().contains(u"title_en")); // not stored twice
    }

    // The search index reads item itself (external content) and finds actor names and notes.
    void externalContentIndex()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM base.item_fts WHERE item_fts MATCH '\"United States\"'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        // ('integrity-check' needs a writable file; the app attaches the dataset read-only.)
    }

    void driverPicksTheLongestIndexableTerm()
    {
        SearchEngine::Driver d;
        QVERIFY(!SearchEngine::rankingDriver(QStringLiteral("AI 규제"), &d));
        QVERIFY(SearchEngine::rankingDriver(QStringLiteral("AI 저작권 \"executive order\""), &d));
        QCOMPARE(d.match, QStringLiteral("\"executive order\""));
        QCOMPARE(d.restQuery, QStringLiteral("AI 저작권"));
        QVERIFY(SearchEngine::rankingDriver(QStringLiteral("저작권"), &d));
        QCOMPARE(d.match, QStringLiteral("\"저작권\" OR tags : \"copyright\"")); // glossary folded in
    }

    // The ranked first page equals the repository's full ranking while the candidates cover
    // every match, and the count that arrives later is exact.
    void deferredCountAndRankedPage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("fts") << QStringLiteral("저작권");
        QTest::newRow("like") << QStringLiteral("AI");
        QTest::newRow("mixed") << QStringLiteral("AI 발표");
        QTest::newRow("none") << QStringLiteral("zzzzqqq");
    }
    void deferredCountAndRankedPage()
    {
        QFETCH(QString, query);
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeferredCountThreshold(0);
        model.setPageSize(2);
        model.setSource(m_db.connection(), &m_actors);
        QTRY_VERIFY(!model.countPending());
        QCOMPARE(model.totalCount(), 8);
        ItemFilter filter;
        filter.text = query;
        QSignalSpy counted(&model, &ItemTableModel::totalCountChanged);
        model.setFilter(filter);
        QTRY_VERIFY(!model.countPending());
        QTRY_VERIFY(!model.countRunning());
        ItemRepository repository(m_db.connection());
        QCOMPARE(model.totalCount(), repository.count(filter));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList ids, expected;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(ItemTableModel::IdRole).toString();
        for (const auto &row : repository.rows(filter, ItemRepository::SortKey::Relevance, Qt::DescendingOrder, 0, 100))
            expected << row.id;
        QCOMPARE(ids, expected);
        QVERIFY(!counted.isEmpty());
    }

    // A new filter cancels the running count; the old result never lands.
    void newFilterCancelsCount()
    {
        ItemTableModel model;
        model.setDeferredCountThreshold(0);
        model.setPageSize(1);
        model.setSource(m_db.connection(), &m_actors);
        ItemFilter filter;
        filter.text = QStringLiteral("AI");
        model.setFilter(filter);
        ItemFilter policy;
        policy.categories = { QStringLiteral("policy") };
        model.setFilter(policy);
        QTRY_VERIFY(!model.countRunning());
        QVERIFY(!model.countPending());
        QCOMPARE(model.totalCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TstSearchScale)
#include "tst_searchscale.moc"
