#pragma once

#include "itemfilter.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace Atlas {

// The dataset's count table (item_cube, base migration 004): per grouping, category and the
// months an item starts and ends in, how many distinct items. A filter that restricts only
// categories and whole months is answered by summing a few of its rows, exactly as the same
// count over the items would be, so a category toggle costs the same at a million items as at
// five hundred. Anything else (search text, actors, actor kinds, bookmarks, a range that cuts a
// month) is counted over the items as before.
class ItemCube
{
public:
    // The cells matching `filter`, as a WHERE clause over "item_cube AS c" (without the dim), or
    // nothing when the cube cannot answer the filter exactly.
    static std::optional<SqlCondition> condition(const ItemFilter &filter);

    // On by default. Off, every count is taken over the items: tests check that both ways agree,
    // and ATLAS_NO_ITEM_CUBE=1 turns it off for a run (to compare timings or rule it out).
    static void setEnabled(bool enabled);
    static bool isEnabled();

    // The group (ItemFilter::actorKindGroups()) of the actor kind in `column`, as an SQL CASE;
    // NULL for a kind in no group.
    static QString kindGroupCase(const QString &column);

    // Fills item_cube of the dataset being built on `db` from its item and item_actor tables.
    // `actors` are all actors the items may name (the dataset's own and, for the own-records
    // overlay, the shipped ones), by id. False with *error set on failure.
    static bool build(QSqlDatabase db, const QHash<QString, QJsonObject> &actors, QString *error);
};

} // namespace Atlas
