#pragma once

#include "actordirectory.h"
#include "itemfilter.h"
#include "itemrepository.h"
#include "language.h"

#include <QAbstractTableModel>

class QThread;

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
        OwnRole, // true for the user's own records (OwnRecords), not the report's
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 256;
    // sort() column for "by relevance" (best first): the default while the filter has text.
    static constexpr int RelevanceSort = -1;

    explicit ItemTableModel(QObject *parent = nullptr);
    ~ItemTableModel() override;

    void setSource(QSqlDatabase db, const ActorDirectory *actors);
    void setFilter(const ItemFilter &filter);
    ItemFilter filter() const { return m_filter; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // The number of matching items. While the count runs (after the first page is in; on a
    // worker thread with its own read-only connection when the dataset has no user records),
    // this is a lower bound and countPending() is true: show it as "N+".
    int totalCount() const { return m_total; }
    bool countPending() const { return m_countPending; }
    bool countRunning() const { return !m_countThreads.isEmpty(); } // a worker, maybe cancelled, still runs
    int sortColumn() const { return m_sortColumn; } // RelevanceSort or a Column
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QStringList highlightTerms() const { return m_highlightTerms; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Datasets above this many items count after the first page (tests set it low).
    void setDeferredCountThreshold(int items) { m_deferCountAbove = items; }
    // Reloads from the database (after a filter or data change).
    void reload();
    // The statement that ranks the candidate set for a search's first pages (relevance order),
    // for the benchmark's baseline, which runs the same SQL through the sqlite3 library.
    static SqlCondition rankedQuery(QSqlDatabase db, const ItemFilter &filter);
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
    QList<ItemRepository::Row> page(int offset, int limit);
    bool rankCandidates(); // fills m_candidates (SearchEngine::RankedCandidates)
    void completeCandidates(int offset, int limit); // reads the rows of those known by rowid only
    void startCount();
    void finishCount(quint64 generation, int count);

    ItemRepository m_repository;
    const ActorDirectory *m_actors = nullptr;
    ItemFilter m_filter;
    QStringList m_highlightTerms;
    Language m_language = Language::English;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<ItemRepository::Row> m_rows;
    int m_total = 0;
    bool m_countPending = false;
    bool m_moreRows = false; // while the count is pending: the last page was full
    quint64 m_generation = 0; // bumped on every reload, so a late count is dropped
    // Relevance: the ranked candidate set, and whether matches lie beyond it.
    QList<ItemRepository::Row> m_candidates;
    bool m_candidatesTruncated = false;
    QString m_candidateRowids; // JSON array, to leave them out of the rest
    QList<QThread *> m_countThreads; // running counts; waited for on destruction
    int m_deferCountAbove = 50000; // items in the dataset; smaller ones count at once
    qint64 m_datasetSize = -1; // max(rowid), read once per source
    int m_pageSize = DefaultPageSize;
    bool m_changing = false; // inside a reset or an insert: fetchMore must not nest
};

} // namespace Atlas
