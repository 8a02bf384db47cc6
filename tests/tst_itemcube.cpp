// The dataset's count table (ItemCube) must give exactly what counting over the items gives: every
// count the map, the timeline, the facets and Browse take is compared with the cube on and off,
// over the shipped dataset and a synthetic one, for filters the cube answers.
#include "countrystatsrepository.h"
#include "database.h"
#include "itemcube.h"
#include "itemrepository.h"
#include "syntheticdataset.h"
#include "testsupport.h"
#include "timelinerepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::ItemFilter)

namespace {

ItemFilter filterOf(const QStringList &categories, const QString &from = {}, const QString &to = {})
{
    ItemFilter f;
    f.categories = QSet<QString>(categories.cbegin(), categories.cend());
    f.dateFrom = from;
    f.dateTo = to;
    return f;
}

QList<ItemFilter> cubeFilters()
{
    return {
        filterOf({}),
        filterOf({ QStringLiteral("policy") }),
        filterOf({ QStringLiteral("industry"), QStringLiteral("research") }),
        filterOf({ QStringLiteral("policy"), QStringLiteral("industry"), QStringLiteral("research"),
                   QStringLiteral("workforce") }),
        filterOf({}, QStringLiteral("2020-01-01")),
        filterOf({}, {}, QStringLiteral("2021-06-30")),
        filterOf({}, QStringLiteral("2019-03-01"), QStringLiteral("2022-12-31")),
        filterOf({ QStringLiteral("workforce") }, QStringLiteral("2023-02-01"), QStringLiteral("2023-02-28")),
        filterOf({ QStringLiteral("policy"), QStringLiteral("industry") }, QStringLiteral("2016-01-01"),
                 QStringLiteral("2024-02-29")),
        filterOf({ QStringLiteral("no-such-category") }),
    };
}

using Pairs = QList<std::pair<QString, int>>;
Pairs pairs(const QList<ItemRepository::Count> &counts)
{
    Pairs out;
    for (const auto &c : counts)
        out.append({ c.key, c.count });
    return out;
}

// A timeline entry as comparable text, the entries sorted (the layout sorts; SQL order is free).
QStringList entries(const QList<TimelineEntry> &list)
{
    QStringList out;
    for (const TimelineEntry &e : list) {
        out << QStringLiteral("%1 %2..%3 n%4 [%5 %6 %7 %8] %9 %10 %11 %12 %13")
                   .arg(e.lane)
                   .arg(e.first)
                   .arg(e.last)
                   .arg(e.count)
                   .arg(e.categories[0])
                   .arg(e.categories[1])
                   .arg(e.categories[2])
                   .arg(e.categories[3])
                   .arg(e.id, e.date, e.dateEnd, e.titleKo, e.titleEn);
    }
    out.sort();
    return out;
}

struct Snapshot
{
    int count = 0;
    Pairs categories, kinds, actors, years, laneActors, laneCategories;
    QHash<QString, CountryStatsRepository::CategoryCounts> map, mapAtHome;
    QHash<QString, int> subnational;
    QString extentFirst, extentLast;
    QStringList yearBuckets, monthBuckets, groupBuckets, categoryBuckets;
    bool itemsFit = false;
    QStringList itemsInRange;
};

Snapshot take(QSqlDatabase db, const ItemFilter &f)
{
    Snapshot s;
    ItemRepository items(db);
    s.count = items.count(f);
    s.categories = pairs(items.categoryCounts(f));
    s.kinds = pairs(items.actorKindCounts(f));
    s.actors = pairs(items.actorCounts(f));
    s.years = pairs(items.yearCounts(f));
    CountryStatsRepository map(db);
    s.map = map.counts(f, false);
    s.mapAtHome = map.counts(f, true);
    s.subnational = map.subnationalCounts(f);
    TimelineRepository timeline(db);
    TimelineRepository::Query q;
    q.filter = f;
    q.mode = TimelineLaneMode::Actors;
    const QList<TimelineRepository::Lane> lanes = timeline.lanes(f, TimelineLaneMode::Actors);
    for (const auto &lane : lanes) {
        s.laneActors.append({ lane.key + u'/' + lane.kind + u'/' + lane.group, lane.count });
        q.laneIndex.insert(lane.key, int(q.laneIndex.size()));
    }
    for (const auto &lane : timeline.lanes(f, TimelineLaneMode::Categories))
        s.laneCategories.append({ lane.key, lane.count });
    s.yearBuckets = entries(timeline.buckets(q, TimelineRepository::Granularity::Year));
    s.monthBuckets = entries(timeline.buckets(q, TimelineRepository::Granularity::Month));
    // Companies and organisations collapsed into one lane each, countries on their own.
    TimelineRepository::Query grouped = q;
    grouped.laneIndex.clear();
    grouped.laneIndex.insert(TimelineRepository::groupKey(QStringLiteral("company")), 0);
    grouped.laneIndex.insert(TimelineRepository::groupKey(QStringLiteral("organization")), 1);
    for (const auto &lane : lanes) {
        if (lane.group == u"country")
            grouped.laneIndex.insert(lane.key, int(grouped.laneIndex.size()));
    }
    s.groupBuckets = entries(timeline.buckets(grouped, TimelineRepository::Granularity::Month));
    TimelineRepository::Query categories;
    categories.mode = TimelineLaneMode::Categories;
    categories.filter = f;
    for (const auto &[key, n] : std::as_const(s.laneCategories))
        categories.laneIndex.insert(key, int(categories.laneIndex.size()));
    s.categoryBuckets = entries(timeline.buckets(categories, TimelineRepository::Granularity::Year));
    timeline.dateExtent(f, &s.extentFirst, &s.extentLast);
    // A day-precise range: the cube may only say "more than the limit" when it knows.
    QList<TimelineEntry> got;
    grouped.from = QStringLiteral("2021-03-17");
    grouped.to = QStringLiteral("2021-09-02");
    s.itemsFit = timeline.items(grouped, 40, &got);
    s.itemsInRange = entries(got);
    return s;
}

} // namespace

class TestItemCube : public QObject
{
    Q_OBJECT

private slots:
    void conditionCoversOnlyWhatItCanCountExactly_data();
    void conditionCoversOnlyWhatItCanCountExactly();
    void cubeAgreesWithCountingTheItems_data();
    void cubeAgreesWithCountingTheItems();
    void everyItemIsInTheCubeOnce();
    void cleanup() { ItemCube::setEnabled(true); }

private:
    QTemporaryDir m_dir;
    QString synthetic();
    QString m_synthetic;
};

void TestItemCube::conditionCoversOnlyWhatItCanCountExactly_data()
{
    QTest::addColumn<ItemFilter>("filter");
    QTest::addColumn<bool>("covered");
    QTest::newRow("nothing") << ItemFilter {} << true;
    QTest::newRow("categories") << filterOf({ QStringLiteral("policy"), QStringLiteral("research") }) << true;
    QTest::newRow("whole months") << filterOf({}, QStringLiteral("2020-02-01"), QStringLiteral("2020-02-29"))
                                  << true;
    QTest::newRow("whole years") << filterOf({}, QStringLiteral("2019-01-01"), QStringLiteral("2019-12-31"))
                                 << true;
    QTest::newRow("from mid-month") << filterOf({}, QStringLiteral("2020-02-02")) << false;
    QTest::newRow("to mid-month") << filterOf({}, {}, QStringLiteral("2020-02-28")) << false;
    QTest::newRow("not a date") << filterOf({}, QStringLiteral("2020-13-01")) << false;
    ItemFilter text;
    text.text = QStringLiteral("반도체");
    QTest::newRow("search text") << text << false;
    ItemFilter blank;
    blank.text = QStringLiteral("   ");
    QTest::newRow("blank text") << blank << true;
    ItemFilter actors;
    actors.actors = { QStringLiteral("KOR") };
    QTest::newRow("actors") << actors << false;
    ItemFilter kinds;
    kinds.actorKinds = { QStringLiteral("country") };
    QTest::newRow("actor kinds") << kinds << false;
    ItemFilter bookmarked;
    bookmarked.bookmarkedOnly = true;
    QTest::newRow("bookmarked") << bookmarked << false;
}

void TestItemCube::conditionCoversOnlyWhatItCanCountExactly()
{
    QFETCH(ItemFilter, filter);
    QFETCH(bool, covered);
    QCOMPARE(ItemCube::condition(filter).has_value(), covered);
    ItemCube::setEnabled(false);
    QVERIFY(!ItemCube::condition(filter).has_value());
}

QString TestItemCube::synthetic()
{
    if (m_synthetic.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
        SyntheticDataset generator;
        if (generator.write(3000, path))
            m_synthetic = path;
        else
            qWarning() << generator.errorString();
    }
    return m_synthetic;
}

void TestItemCube::cubeAgreesWithCountingTheItems_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<int>("filter");
    for (int i = 0; i < cubeFilters().size(); ++i) {
        QTest::addRow("shipped, filter %d", i) << QStringLiteral("shipped") << i;
        QTest::addRow("synthetic, filter %d", i) << QStringLiteral("synthetic") << i;
    }
}

void TestItemCube::cubeAgreesWithCountingTheItems()
{
    QFETCH(QString, dataset);
    QFETCH(int, filter);
    const QString path = dataset == u"shipped" ? QStringLiteral(ATLAS_BUILT_DATASET) : synthetic();
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path, QString()), qPrintable(db.errorString()));
    const ItemFilter f = cubeFilters().at(filter);
    QVERIFY(ItemCube::condition(f).has_value());

    ItemCube::setEnabled(true);
    const Snapshot cube = take(db.connection(), f);
    ItemCube::setEnabled(false);
    const Snapshot items = take(db.connection(), f);

    QCOMPARE(cube.count, items.count);
    QCOMPARE(cube.categories, items.categories);
    QCOMPARE(cube.kinds, items.kinds);
    QCOMPARE(cube.actors, items.actors);
    QCOMPARE(cube.years, items.years);
    QCOMPARE(cube.map, items.map);
    QCOMPARE(cube.mapAtHome, items.mapAtHome);
    QCOMPARE(cube.subnational, items.subnational);
    QCOMPARE(cube.laneActors, items.laneActors);
    QCOMPARE(cube.laneCategories, items.laneCategories);
    QCOMPARE(cube.yearBuckets, items.yearBuckets);
    QCOMPARE(cube.monthBuckets, items.monthBuckets);
    QCOMPARE(cube.groupBuckets, items.groupBuckets);
    QCOMPARE(cube.categoryBuckets, items.categoryBuckets);
    QCOMPARE(cube.extentFirst, items.extentFirst);
    QCOMPARE(cube.extentLast, items.extentLast);
    QCOMPARE(cube.itemsFit, items.itemsFit);
    QCOMPARE(cube.itemsInRange, items.itemsInRange);
    // The comparison means something only if there is something to compare.
    if (filter == 0) {
        QVERIFY(cube.count > 100);
        QVERIFY(cube.map.size() > 5);
        QVERIFY(cube.monthBuckets.size() > 10);
        QVERIFY(cube.groupBuckets.filter(QStringLiteral(" n1 ")).size()
                > 0); // single items carry their title
    }
}

void TestItemCube::everyItemIsInTheCubeOnce()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(ATLAS_BUILT_DATASET), QString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT (SELECT SUM(n) FROM item_cube WHERE dim = 'all'), (SELECT COUNT(*) FROM item), "
        "(SELECT COUNT(*) FROM item_cube WHERE dim = 'all' AND n = 1 AND sample NOT IN "
        "(SELECT rowid FROM item))")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    QVERIFY(q.value(1).toInt() > 400);
    QCOMPARE(q.value(2).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestItemCube)
#include "tst_itemcube.moc"
