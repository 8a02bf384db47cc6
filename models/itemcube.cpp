#include "itemcube.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Atlas {

namespace {

std::atomic<bool> s_enabled { !qEnvironmentVariableIsSet("ATLAS_NO_ITEM_CUBE") };

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// One grouping of the item-actor rows in temp.cube_row, keyed by `key` (an expression over its
// columns; rows where it is NULL are left out).
QString groupingSql(const QString &dim, const QString &key)
{
    return QStringLiteral(
               "INSERT INTO item_cube SELECT '%1', c, mf, ml, k, COUNT(DISTINCT r), MIN(df), MAX(dl), MIN(r) "
               "FROM (SELECT r, c, mf, ml, df, dl, %2 AS k FROM temp.cube_row) WHERE k IS NOT NULL "
               "GROUP BY c, mf, ml, k")
        .arg(dim, key);
}

} // namespace

void ItemCube::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

bool ItemCube::isEnabled()
{
    return s_enabled;
}

std::optional<SqlCondition> ItemCube::condition(const ItemFilter &filter)
{
    if (!s_enabled)
        return std::nullopt;
    if (!filter.text.trimmed().isEmpty() || !filter.actorKinds.isEmpty() || !filter.actors.isEmpty()
        || filter.bookmarkedOnly)
        return std::nullopt;
    QStringList parts;
    QVariantList values;
    if (!filter.categories.isEmpty()) {
        QStringList cats(filter.categories.cbegin(), filter.categories.cend());
        cats.sort();
        parts << QStringLiteral("c.category IN (%1)").arg(sqlPlaceholders(cats.size()));
        for (const QString &c : std::as_const(cats))
            values << c;
    }
    // An item overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    // With `from` the first of a month and `to` the last day of one, that is exactly a test of
    // the months it ends and starts in.
    if (!filter.dateFrom.isEmpty()) {
        const QDate from = QDate::fromString(filter.dateFrom, Qt::ISODate);
        if (!from.isValid() || from.day() != 1)
            return std::nullopt;
        parts << QStringLiteral("c.month_last >= ?");
        values << filter.dateFrom.left(7);
    }
    if (!filter.dateTo.isEmpty()) {
        const QDate to = QDate::fromString(filter.dateTo, Qt::ISODate);
        if (!to.isValid() || to.addDays(1).day() != 1)
            return std::nullopt;
        parts << QStringLiteral("c.month_first <= ?");
        values << filter.dateTo.left(7);
    }
    return SqlCondition { parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND ")),
                          values };
}

QString ItemCube::kindGroupCase(const QString &column)
{
    QStringList whens;
    for (const QString &group : ItemFilter::actorKindGroups()) {
        QStringList kinds;
        // Kinds and groups are constants of the data model, never user text.
        for (const QString &kind : ItemFilter::kindsInGroup(group))
            kinds << QStringLiteral("'%1'").arg(kind);
        whens << QStringLiteral("WHEN %1 IN (%2) THEN '%3'")
                     .arg(column, kinds.join(QStringLiteral(", ")), group);
    }
    return QStringLiteral("CASE %1 END").arg(whens.join(u' '));
}

bool ItemCube::build(QSqlDatabase db, const QHash<QString, QJsonObject> &actors, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("CREATE TEMP TABLE cube_actor (id TEXT PRIMARY KEY, kind TEXT, country TEXT)"),
              error))
        return false;
    if (!q.prepare(QStringLiteral("INSERT INTO temp.cube_actor VALUES (?, ?, ?)"))) {
        *error = q.lastError().text();
        return false;
    }
    for (auto it = actors.cbegin(); it != actors.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->value(u"kind").toString());
        q.addBindValue(it->value(u"country").toString());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Every item-actor pair once, with what the groupings need; then one GROUP BY per grouping.
    const QStringList steps {
        QStringLiteral(
            "CREATE TEMP TABLE cube_row AS SELECT i.rowid AS r, i.category AS c, "
            "substr(i.date_first, 1, 7) AS mf, substr(i.date_last, 1, 7) AS ml, i.date_first AS df, "
            "i.date_last AS dl, ia.actor_id AS actor, ia.rollup AS rollup, a.kind AS kind, "
            "ra.kind AS rollup_kind, a.country AS country FROM item i "
            "JOIN item_actor ia ON ia.item_rowid = i.rowid "
            "LEFT JOIN temp.cube_actor a ON a.id = ia.actor_id "
            "LEFT JOIN temp.cube_actor ra ON ra.id = ia.rollup"),
        QStringLiteral(
            "INSERT INTO item_cube SELECT 'all', category, substr(date_first, 1, 7), substr(date_last, 1, "
            "7), "
            "'', COUNT(*), MIN(date_first), MAX(date_last), MIN(rowid) FROM item GROUP BY 2, 3, 4"),
        groupingSql(QStringLiteral("rollup"), QStringLiteral("rollup")),
        groupingSql(QStringLiteral("home"),
                    QStringLiteral("CASE WHEN kind IN ('company', 'institute') AND "
                                   "COALESCE(country, '') <> '' THEN country ELSE rollup END")),
        groupingSql(QStringLiteral("actor"), QStringLiteral("actor")),
        QStringLiteral(
            "INSERT INTO item_cube SELECT 'facet', c, mf, ml, k, COUNT(DISTINCT r), MIN(df), MAX(dl), MIN(r) "
            "FROM (SELECT r, c, mf, ml, df, dl, actor AS k FROM temp.cube_row UNION ALL "
            "SELECT r, c, mf, ml, df, dl, rollup FROM temp.cube_row WHERE rollup <> actor) "
            "GROUP BY c, mf, ml, k"),
        groupingSql(QStringLiteral("kind"), kindGroupCase(QStringLiteral("kind"))),
        groupingSql(QStringLiteral("lane"),
                    QStringLiteral("'@' || %1").arg(kindGroupCase(QStringLiteral("rollup_kind")))),
        QStringLiteral("DROP TABLE temp.cube_row"),
        QStringLiteral("DROP TABLE temp.cube_actor"),
    };
    for (const QString &sql : steps) {
        if (!exec(q, sql, error))
            return false;
    }
    return true;
}

} // namespace Atlas
