#pragma once

#include "itemfilter.h"
#include "records.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Atlas {

// Reads items from the open dataset. Views get plain values from here, never a query.
class ItemRepository
{
public:
    // Relevance ranks by SearchEngine::score() when the filter has text (else it is Date, newest
    // first); its order is always best first.
    enum class SortKey { Date, Actors, Category, Type, TitleKo, TitleEn, Relevance };

    struct Row
    {
        qint64 rowid = 0;
        QString id;
        QString date;
        int precision = 0;
        QString dateFirst, dateLast;
        QStringList actors;
        QString category;
        QString type;
        QString titleKo, titleEn;
        bool highlight = false;
    };

    // The columns a Row is read from, over "item AS i", in the order readRow() expects them.
    static QString rowColumns();
    static Row readRow(const QSqlQuery &query);

    explicit ItemRepository(QSqlDatabase db = {});
    void setDatabase(QSqlDatabase db) { m_db = db; }
    QSqlDatabase database() const { return m_db; }

    int count(const ItemFilter &filter) const;
    QList<Row> rows(const ItemFilter &filter, SortKey key, Qt::SortOrder order, int offset, int limit) const;
    ItemRecord item(const QString &id) const;
    // Items sharing the most tags (each counts 2) and actors (each counts 1) with the item, best first.
    QList<Row> related(const QString &id, int limit) const;

    // Facet counts, aggregated in SQL over the items matching `filter`.
    struct Count
    {
        QString key;
        int count = 0;
    };
    QList<Count> categoryCounts(const ItemFilter &filter) const; // category id → items
    QList<Count> actorKindCounts(const ItemFilter &filter) const; // ItemFilter::actorKindGroups() order
    // Actor id → items where it acts (a country also counts its sub-national actors' items), most first.
    QList<Count> actorCounts(const ItemFilter &filter) const;
    // Year → items whose date span overlaps it (as the date filter counts), newest first.
    QList<Count> yearCounts(const ItemFilter &filter) const;

    // The item's record exactly as the interchange format has it.
    QJsonObject itemJson(const QString &id) const;
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
