#pragma once

#include "itemfilter.h"
#include "timelinelayout.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Atlas {

// Lanes of the timeline: one per actor (grouped into countries, organisations and companies),
// or one per category.
enum class TimelineLaneMode { Actors, Categories };

// The SQL behind the timeline. It asks only for the visible time range and the visible lanes,
// and where a range holds too many items it counts them per lane and period in SQL instead of
// returning them (the view stays smooth with 100,000 items).
class TimelineRepository
{
public:
    struct Lane
    {
        QString key; // actor id or category id
        QString kind; // actor kind ("country", "union", …); empty for categories
        QString group; // "country", "organization", "company"; empty for categories
        int count = 0; // items under the filter
    };

    // What to fetch. Lane keys map to display rows through `laneIndex`: actor or category ids for
    // single lanes, and groupKey(group) for a collapsed group shown as one lane.
    struct Query
    {
        TimelineLaneMode mode = TimelineLaneMode::Actors;
        ItemFilter filter;
        QHash<QString, int> laneIndex;
        QStringList hidden; // lanes left out of collapsed groups too
        QString from, to; // ISO days, inclusive; empty = open
    };

    // How finely dense ranges are counted.
    enum class Granularity { Day, Month, Year };

    explicit TimelineRepository(QSqlDatabase db = {});
    void setDatabase(QSqlDatabase db) { m_db = db; }

    static QString groupKey(const QString &group) { return QStringLiteral("@") + group; }
    static QString groupOfKind(const QString &kind); // "subnational" → "country", "institute" → "company"

    // Lanes with at least one item under the filter, most items first. In actor mode a filter on
    // actors or actor kinds also limits the lanes to them.
    QList<Lane> lanes(const ItemFilter &filter, TimelineLaneMode mode) const;
    // The items of the query (unordered: the layout sorts them). Returns false without items if there
    // are more than `limit`.
    bool items(const Query &query, int limit, QList<TimelineEntry> *out) const;
    // The items of the query counted per lane and period; a period with one item carries it.
    QList<TimelineEntry> buckets(const Query &query, Granularity granularity) const;
    // The item after (or before) the given one in the query's only lane, ignoring the range;
    // count == 0 when there is none.
    TimelineEntry adjacent(const Query &query, const QString &dateFirst, const QString &id, bool forward) const;
    // The first and last day of the filtered items (ISO), for "everything".
    bool dateExtent(const ItemFilter &filter, QString *first, QString *last) const;

    QString lastError() const { return m_error; }

private:
    // The pieces of every timeline query over items "i" (and, for actors, item_actor "ia" and the
    // lane's actor "a"); values bind in the order lane, where.
    struct Sql
    {
        QString lane; // the lane key expression
        QVariantList laneValues;
        QString from;
        QString where;
        QVariantList whereValues;
        bool distinct = false; // the join may repeat an item in a lane
    };
    Sql itemsSql(const Query &query) const;
    // The same lanes over the dataset's counts (item_cube "c", the lane's actor "a"), when they
    // answer the query exactly: a filter ItemCube answers and no hidden lane. Values bind in
    // where order.
    struct CubeSql
    {
        QString lane;
        QString where;
        QVariantList values;
    };
    std::optional<CubeSql> cubeSql(const Query &query) const;
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
