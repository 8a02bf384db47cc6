// The timeline's pure parts and its SQL: date-to-position maths for each precision, the adaptive
// axis, span layout and the aggregation rule, lane grouping and the lane model.
#include "actordirectory.h"
#include "timelineaxis.h"
#include "timelinelanemodel.h"
#include "timelinelayout.h"
#include "timelinerepository.h"
#include "timelinescale.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Atlas;

namespace {
qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

TimelineEntry item(int lane, const QDate &first, const QDate &last, const QString &id, int category = 0)
{
    TimelineEntry e;
    e.lane = lane;
    e.first = first.toJulianDay();
    e.last = last.toJulianDay();
    e.count = 1;
    e.categories[size_t(category)] = 1;
    e.id = id;
    return e;
}

TimelineEntry day(int lane, const QDate &d, const QString &id, int category = 0)
{
    return item(lane, d, d, id, category);
}

// 2023 across 730 px: 2 px a day.
TimelineScale year2023(double width = 730)
{
    TimelineScale s(0, 1, width);
    s.setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    return s;
}
} // namespace

class TstTimelineLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    // --- date → position -------------------------------------------------------------------

    void dayPrecisionIsAPointOnItsDay()
    {
        const TimelineScale s = year2023();
        QCOMPARE(s.pixelsPerDay(), 2.0);
        const TimelineScale::Extent e = s.extent(QStringLiteral("2023-10-30"), QStringLiteral("2023-10-30"));
        QVERIFY(e.point);
        QCOMPARE(e.x0, 2.0 * (jd(2023, 10, 30) - jd(2023, 1, 1)));
        QCOMPARE(e.x1 - e.x0, 2.0); // the whole day
        QCOMPARE(e.centre(), e.x0 + 1.0);
    }

    void monthPrecisionSpansTheMonth()
    {
        const TimelineScale s = year2023();
        // "2023-09" is stored as 2023-09-01 … 2023-09-30.
        const TimelineScale::Extent e = s.extent(QStringLiteral("2023-09-01"), QStringLiteral("2023-09-30"));
        QVERIFY(!e.point);
        QCOMPARE(e.x0, s.x(QDate(2023, 9, 1)));
        QCOMPARE(e.x1, s.x(QDate(2023, 10, 1)));
        QCOMPARE(e.x1 - e.x0, 60.0);
        // February of a leap year is 29 days.
        const TimelineScale::Extent feb = s.extent(QStringLiteral("2024-02-01"), QStringLiteral("2024-02-29"));
        QCOMPARE(feb.x1 - feb.x0, 58.0);
    }

    void yearPrecisionSpansTheYear()
    {
        const TimelineScale s = year2023();
        const TimelineScale::Extent e = s.extent(QStringLiteral("2023-01-01"), QStringLiteral("2023-12-31"));
        QVERIFY(!e.point);
        QCOMPARE(e.x0, 0.0);
        QCOMPARE(e.x1, 730.0); // exactly the width: 2023 fills the view
    }

    void periodsSpanFromStartToEnd()
    {
        const TimelineScale s = year2023();
        // date 2023-07-20, date_end 2023-09: first day to the end month's last day.
        const TimelineScale::Extent e = s.extent(QStringLiteral("2023-07-20"), QStringLiteral("2023-09-30"));
        QVERIFY(!e.point);
        QCOMPARE(e.x1 - e.x0, 2.0 * (jd(2023, 9, 30) - jd(2023, 7, 20) + 1));
    }

    void invalidDatesAndReversedSpans()
    {
        QCOMPARE(TimelineScale::dayNumber(QStringLiteral("2023-13-01")), 0);
        const TimelineScale s = year2023();
        const TimelineScale::Extent e = s.extent(jd(2023, 5, 2), jd(2023, 5, 1));
        QVERIFY(e.point); // a last day before the first is read as the first
    }

    void zoomKeepsTheAnchorAndClamps()
    {
        TimelineScale s = year2023();
        const double anchorDay = s.dayAt(300);
        QVERIFY(s.zoom(4, 300));
        QCOMPARE(s.pixelsPerDay(), 8.0);
        QVERIFY(qAbs(s.dayAt(300) - anchorDay) < 1e-9);
        // Weeks at most …
        for (int i = 0; i < 40; ++i)
            s.zoom(2, 300);
        QVERIFY(qAbs(s.visibleDays() - TimelineScale::MinVisibleDays) < 1e-9);
        QVERIFY(!s.zoom(2, 300));
        // … and decades at least.
        for (int i = 0; i < 60; ++i)
            s.zoom(0.5, 300);
        QVERIFY(qAbs(s.visibleDays() - TimelineScale::MaxVisibleDays) < 1e-6);
        // Pan moves the picture with the pointer.
        const double before = s.startDay();
        s.pan(100);
        QCOMPARE(s.startDay(), before - 100 / s.pixelsPerDay());
    }

    void resizeKeepsTheZoom()
    {
        TimelineScale s = year2023();
        s.setWidth(1460);
        QCOMPARE(s.pixelsPerDay(), 2.0);
        QCOMPARE(s.visibleDays(), 730.0);
    }

    // --- axis ---------------------------------------------------------------------------------

    void axisAdaptsFromYearsToDays()
    {
        // A decade and more: years, with a step where they would crowd.
        TimelineScale s(0, 1, 800);
        s.setRange(QDate(1980, 1, 1), QDate(2029, 12, 31));
        TimelineAxis::Result r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Years);
        QVERIFY(r.step > 1);
        QVERIFY(r.major.isEmpty());

        s.setRange(QDate(2016, 1, 1), QDate(2023, 12, 31));
        r = TimelineAxis::compute(s, Language::English);
        QVERIFY(r.unit == TimelineAxis::Unit::Years || r.unit == TimelineAxis::Unit::Quarters);

        s.setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
        r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Months);
        QCOMPARE(r.minor.size(), 12);
        QCOMPARE(r.minor.constFirst().label, QStringLiteral("Jan"));
        QCOMPARE(r.minor.at(9).label, QStringLiteral("Oct"));
        QCOMPARE(r.major.size(), 1);
        QCOMPARE(r.major.constFirst().label, QStringLiteral("2023"));

        s.setRange(QDate(2023, 10, 1), QDate(2023, 10, 31));
        r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Days);
        QCOMPARE(r.major.constFirst().label, QStringLiteral("Oct 2023"));

        s.setRange(QDate(2023, 10, 1), QDate(2023, 10, 7));
        r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Days);
        QCOMPARE(r.minor.size(), 7);
    }

    void axisQuartersAndWeeksInBetween()
    {
        TimelineScale s(0, 1, 400);
        s.setRange(QDate(2022, 1, 1), QDate(2023, 12, 31));
        TimelineAxis::Result r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Quarters);
        QCOMPARE(r.minor.constFirst().label, QStringLiteral("Q1"));
        s.setRange(QDate(2023, 9, 1), QDate(2023, 11, 30));
        r = TimelineAxis::compute(s, Language::English);
        QCOMPARE(r.unit, TimelineAxis::Unit::Weeks);
        for (const TimelineAxis::Tick &t : r.minor)
            QVERIFY(t.date.day() == 1 || t.date.day() == 8 || t.date.day() == 15 || t.date.day() == 22);
    }

    void axisSpeaksKorean()
    {
        TimelineScale s(0, 1, 800);
        s.setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
        TimelineAxis::Result r = TimelineAxis::compute(s, Language::Korean);
        QCOMPARE(r.unit, TimelineAxis::Unit::Months);
        QCOMPARE(r.minor.at(9).label, QStringLiteral("10월"));
        QCOMPARE(r.major.constFirst().label, QStringLiteral("2023년"));
        s.setRange(QDate(2023, 10, 1), QDate(2023, 10, 31));
        r = TimelineAxis::compute(s, Language::Korean);
        QCOMPARE(r.major.constFirst().label, QStringLiteral("2023년 10월"));
        QCOMPARE(TimelineAxis::quarterLabel(4, Language::Korean), QStringLiteral("4분기"));
    }

    void rangeLabels()
    {
        QCOMPARE(TimelineAxis::rangeLabel(QDate(2023, 1, 1), QDate(2023, 12, 31), Language::English), QStringLiteral("2023"));
        QCOMPARE(TimelineAxis::rangeLabel(QDate(2016, 1, 1), QDate(2023, 12, 31), Language::Korean),
                 QStringLiteral("2016–2023년"));
        QCOMPARE(TimelineAxis::rangeLabel(QDate(2023, 10, 1), QDate(2023, 10, 31), Language::Korean),
                 QStringLiteral("2023년 10월"));
        QCOMPARE(TimelineAxis::rangeLabel(QDate(2023, 10, 1), QDate(2023, 10, 31), Language::English),
                 QStringLiteral("Oct 2023"));
        QCOMPARE(TimelineAxis::rangeLabel(QDate(2023, 3, 1), QDate(2023, 6, 30), Language::English),
                 QStringLiteral("Mar – Jun 2023"));
    }

    // --- layout and aggregation --------------------------------------------------------------

    void pointsAndSpansAreLaidOutAsSuch()
    {
        const TimelineScale s = year2023();
        const QList<TimelineEntry> entries { day(0, QDate(2023, 10, 30), QStringLiteral("eo")),
                                             item(0, QDate(2023, 9, 1), QDate(2023, 9, 30), QStringLiteral("month")) };
        const QList<TimelineMark> marks = TimelineLayout::layout(entries, s);
        QCOMPARE(marks.size(), 2);
        for (const TimelineMark &m : marks) {
            QCOMPARE(m.count, 1);
            QVERIFY(!m.isCluster());
            if (entries.at(m.entries.constFirst()).id == u"eo") {
                QVERIFY(m.point);
                QCOMPARE((m.x0 + m.x1) / 2, s.extent(entries.at(0).first, entries.at(0).last).centre());
            } else {
                QVERIFY(!m.point);
                QCOMPARE(m.x0, s.x(QDate(2023, 9, 1)));
                QCOMPARE(m.x1, s.x(QDate(2023, 10, 1)));
            }
        }
    }

    void narrowSpansStayVisibleButNotPoints()
    {
        // A month at the scale of decades is narrower than a pixel: it is widened, and stays a bar.
        TimelineScale s(0, 1, 800);
        s.setRange(QDate(1980, 1, 1), QDate(2029, 12, 31));
        const QList<TimelineMark> marks
            = TimelineLayout::layout({ item(0, QDate(2023, 9, 1), QDate(2023, 9, 30), QStringLiteral("m")) }, s);
        QCOMPARE(marks.size(), 1);
        QVERIFY(!marks.constFirst().point);
        QCOMPARE(marks.constFirst().x1 - marks.constFirst().x0, TimelineLayout::Params().minSpan);
    }

    void overlappingMarksStackThenMerge()
    {
        const TimelineScale s = year2023();
        // Four items on the same day: three sub-rows, the fourth merges into a badge of two.
        QList<TimelineEntry> entries;
        for (int i = 0; i < 4; ++i)
            entries << day(0, QDate(2023, 6, 15), QStringLiteral("d%1").arg(i), i % 4);
        const QList<TimelineMark> marks = TimelineLayout::layout(entries, s);
        QCOMPARE(marks.size(), 3);
        int total = 0;
        QSet<int> rows;
        for (const TimelineMark &m : marks) {
            total += m.count;
            rows.insert(m.row);
        }
        QCOMPARE(total, 4);
        QCOMPARE(rows.size(), 3);
        const TimelineMark &badge = marks.constLast();
        QVERIFY(badge.isCluster());
        QCOMPARE(badge.count, 2);
        QCOMPARE(badge.row, 2);
        QVERIFY(!badge.point);
        QCOMPARE(badge.categories[2] + badge.categories[3], 2);
        QVERIFY(badge.x1 - badge.x0 >= TimelineLayout::badgeWidth(2, TimelineLayout::Params()));
    }

    void badgesSplitWhenZoomedIn()
    {
        TimelineLayout::Params oneRow;
        oneRow.rows = 1;
        // Two items three days apart: 6 px apart in 2023, which is less than a dot: one badge.
        const QList<TimelineEntry> entries { day(0, QDate(2023, 6, 10), QStringLiteral("a")),
                                             day(0, QDate(2023, 6, 13), QStringLiteral("b")) };
        TimelineScale s = year2023();
        QList<TimelineMark> marks = TimelineLayout::layout(entries, s, oneRow);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().count, 2);
        // June alone: 24 px a day, far apart.
        s.setRange(QDate(2023, 6, 1), QDate(2023, 6, 30));
        marks = TimelineLayout::layout(entries, s, oneRow);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.at(0).count + marks.at(1).count, 2);
        QVERIFY(!marks.at(0).isCluster() && !marks.at(1).isCluster());
    }

    void aYearSpanDoesNotSwallowTheYear()
    {
        // A year-precise item takes one sub-row; the year's day items fill the others.
        const TimelineScale s = year2023();
        QList<TimelineEntry> entries { item(0, QDate(2023, 1, 1), QDate(2023, 12, 31), QStringLiteral("year")) };
        for (int m = 1; m <= 12; ++m)
            entries << day(0, QDate(2023, m, 15), QStringLiteral("m%1").arg(m));
        const QList<TimelineMark> marks = TimelineLayout::layout(entries, s);
        QCOMPARE(marks.size(), 13);
        for (const TimelineMark &m : marks)
            QVERIFY(!m.isCluster());
    }

    void lanesAreIndependentAndOffscreenIsSkipped()
    {
        const TimelineScale s = year2023();
        QList<TimelineEntry> entries;
        for (int lane = 0; lane < 3; ++lane)
            entries << day(lane, QDate(2023, 6, 15), QStringLiteral("x%1").arg(lane));
        entries << day(0, QDate(2021, 6, 15), QStringLiteral("before"));
        // Ends exactly where the view begins: not laid out, and takes no sub-row.
        entries << item(2, QDate(2022, 1, 1), QDate(2022, 12, 31), QStringLiteral("lastYear"));
        entries << day(1, QDate(2025, 6, 15), QStringLiteral("after"));
        const QList<TimelineMark> marks = TimelineLayout::layout(entries, s);
        QCOMPARE(marks.size(), 3);
        QSet<int> lanes;
        for (const TimelineMark &m : marks) {
            lanes.insert(m.lane);
            QCOMPARE(m.row, 0);
        }
        QCOMPARE(lanes.size(), 3);
    }

    void sqlCountsLayOutAsBadges()
    {
        const TimelineScale s = year2023();
        TimelineEntry bucket;
        bucket.lane = 0;
        bucket.first = jd(2023, 3, 1);
        bucket.last = jd(2023, 3, 31);
        bucket.count = 1234;
        bucket.categories = { 1000, 200, 30, 4 };
        const QList<TimelineMark> marks = TimelineLayout::layout({ bucket }, s);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.constFirst().isCluster());
        QCOMPARE(marks.constFirst().count, 1234);
        QCOMPARE(marks.constFirst().dominantCategory(), 0);
    }

    // --- lanes -----------------------------------------------------------------------------------

    void lanesGroupByActorKind()
    {
        TimelineRepository repo(m_db.connection());
        const QList<TimelineRepository::Lane> lanes = repo.lanes({}, TimelineLaneMode::Actors);
        QHash<QString, TimelineRepository::Lane> byKey;
        for (const TimelineRepository::Lane &l : lanes)
            byKey.insert(l.key, l);
        // CHN-BEIJING rolls up to China; OpenAI is a company; OECD an organisation.
        QVERIFY(!byKey.contains(QStringLiteral("CHN-BEIJING")));
        QCOMPARE(byKey.value(QStringLiteral("CHN")).count, 2);
        QCOMPARE(byKey.value(QStringLiteral("CHN")).group, QStringLiteral("country"));
        QCOMPARE(byKey.value(QStringLiteral("KOR")).count, 3);
        QCOMPARE(byKey.value(QStringLiteral("USA")).count, 2);
        QCOMPARE(byKey.value(QStringLiteral("OECD")).group, QStringLiteral("organization"));
        QCOMPARE(byKey.value(QStringLiteral("OPENAI")).group, QStringLiteral("company"));
        QCOMPARE(lanes.constFirst().key, QStringLiteral("KOR")); // most items first

        ItemFilter onlyKorea;
        onlyKorea.actors = { QStringLiteral("KOR") };
        const QList<TimelineRepository::Lane> korea = repo.lanes(onlyKorea, TimelineLaneMode::Actors);
        QCOMPARE(korea.size(), 1); // not OECD, although it co-authored a Korean item
        ItemFilter companies;
        companies.actorKinds = { QStringLiteral("company") };
        QCOMPARE(repo.lanes(companies, TimelineLaneMode::Actors).size(), 1);

        const QList<TimelineRepository::Lane> categories = repo.lanes({}, TimelineLaneMode::Categories);
        QCOMPARE(categories.size(), 4);
        QCOMPARE(TimelineRepository::groupOfKind(QStringLiteral("institute")), QStringLiteral("company"));
        QCOMPARE(TimelineRepository::groupOfKind(QStringLiteral("union")), QStringLiteral("country"));
    }

    void fetchesTheRangeAndCollapsedGroupsCountOnce()
    {
        TimelineRepository repo(m_db.connection());
        TimelineRepository::Query q;
        q.mode = TimelineLaneMode::Actors;
        q.laneIndex = { { QStringLiteral("KOR"), 0 }, { QStringLiteral("CHN"), 1 } };
        q.from = QStringLiteral("2023-01-01");
        q.to = QStringLiteral("2023-12-31");
        QList<TimelineEntry> entries;
        QVERIFY(repo.items(q, 100, &entries));
        QSet<QString> ids;
        for (const TimelineEntry &e : entries)
            ids.insert(e.id);
        // KOR's 2022 item is outside the range; the year-precise OECD report overlaps it.
        QCOMPARE(ids, (QSet<QString> { QStringLiteral("kor-2023-09-digital-bill-of-rights"),
                                       QStringLiteral("oecd-2023-ai-skills-report"),
                                       QStringLiteral("chn-2023-08-15-generative-ai-measures"),
                                       QStringLiteral("chn-beijing-2023-05-agi-plan") }));
        for (const TimelineEntry &e : entries) {
            if (e.id == u"oecd-2023-ai-skills-report") {
                QCOMPARE(e.first, jd(2023, 1, 1));
                QCOMPARE(e.last, jd(2023, 12, 31));
                QCOMPARE(e.date, QStringLiteral("2023"));
            }
        }
        // Too many for the limit: nothing, so the caller counts in SQL instead.
        QVERIFY(!repo.items(q, 2, &entries));
        QVERIFY(entries.isEmpty());

        // The collapsed country group: the OECD report (OECD + KOR) and the Beijing plan (CHN-BEIJING → CHN) once each.
        TimelineRepository::Query g;
        g.laneIndex = { { TimelineRepository::groupKey(QStringLiteral("country")), 0 } };
        QVERIFY(repo.items(g, 100, &entries));
        QCOMPARE(entries.size(), 7);
        // Hidden lanes leave the group too.
        g.hidden = { QStringLiteral("USA") };
        QVERIFY(repo.items(g, 100, &entries));
        QCOMPARE(entries.size(), 5);

        // Counted per period.
        g.hidden.clear();
        const QList<TimelineEntry> years = repo.buckets(g, TimelineRepository::Granularity::Year);
        int total = 0;
        for (const TimelineEntry &b : years) {
            total += b.count;
            if (b.count == 1)
                QVERIFY(!b.id.isEmpty()); // a lone item keeps its id
        }
        QCOMPARE(years.size(), 2); // 2022 and 2023
        QCOMPARE(total, 7);
        const QList<TimelineEntry> months = repo.buckets(g, TimelineRepository::Granularity::Month);
        QVERIFY(months.size() > years.size());
    }

    void sharedFiltersApply()
    {
        TimelineRepository repo(m_db.connection());
        TimelineRepository::Query q;
        q.mode = TimelineLaneMode::Categories;
        for (int c = 0; c < 4; ++c)
            q.laneIndex.insert(categoryIdForTest(c), c);
        QList<TimelineEntry> entries;
        QVERIFY(repo.items(q, 100, &entries));
        QCOMPARE(entries.size(), 8);
        q.filter.categories = { QStringLiteral("policy") };
        QVERIFY(repo.items(q, 100, &entries));
        QCOMPARE(entries.size(), 4);
        for (const TimelineEntry &e : entries)
            QCOMPARE(e.lane, 0);
        q.filter = {};
        q.filter.text = QStringLiteral("\"unbalanced * quote");
        QVERIFY(repo.items(q, 100, &entries)); // never a syntax error
        QString first, last;
        QVERIFY(repo.dateExtent({}, &first, &last));
        QCOMPARE(first, QStringLiteral("2022-03-02"));
        QCOMPARE(last, QStringLiteral("2023-12-31"));
    }

    void adjacentStepsThroughALane()
    {
        TimelineRepository repo(m_db.connection());
        TimelineRepository::Query q;
        q.laneIndex = { { QStringLiteral("KOR"), 0 } };
        TimelineEntry e = repo.adjacent(q, QString(), QString(), true);
        QCOMPARE(e.id, QStringLiteral("kor-2022-ai-education"));
        e = repo.adjacent(q, QStringLiteral("2022-03-02"), e.id, true);
        QCOMPARE(e.id, QStringLiteral("oecd-2023-ai-skills-report"));
        e = repo.adjacent(q, QStringLiteral("2023-01-01"), e.id, true);
        QCOMPARE(e.id, QStringLiteral("kor-2023-09-digital-bill-of-rights"));
        e = repo.adjacent(q, QStringLiteral("2023-09-01"), e.id, true);
        QCOMPARE(e.count, 0);
        e = repo.adjacent(q, QStringLiteral("9999"), QString(), false);
        QCOMPARE(e.id, QStringLiteral("kor-2023-09-digital-bill-of-rights"));
    }

    void laneModelPassesTesterAndKeepsOrder()
    {
        TimelineRepository repo(m_db.connection());
        TimelineLaneModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActors(&m_actors);
        model.setLanes(repo.lanes({}, TimelineLaneMode::Actors));
        QCOMPARE(model.rowCount(), 5);
        // Groups in order: countries, then organisations, then companies.
        QCOMPARE(model.group(0), QStringLiteral("country"));
        QCOMPARE(model.group(3), QStringLiteral("organization"));
        QCOMPARE(model.group(4), QStringLiteral("company"));
        QCOMPARE(model.key(0), QStringLiteral("KOR"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Republic of Korea"));
        model.setLanguage(Language::Korean);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("대한민국"));

        QSignalSpy saved(&model, &TimelineLaneModel::stateChanged);
        // Move within the group: yes. Across groups: no.
        QVERIFY(model.moveLane(2, 0));
        QVERIFY(!model.moveLane(2, 3));
        QVERIFY(!model.moveLane(3, 4));
        QCOMPARE(saved.count(), 1);
        const QString moved = model.key(0);
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.isHidden(1));
        QCOMPARE(model.hidden(TimelineLaneMode::Actors).size(), 1);

        // A filter drops lanes; the saved order brings them back in place.
        const QStringList order = model.order(TimelineLaneMode::Actors);
        ItemFilter onlyPolicy;
        onlyPolicy.categories = { QStringLiteral("policy") };
        model.setLanes(repo.lanes(onlyPolicy, TimelineLaneMode::Actors));
        model.setLanes(repo.lanes({}, TimelineLaneMode::Actors));
        QCOMPARE(model.key(0), moved);
        QCOMPARE(model.order(TimelineLaneMode::Actors), order);

        // Restored from settings by another model.
        TimelineLaneModel other;
        QAbstractItemModelTester tester2(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        other.restoreState(TimelineLaneMode::Actors, order, model.hidden(TimelineLaneMode::Actors));
        other.setLanes(repo.lanes({}, TimelineLaneMode::Actors));
        for (int i = 0; i < model.rowCount(); ++i) {
            QCOMPARE(other.key(i), model.key(i));
            QCOMPARE(other.isHidden(i), model.isHidden(i));
        }
        model.showAll();
        QVERIFY(!model.isHidden(1));
        model.resetOrder();
        QCOMPARE(model.key(0), QStringLiteral("KOR"));

        // Category lanes keep the report's order and carry their colour.
        model.setMode(TimelineLaneMode::Categories);
        model.setLanes(repo.lanes({}, TimelineLaneMode::Categories));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.key(0), QStringLiteral("policy"));
        QCOMPARE(model.key(3), QStringLiteral("workforce"));
        QVERIFY(model.index(0).data(TimelineLaneModel::ColorRole).value<QColor>().isValid());
        QVERIFY(model.moveLane(3, 0)); // no groups: anything goes
        QCOMPARE(model.key(0), QStringLiteral("workforce"));
    }

    // Opt-in: ATLAS_TIMELINE_BIG_DB=/path/to/100k-items.sqlite. Times what one repaint of the
    // timeline asks from SQL, and the layout, at the zoom levels a user goes through.
    void scalesToManyItems()
    {
        const QString path = qEnvironmentVariable("ATLAS_TIMELINE_BIG_DB");
        if (path.isEmpty())
            QSKIP("set ATLAS_TIMELINE_BIG_DB to a large dataset to time the timeline's queries");
        Database big;
        QVERIFY2(big.open(path, QString()), qPrintable(big.errorString()));
        TimelineRepository repo(big.connection());
        QElapsedTimer timer;
        timer.start();
        const QList<TimelineRepository::Lane> lanes = repo.lanes({}, TimelineLaneMode::Actors);
        qInfo("lanes: %d in %lld ms", int(lanes.size()), timer.elapsed());
        TimelineRepository::Query q;
        for (int i = 0; i < 12 && i < lanes.size(); ++i)
            q.laneIndex.insert(lanes.at(i).key, i);
        q.laneIndex.insert(TimelineRepository::groupKey(QStringLiteral("company")), 12);
        q.laneIndex.insert(TimelineRepository::groupKey(QStringLiteral("organization")), 13);
        struct Case
        {
            QDate from, to;
        };
        for (const Case &c : { Case { QDate(2023, 10, 1), QDate(2023, 10, 31) }, Case { QDate(2023, 1, 1), QDate(2023, 12, 31) },
                               Case { QDate(2016, 1, 1), QDate(2023, 12, 31) }, Case { QDate(1990, 1, 1), QDate(2035, 12, 31) } }) {
            // The view fetches one visible width either side.
            const qint64 days = c.from.daysTo(c.to) + 1;
            q.from = c.from.addDays(-days).toString(Qt::ISODate);
            q.to = c.to.addDays(days).toString(Qt::ISODate);
            TimelineScale scale(0, 1, 700);
            scale.setRange(c.from, c.to);
            timer.restart();
            QList<TimelineEntry> entries;
            const bool single = repo.items(q, 3000, &entries);
            if (!single) {
                if (scale.pixelsPerDay() < 14) { // by month or year: for all time, as the view does
                    q.from.clear();
                    q.to.clear();
                }
                const TimelineRepository::Granularity g = scale.pixelsPerDay() >= 14 ? TimelineRepository::Granularity::Day
                    : scale.pixelsPerDay() * 28 >= 14                                 ? TimelineRepository::Granularity::Month
                                                                                      : TimelineRepository::Granularity::Year;
                entries = repo.buckets(q, g);
            }
            const qint64 sqlMs = timer.elapsed();
            timer.restart();
            const QList<TimelineMark> marks = TimelineLayout::layout(entries, scale);
            qInfo("%s – %s: %s, %d entries, %d marks; SQL %lld ms, layout %lld ms", qPrintable(c.from.toString(Qt::ISODate)),
                  qPrintable(c.to.toString(Qt::ISODate)), single ? "items" : "counted in SQL", int(entries.size()),
                  int(marks.size()), sqlMs, timer.elapsed());
            QVERIFY(sqlMs < 5000); // loose: a loaded CI machine is slow; the log has the numbers
        }
    }

private:
    static QString categoryIdForTest(int c)
    {
        static const char16_t *ids[] = { u"policy", u"industry", u"research", u"workforce" };
        return QString::fromUtf16(ids[c]);
    }
};

QTEST_GUILESS_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
