#pragma once

#include "itemfilter.h"
#include "seriesrepository.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>

namespace Atlas {

// The numbers behind the map and the country profiles, aggregated in SQL so they stay fast with
// hundreds of thousands of items. Returns plain values; views never see a query.
class CountryStatsRepository
{
public:
    using CategoryCounts = std::array<int, 4>; // in Category order

    struct TopItem
    {
        QString id;
        QString date;
        QString category;
        QString titleKo, titleEn;
    };
    struct FigureGroup
    {
        QString id;
        QString metricKo, metricEn;
        QString period;
        QString unit;
        int actors = 0;
    };
    // A figure as the charts read it, with its sources and notes.
    using Figure = FigureRecord;

    explicit CountryStatsRepository(QSqlDatabase db = {});

    // Items per actor and category after the filter. A sub-national actor counts for its country
    // (item_actor.rollup); with companiesAtHome a company or institute counts for its home country.
    // An item counts once per actor, however many of its actors roll up there.
    QHash<QString, CategoryCounts> counts(const ItemFilter &filter, bool companiesAtHome) const;
    // Items per sub-national actor (Beijing, Shenzhen …) after the filter: the map's markers.
    // counts() finds them in the same pass, so right after counts() with the same filter this
    // runs no query.
    QHash<QString, int> subnationalCounts(const ItemFilter &filter) const;
    // The actor's items after the filter, highlighted (첨부 1) first, then the latest.
    QList<TopItem> topItems(const QString &actorId, const ItemFilter &filter, bool companiesAtHome, int limit) const;
    // Items per year and category for an actor (and its regions) after the filter.
    QMap<int, CategoryCounts> yearlyCounts(const QString &actorId, const ItemFilter &filter) const;
    // First and last day any item starts on ("2016-01-01", "2023-12-15"); empty without items.
    std::pair<QString, QString> dateRange() const;

    // Figure groups that compare at least two countries (an index rank, a score): map layers.
    QList<FigureGroup> figureGroups() const;
    QList<Figure> figuresInGroup(const QString &group) const;
    QList<Figure> figuresOf(const QString &actorId) const;

    QSqlDatabase database() const { return m_db; }
    QString lastError() const { return m_error; }

private:
    // Prepares sql (ours, never user text), binds values in order and runs it; on failure sets m_error.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_error;
    // The sub-national counts the last counts() found, for the filter it ran with.
    mutable bool m_subnationalReady = false;
    mutable ItemFilter m_subnationalFilter;
    mutable QHash<QString, int> m_subnational;
};

} // namespace Atlas
