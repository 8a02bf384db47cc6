#include "countrystatsrepository.h"

#include "category.h"
#include "itemcube.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {
// The key an item's actor counts towards on the map.
const QString kRollupKey = QStringLiteral(
    "CASE WHEN ? = 1 AND a.kind IN ('company', 'institute') AND COALESCE(a.country, '') <> '' "
    "THEN a.country ELSE ia.rollup END");

int categoryIndex(const QString &id)
{
    Category c;
    return categoryFromId(id, &c) ? int(c) : -1;
}
} // namespace

bool CountryStatsRepository::run(QSqlQuery &q, const QString &sql, const QVariantList &values) const
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

CountryStatsRepository::CountryStatsRepository(QSqlDatabase db)
    : m_db(db)
{
}

QHash<QString, CountryStatsRepository::CategoryCounts> CountryStatsRepository::counts(const ItemFilter &filter,
                                                                                    bool companiesAtHome) const
{
    QHash<QString, CategoryCounts> out;
    m_subnationalReady = false;
    m_subnational.clear();
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QSqlQuery q(m_db);
    // With the dataset's counts: the same two groupings, summed over the matching cells.
    const QString cubeSql = QStringLiteral("SELECT 0, c.key, c.category, SUM(c.n) FROM item_cube c "
                                           "WHERE c.dim = ? AND %1 GROUP BY c.key, c.category "
                                           "UNION ALL "
                                           "SELECT 1, c.key, NULL, SUM(c.n) FROM item_cube c "
                                           "JOIN actor a ON a.id = c.key AND a.kind = 'subnational' "
                                           "WHERE c.dim = 'actor' AND %1 GROUP BY c.key")
                                .arg(where.sql);
    // One pass over the filtered items and their actors, grouped twice: per map key and category,
    // and per sub-national actor (the markers), instead of filtering the item table twice.
    const QString sql = QStringLiteral("WITH m AS MATERIALIZED (SELECT i.rowid AS r, i.category AS c, %1 AS k, "
                                       "ia.actor_id AS actor, a.kind AS kind FROM item i "
                                       "JOIN item_actor ia ON ia.item_rowid = i.rowid "
                                       "LEFT JOIN actor a ON a.id = ia.actor_id WHERE %2) "
                                       "SELECT 0, k, c, COUNT(DISTINCT r) FROM m GROUP BY k, c "
                                       "UNION ALL "
                                       "SELECT 1, actor, NULL, COUNT(DISTINCT r) FROM m WHERE kind = 'subnational' "
                                       "GROUP BY actor")
                            .arg(kRollupKey, where.sql);
    const bool ran = cube ? run(q, cubeSql,
                                QVariantList { companiesAtHome ? QStringLiteral("home") : QStringLiteral("rollup") }
                                    + where.values + where.values)
                          : run(q, sql, QVariantList { companiesAtHome ? 1 : 0 } + where.values);
    if (!ran)
        return out;
    while (q.next()) {
        if (q.value(0).toInt() == 1) {
            m_subnational.insert(q.value(1).toString(), q.value(3).toInt());
            continue;
        }
        const int c = categoryIndex(q.value(2).toString());
        if (c < 0)
            continue;
        auto it = out.find(q.value(1).toString());
        if (it == out.end())
            it = out.insert(q.value(1).toString(), CategoryCounts {});
        (*it)[c] += q.value(3).toInt();
    }
    m_subnationalReady = true;
    m_subnationalFilter = filter;
    return out;
}

QHash<QString, int> CountryStatsRepository::subnationalCounts(const ItemFilter &filter) const
{
    if (m_subnationalReady && m_subnationalFilter == filter) {
        m_subnationalReady = false; // once: the data may change before the next counts()
        return m_subnational;
    }
    QHash<QString, int> out;
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QSqlQuery q(m_db);
    const QString sql = cube ? QStringLiteral("SELECT c.key, SUM(c.n) FROM item_cube c "
                                              "JOIN actor a ON a.id = c.key AND a.kind = 'subnational' "
                                              "WHERE c.dim = 'actor' AND %1 GROUP BY c.key")
                                   .arg(where.sql)
                             : QStringLiteral("SELECT ia.actor_id, COUNT(DISTINCT i.rowid) FROM item i "
                                              "JOIN item_actor ia ON ia.item_rowid = i.rowid "
                                              "JOIN actor a ON a.id = ia.actor_id AND a.kind = 'subnational' "
                                              "WHERE %1 GROUP BY ia.actor_id")
                                   .arg(where.sql);
    if (!run(q, sql, where.values))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QList<CountryStatsRepository::TopItem> CountryStatsRepository::topItems(const QString &actorId, const ItemFilter &filter,
                                                                       bool companiesAtHome, int limit) const
{
    QList<TopItem> out;
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT i.id, i.date, i.category, i.title_ko, i.title_en FROM item i "
                                       "WHERE EXISTS (SELECT 1 FROM item_actor ia "
                                       "LEFT JOIN actor a ON a.id = ia.actor_id "
                                       "WHERE ia.item_rowid = i.rowid AND %1 = ?) AND %2 "
                                       "ORDER BY i.highlight DESC, i.date_first DESC, i.id LIMIT ?")
                            .arg(kRollupKey, where.sql);
    if (!run(q, sql, QVariantList { companiesAtHome ? 1 : 0, actorId } + where.values + QVariantList { limit }))
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString() });
    return out;
}

QMap<int, CountryStatsRepository::CategoryCounts> CountryStatsRepository::yearlyCounts(const QString &actorId,
                                                                                       const ItemFilter &filter) const
{
    QMap<int, CategoryCounts> out;
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT substr(i.date_first, 1, 4) AS y, i.category, COUNT(*) FROM item i "
                                       "WHERE EXISTS (SELECT 1 FROM item_actor ia WHERE ia.item_rowid = i.rowid "
                                       "AND (ia.actor_id = ? OR ia.rollup = ?)) AND %1 "
                                       "GROUP BY y, i.category")
                            .arg(where.sql);
    if (!run(q, sql, QVariantList { actorId, actorId } + where.values))
        return out;
    while (q.next()) {
        const int c = categoryIndex(q.value(1).toString());
        if (c >= 0)
            out[q.value(0).toInt()][c] += q.value(2).toInt();
    }
    return out;
}

std::pair<QString, QString> CountryStatsRepository::dateRange() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Two subqueries, so each reads one end of the date index instead of scanning it.
    if (!q.exec(QStringLiteral("SELECT (SELECT MIN(date_first) FROM item), (SELECT MAX(date_first) FROM item)"))
        || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return { q.value(0).toString(), q.value(1).toString() };
}

QList<CountryStatsRepository::FigureGroup> CountryStatsRepository::figureGroups() const
{
    QList<FigureGroup> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT f.grp, MIN(f.metric_ko), MIN(f.metric_en), MAX(f.period), MIN(f.unit), "
                               "COUNT(DISTINCT f.actor) FROM figure f JOIN actor a ON a.id = f.actor "
                               "WHERE COALESCE(f.grp, '') <> '' AND a.kind IN ('country', 'union') "
                               "GROUP BY f.grp HAVING COUNT(DISTINCT f.actor) >= 2 ORDER BY f.grp"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toInt() });
    return out;
}

QList<CountryStatsRepository::Figure> CountryStatsRepository::figuresInGroup(const QString &group) const
{
    return SeriesRepository(m_db).figureGroup(group);
}

QList<CountryStatsRepository::Figure> CountryStatsRepository::figuresOf(const QString &actorId) const
{
    return SeriesRepository(m_db).figuresOfActor(actorId);
}

} // namespace Atlas
