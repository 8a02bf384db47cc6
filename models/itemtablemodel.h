#pragma once

#include "actordirectory.h"
#include "itemfilter.h"
#include "itemrepository.h"
#include "language.h"

#include <QAbstractTableModel>

namespace Atlas {

// The items of the dataset after the shared filter, fetched lazily a page at a time (fetchMore),
// sorted and filtered in SQL so it stays fast with a million items.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ActorsColumn, CategoryColumn, TypeColumn, TitleColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // category id
        TypeRole,
        DateRole, // ISO fuzzy date as stored
        PrecisionRole, // FuzzyDate::Precision
        DateFirstRole,
        DateLastRole,
        ActorIdsRole, // QStringList
        HighlightRole,
        TitleFallbackRole, // true if the title shown is in the other language
        SearchTermsRole, // QStringList: what to highlight for the filter's text (SearchEngine::highlightTerms)
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 256;
    // sort() column for "by relevance" (best first): the default while the filter has text.
    static constexpr int RelevanceSort = -1;

    explicit ItemTableModel(QObject *parent = nullptr);

    void setSource(QSqlDatabase db, const ActorDirectory *actors);
    void setFilter(const ItemFilter &filter);
    ItemFilter filter() const { return m_filter; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    int totalCount() const { return m_total; }
    int sortColumn() const { return m_sortColumn; } // RelevanceSort or a Column
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QStringList highlightTerms() const { return m_highlightTerms; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Reloads from the database (after a filter or data change).
    void reload();
    // Fetches pages until the item is loaded; returns its row or -1.
    int rowOfId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void totalCountChanged(int count);
    // The order changed by itself: to relevance when a search starts, back to date when it ends.
    void sortChanged(int column, Qt::SortOrder order);

private:
    ItemRepository::SortKey sortKey() const;

    ItemRepository m_repository;
    const ActorDirectory *m_actors = nullptr;
    ItemFilter m_filter;
    QStringList m_highlightTerms;
    Language m_language = Language::English;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<ItemRepository::Row> m_rows;
    int m_total = 0;
    int m_pageSize = DefaultPageSize;
    bool m_changing = false; // inside a reset or an insert: fetchMore must not nest
};

} // namespace Atlas
