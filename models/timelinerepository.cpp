#include "timelinerepository.h"

#include "category.h"
#include "itemcube.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {


// In actor mode, a filter on actors or kinds also decides which lanes exist: the actors (over
// item_actor "ia") …
void addActorRestriction(const ItemFilter &filter, QStringList *parts, QVariantList *values)
{
    if (filter.actors.isEmpty())
        return;
    parts->append(QStringLiteral("(ia.rollup IN (%1) OR ia.actor_id IN (%1))").arg(sqlPlaceholders(filter.actors.size())));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &a : filter.actors)
            values->append(a);
    }
}

// … and the kinds (over the lane's actor "a").
void addKindRestriction(const ItemFilter &filter, QStringList *parts, QVariantList *values)
{
    if (filter.actorKinds.isEmpty())
        return;
    QStringList groups(filter.actorKinds.cbegin(), filter.actorKinds.cend());
    groups.sort();
    QStringList kinds;
    for (const QString &g : std::as_const(groups))
        kinds << ItemFilter::kindsInGroup(g);
    parts->append(QStringLiteral("a.kind IN (%1)").arg(sqlPlaceholders(kinds.size())));
    for (const QString &k : std::as_const(kinds))
        values->append(k);
}

TimelineEntry entryFrom(const QSqlQuery &q, int lane, int count, int firstColumn)
{
    // Columns from firstColumn: df, dl, policy, industry, research, workforce, id, date, date_end, title_ko, title_en
    TimelineEntry e;
    e.lane = lane;
    e.count = count;
    e.first = TimelineScale::dayNumber(q.value(firstColumn).toString());
    e.last = TimelineScale::dayNumber(q.value(firstColumn + 1).toString());
    for (int c = 0; c < 4; ++c)
        e.categories[size_t(c)] = q.value(firstColumn + 2 + c).toInt();
    if (count == 1) {
        e.id = q.value(firstColumn + 6).toString();
        e.date = q.value(firstColumn + 7).toString();
        e.dateEnd = q.value(firstColumn + 8).toString();
        e.titleKo = q.value(firstColumn + 9).toString();
        e.titleEn = q.value(firstColumn + 10).toString();
    }
    return e;
}

QString categoryCounts(const QString &column, bool sum)
{
    QStringList parts;
    for (int c = 0; c < CategoryCount; ++c) {
        // Category ids are constants of the data model, never user text.
        const QString test = QStringLiteral("CASE WHEN %1 = '%2' THEN 1 ELSE 0 END").arg(column, categoryId(Category(c)));
        parts << (sum ? QStringLiteral("SUM(%1)").arg(test) : test);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

TimelineRepository::TimelineRepository(QSqlDatabase db)
    : m_db(db)
{
}

QString TimelineRepository::groupOfKind(const QString &kind)
{
    for (const QString &group : ItemFilter::actorKindGroups()) {
        if (ItemFilter::kindsInGroup(group).contains(kind))
            return group;
    }
    return QStringLiteral("organization");
}

bool TimelineRepository::run(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<TimelineRepository::Lane> TimelineRepository::lanes(const ItemFilter &filter, TimelineLaneMode mode) const
{
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QList<Lane> out;
    QSqlQuery q(m_db);
    if (mode == TimelineLaneMode::Categories) {
        if (!run(q,
                 (cube ? QStringLiteral("SELECT c.category, SUM(c.n) AS n FROM item_cube c WHERE c.dim = 'all' AND %1 "
                                        "GROUP BY c.category ORDER BY n DESC, c.category")
                       : QStringLiteral("SELECT i.category, COUNT(*) FROM item i WHERE %1 GROUP BY i.category "
                                        "ORDER BY COUNT(*) DESC, i.category"))
                     .arg(where.sql),
                 where.values))
            return out;
        while (q.next())
            out.append({ q.value(0).toString(), QString(), QString(), q.value(1).toInt() });
        return out;
    }
    if (cube) {
        // No actor or kind filter here (ItemCube answers none): every rollup with items is a lane.
        if (!run(q,
                 QStringLiteral("SELECT g.rollup, a.kind, g.n FROM (SELECT c.key AS rollup, SUM(c.n) AS n "
                                "FROM item_cube c WHERE c.dim = 'rollup' AND %1 GROUP BY c.key) g "
                                "JOIN actor a ON a.id = g.rollup ORDER BY g.n DESC, g.rollup")
                     .arg(where.sql),
                 where.values))
            return out;
        while (q.next()) {
            const QString kind = q.value(1).toString();
            out.append({ q.value(0).toString(), kind, groupOfKind(kind), q.value(2).toInt() });
        }
        return out;
    }
    // Count per lane over item_actor first (its rollup index does the grouping), then name the kinds.
    QStringList inner { where.sql };
    QVariantList values = where.values;
    addActorRestriction(filter, &inner, &values);
    QStringList outer { QStringLiteral("1") };
    addKindRestriction(filter, &outer, &values);
    if (!run(q,
             QStringLiteral("SELECT g.rollup, a.kind, g.n FROM (SELECT ia.rollup AS rollup, COUNT(DISTINCT ia.item_rowid) AS n "
                            "FROM item_actor ia JOIN item i ON i.rowid = ia.item_rowid WHERE %1 "
                            "GROUP BY ia.rollup) g JOIN actor a ON a.id = g.rollup WHERE %2 "
                            "ORDER BY g.n DESC, g.rollup")
                 .arg(inner.join(QStringLiteral(" AND ")), outer.join(QStringLiteral(" AND "))),
             values))
        return out;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        out.append({ q.value(0).toString(), kind, groupOfKind(kind), q.value(2).toInt() });
    }
    return out;
}

TimelineRepository::Sql TimelineRepository::itemsSql(const Query &query) const
{
    Sql s;
    const SqlCondition where = filterCondition(query.filter);
    QStringList laneKeys;
    QStringList groups;
    for (auto it = query.laneIndex.cbegin(); it != query.laneIndex.cend(); ++it) {
        if (it.key().startsWith(u'@'))
            groups << it.key().mid(1);
        else
            laneKeys << it.key();
    }
    laneKeys.sort();
    groups.sort();
    QStringList parts { where.sql };
    s.whereValues = where.values;
    if (!query.from.isEmpty()) {
        parts << QStringLiteral("i.date_last >= ?");
        s.whereValues << query.from;
    }
    if (!query.to.isEmpty()) {
        parts << QStringLiteral("i.date_first <= ?");
        s.whereValues << query.to;
    }

    if (query.mode == TimelineLaneMode::Categories) {
        parts << QStringLiteral("i.category IN (%1)").arg(laneKeys.isEmpty() ? QStringLiteral("NULL") : sqlPlaceholders(laneKeys.size()));
        for (const QString &k : std::as_const(laneKeys))
            s.whereValues << k;
        s.lane = QStringLiteral("i.category");
        s.from = QStringLiteral("item i");
        s.where = parts.join(QStringLiteral(" AND "));
        return s;
    }

    // Actor mode: a collapsed group is one lane. An item can reach a lane twice (two of its actors
    // in one group, or a city and its country): callers count DISTINCT items.
    s.lane = QStringLiteral("ia.rollup");
    QStringList groupKinds;
    if (!groups.isEmpty()) {
        QStringList whens;
        for (const QString &g : std::as_const(groups)) {
            const QStringList kinds = ItemFilter::kindsInGroup(g);
            whens << QStringLiteral("WHEN a.kind IN (%1) THEN ?").arg(sqlPlaceholders(kinds.size()));
            for (const QString &k : kinds)
                s.laneValues << k;
            s.laneValues << groupKey(g);
            groupKinds << kinds;
        }
        s.lane = QStringLiteral("CASE %1 ELSE ia.rollup END").arg(whens.join(u' '));
    }
    QStringList which;
    if (!laneKeys.isEmpty()) {
        which << QStringLiteral("ia.rollup IN (%1)").arg(sqlPlaceholders(laneKeys.size()));
        for (const QString &k : std::as_const(laneKeys))
            s.whereValues << k;
    }
    if (!groupKinds.isEmpty()) {
        which << QStringLiteral("a.kind IN (%1)").arg(sqlPlaceholders(groupKinds.size()));
        for (const QString &k : std::as_const(groupKinds))
            s.whereValues << k;
    }
    parts << (which.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(which.join(QStringLiteral(" OR "))));
    if (!query.hidden.isEmpty()) {
        parts << QStringLiteral("ia.rollup NOT IN (%1)").arg(sqlPlaceholders(query.hidden.size()));
        for (const QString &k : query.hidden)
            s.whereValues << k;
    }
    addActorRestriction(query.filter, &parts, &s.whereValues);
    addKindRestriction(query.filter, &parts, &s.whereValues);
    s.from = QStringLiteral("item i JOIN item_actor ia ON ia.item_rowid = i.rowid "
                            "JOIN actor a ON a.id = ia.rollup");
    s.where = parts.join(QStringLiteral(" AND "));
    s.distinct = true;
    return s;
}

std::optional<TimelineRepository::CubeSql> TimelineRepository::cubeSql(const Query &query) const
{
    if (!query.hidden.isEmpty())
        return std::nullopt; // a hidden lane leaves its items out of its group's count too
    // The visible range narrows the filter's own range.
    ItemFilter filter = query.filter;
    if (!query.from.isEmpty() && query.from > filter.dateFrom)
        filter.dateFrom = query.from;
    if (!query.to.isEmpty() && (filter.dateTo.isEmpty() || query.to < filter.dateTo))
        filter.dateTo = query.to;
    const std::optional<SqlCondition> cells = ItemCube::condition(filter);
    if (!cells)
        return std::nullopt;
    QStringList laneKeys;
    QStringList groupKeys;
    QStringList groupKinds;
    for (auto it = query.laneIndex.cbegin(); it != query.laneIndex.cend(); ++it) {
        if (it.key().startsWith(u'@')) {
            groupKeys << it.key();
            groupKinds << ItemFilter::kindsInGroup(it.key().mid(1));
        } else {
            laneKeys << it.key();
        }
    }
    laneKeys.sort();
    groupKeys.sort();
    CubeSql s;
    s.lane = QStringLiteral("c.key");
    QStringList which;
    if (query.mode == TimelineLaneMode::Categories) {
        s.lane = QStringLiteral("c.category");
        which << QStringLiteral("c.dim = 'all' AND c.category IN (%1)")
                     .arg(laneKeys.isEmpty() ? QStringLiteral("NULL") : sqlPlaceholders(laneKeys.size()));
        s.values << QVariantList(laneKeys.cbegin(), laneKeys.cend());
    } else {
        // A single lane is a rollup whose kind is not shown collapsed; a collapsed group is
        // counted by its own grouping, so an item with two of its actors counts once.
        if (!laneKeys.isEmpty()) {
            QString single = QStringLiteral("c.dim = 'rollup' AND a.id IS NOT NULL AND c.key IN (%1)")
                                 .arg(sqlPlaceholders(laneKeys.size()));
            s.values << QVariantList(laneKeys.cbegin(), laneKeys.cend());
            if (!groupKinds.isEmpty()) {
                single += QStringLiteral(" AND a.kind NOT IN (%1)").arg(sqlPlaceholders(groupKinds.size()));
                s.values << QVariantList(groupKinds.cbegin(), groupKinds.cend());
            }
            which << single;
        }
        if (!groupKeys.isEmpty()) {
            which << QStringLiteral("c.dim = 'lane' AND c.key IN (%1)").arg(sqlPlaceholders(groupKeys.size()));
            s.values << QVariantList(groupKeys.cbegin(), groupKeys.cend());
        }
    }
    s.where = QStringLiteral("(%1) AND %2")
                  .arg(which.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(which.join(QStringLiteral(") OR ("))),
                       cells->sql);
    s.values << cells->values;
    return s;
}

bool TimelineRepository::items(const Query &query, int limit, QList<TimelineEntry> *out) const
{
    out->clear();
    Query open = query; // the range is tested per cell below
    open.from.clear();
    open.to.clear();
    if (const std::optional<CubeSql> cube = cubeSql(open)) {
        // More than `limit` for certain: the cells wholly inside the range (every item of theirs
        // overlaps it) already hold more. Then there is no need to read them one by one.
        QString inside = cube->where;
        QVariantList values = cube->values;
        if (!query.from.isEmpty()) {
            inside += QStringLiteral(" AND c.month_last > ?");
            values << query.from.left(7);
        }
        if (!query.to.isEmpty()) {
            inside += QStringLiteral(" AND c.month_first < ?");
            values << query.to.left(7);
        }
        QSqlQuery q(m_db);
        if (run(q, QStringLiteral("SELECT COALESCE(SUM(c.n), 0) FROM item_cube c LEFT JOIN actor a ON a.id = c.key WHERE ")
                       + inside,
                values)
            && q.next() && q.value(0).toLongLong() > limit)
            return false;
    }
    const Sql s = itemsSql(query);
    QSqlQuery q(m_db);
    // No ORDER BY: the layout sorts, and without it LIMIT stops the scan early in dense ranges.
    const QString sql = QStringLiteral("SELECT %1 %2 AS lane, i.date_first, i.date_last, %3, i.id, i.date, i.date_end, "
                                       "i.title_ko, i.title_en FROM %4 WHERE %5 LIMIT ?")
                            .arg(s.distinct ? QStringLiteral("DISTINCT") : QString(), s.lane,
                                 categoryCounts(QStringLiteral("i.category"), false), s.from, s.where);
    if (!run(q, sql, s.laneValues + s.whereValues + QVariantList { limit + 1 }))
        return false;
    while (q.next()) {
        if (out->size() >= limit) {
            out->clear();
            return false;
        }
        const int lane = query.laneIndex.value(q.value(0).toString(), -1);
        if (lane >= 0)
            out->append(entryFrom(q, lane, 1, 1));
    }
    return true;
}

QList<TimelineEntry> TimelineRepository::buckets(const Query &query, Granularity granularity) const
{
    QList<TimelineEntry> out;
    const int prefix = granularity == Granularity::Year ? 4 : granularity == Granularity::Month ? 7 : 10;
    QSqlQuery q(m_db);
    const std::optional<CubeSql> cube = granularity == Granularity::Day ? std::nullopt : cubeSql(query);
    if (cube) {
        // Periods of a month or a year are prefixes of the cells' months; a period with one item
        // has one cell, whose sample is that item.
        QStringList perCategory, categoryColumns;
        for (int c = 0; c < CategoryCount; ++c) {
            perCategory << QStringLiteral("SUM(CASE WHEN c.category = '%1' THEN c.n ELSE 0 END) AS c%2")
                               .arg(categoryId(Category(c)))
                               .arg(c);
            categoryColumns << QStringLiteral("g.c%1").arg(c);
        }
        const QString sql = QStringLiteral("WITH g AS (SELECT %1 AS lane, SUM(c.n) AS n, MIN(c.date_first) AS df, "
                                           "MAX(c.date_last) AS dl, %2, MIN(c.sample) AS sample, "
                                           "SUBSTR(c.month_first, 1, %3) AS period, SUBSTR(c.month_last, 1, %3) AS period_end "
                                           "FROM item_cube c LEFT JOIN actor a ON a.id = c.key WHERE %4 "
                                           "GROUP BY lane, period, period_end) "
                                           "SELECT g.lane, g.n, g.df, g.dl, %5, i.id, i.date, i.date_end, i.title_ko, "
                                           "i.title_en FROM g LEFT JOIN item i ON i.rowid = g.sample AND g.n = 1")
                                .arg(cube->lane, perCategory.join(QStringLiteral(", ")))
                                .arg(prefix)
                                .arg(cube->where, categoryColumns.join(QStringLiteral(", ")));
        if (!run(q, sql, cube->values))
            return out;
        while (q.next()) {
            const int lane = query.laneIndex.value(q.value(0).toString(), -1);
            if (lane >= 0)
                out.append(entryFrom(q, lane, q.value(1).toInt(), 2));
        }
        return out;
    }
    const Sql s = itemsSql(query);
    // One pass, grouped by lane and by the periods (prefixes of the ISO dates) an item starts and
    // ends in, so a year-long item is never counted with the January it starts in; DISTINCT rowids
    // count an item once per lane. The MIN() columns describe the item when a group holds one.
    QStringList perCategory;
    for (int c = 0; c < CategoryCount; ++c)
        perCategory << QStringLiteral("COUNT(DISTINCT CASE WHEN i.category = '%1' THEN i.rowid END)").arg(categoryId(Category(c)));
    const QString sql = QStringLiteral("SELECT %1 AS lane, COUNT(DISTINCT i.rowid), MIN(i.date_first), MAX(i.date_last), %2, "
                                       "MIN(i.id), MIN(i.date), MIN(i.date_end), MIN(i.title_ko), MIN(i.title_en), "
                                       "SUBSTR(i.date_first, 1, %3) AS period, SUBSTR(i.date_last, 1, %3) AS period_end "
                                       "FROM %4 WHERE %5 GROUP BY lane, period, period_end")
                            .arg(s.lane, perCategory.join(QStringLiteral(", ")))
                            .arg(prefix)
                            .arg(s.from, s.where);
    if (!run(q, sql, s.laneValues + s.whereValues))
        return out;
    while (q.next()) {
        const int lane = query.laneIndex.value(q.value(0).toString(), -1);
        if (lane >= 0)
            out.append(entryFrom(q, lane, q.value(1).toInt(), 2));
    }
    return out;
}

TimelineEntry TimelineRepository::adjacent(const Query &query, const QString &dateFirst, const QString &id,
                                           bool forward) const
{
    Query open = query;
    open.from.clear();
    open.to.clear();
    const Sql s = itemsSql(open);
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT %1 AS lane, i.date_first, i.date_last, %2, i.id, i.date, i.date_end, "
                                       "i.title_ko, i.title_en FROM %3 WHERE %4 AND %5 LIMIT 1")
                            .arg(s.lane, categoryCounts(QStringLiteral("i.category"), false), s.from, s.where,
                                 forward ? QStringLiteral("(i.date_first > ? OR (i.date_first = ? AND i.id > ?)) "
                                                          "ORDER BY i.date_first, i.id")
                                         : QStringLiteral("(i.date_first < ? OR (i.date_first = ? AND i.id < ?)) "
                                                          "ORDER BY i.date_first DESC, i.id DESC"));
    TimelineEntry none;
    none.count = 0;
    // A null QString binds as SQL NULL, which compares with nothing: start from "" instead.
    const QString from = dateFirst.isNull() ? QStringLiteral("") : dateFirst;
    const QString after = id.isNull() ? QStringLiteral("") : id;
    if (!run(q, sql, s.laneValues + s.whereValues + QVariantList { from, from, after })
        || !q.next())
        return none;
    return entryFrom(q, query.laneIndex.value(q.value(0).toString(), 0), 1, 1);
}

bool TimelineRepository::dateExtent(const ItemFilter &filter, QString *first, QString *last) const
{
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QSqlQuery q(m_db);
    if (!run(q,
             (cube ? QStringLiteral("SELECT MIN(c.date_first), MAX(c.date_last) FROM item_cube c WHERE c.dim = 'all' AND ")
                   : QStringLiteral("SELECT MIN(i.date_first), MAX(i.date_last) FROM item i WHERE "))
                 + where.sql,
             where.values)
        || !q.next() || q.value(0).isNull())
        return false;
    *first = q.value(0).toString();
    *last = q.value(1).toString();
    return true;
}

} // namespace Atlas
