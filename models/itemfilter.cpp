#include "itemfilter.h"

#include "searchengine.h"

namespace Atlas {

QString sqlPlaceholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QStringList ItemFilter::actorKindGroups()
{
    return { QStringLiteral("country"), QStringLiteral("organization"), QStringLiteral("company") };
}

QStringList ItemFilter::kindsInGroup(const QString &group)
{
    if (group == u"country")
        return { QStringLiteral("country"), QStringLiteral("union"), QStringLiteral("subnational") };
    if (group == u"company")
        return { QStringLiteral("company"), QStringLiteral("institute") };
    return { group };
}

SqlCondition filterCondition(const ItemFilter &filter)
{
    QStringList parts;
    QVariantList values;
    if (!filter.categories.isEmpty()) {
        QStringList cats(filter.categories.cbegin(), filter.categories.cend());
        cats.sort();
        parts << QStringLiteral("i.category IN (%1)").arg(sqlPlaceholders(cats.size()));
        for (const QString &c : std::as_const(cats))
            values << c;
    }
    if (!filter.actorKinds.isEmpty()) {
        QStringList kinds;
        QStringList groups(filter.actorKinds.cbegin(), filter.actorKinds.cend());
        groups.sort();
        for (const QString &g : std::as_const(groups))
            kinds << ItemFilter::kindsInGroup(g);
        parts << QStringLiteral("EXISTS (SELECT 1 FROM item_actor ka JOIN actor a ON a.id = ka.actor_id "
                                "WHERE ka.item_rowid = i.rowid AND a.kind IN (%1))")
                     .arg(sqlPlaceholders(kinds.size()));
        for (const QString &k : std::as_const(kinds))
            values << k;
    }
    if (!filter.actors.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM item_actor fa WHERE fa.item_rowid = i.rowid "
                                "AND (fa.actor_id IN (%1) OR fa.rollup IN (%1)))")
                     .arg(sqlPlaceholders(filter.actors.size()));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &a : filter.actors)
                values << a;
        }
    }
    // An item is in a date range if its span overlaps it.
    if (!filter.dateFrom.isEmpty()) {
        parts << QStringLiteral("i.date_last >= ?");
        values << filter.dateFrom;
    }
    if (!filter.dateTo.isEmpty()) {
        parts << QStringLiteral("i.date_first <= ?");
        values << filter.dateTo;
    }
    // Bookmarks live in the user database (the connection's main schema), keyed by the stable id.
    if (filter.bookmarkedOnly) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM main.bookmark b WHERE b.target_kind = 'item' "
                                "AND b.target_id = i.id)");
    }
    const SqlCondition text = SearchEngine::condition(filter.text);
    if (!text.sql.isEmpty()) {
        parts << text.sql;
        values << text.values;
    }
    return { parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND ")), values };
}

} // namespace Atlas
