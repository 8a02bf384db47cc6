#include "itemtablemodel.h"

#include "category.h"
#include "formatter.h"
#include "searchengine.h"

namespace Atlas {

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ItemTableModel::setSource(QSqlDatabase db, const ActorDirectory *actors)
{
    m_repository.setDatabase(db);
    m_actors = actors;
    reload();
}

void ItemTableModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool hadText = !m_filter.text.trimmed().isEmpty();
    const bool hasText = !filter.text.trimmed().isEmpty();
    m_filter = filter;
    m_highlightTerms = SearchEngine::highlightTerms(filter.text);
    // A search starts in relevance order (a user's own column choice while searching stays);
    // without text there is nothing to rank, so back to newest first.
    bool sortMoved = false;
    if (hasText && !hadText && m_sortColumn != RelevanceSort) {
        m_sortColumn = RelevanceSort;
        m_sortOrder = Qt::DescendingOrder;
        sortMoved = true;
    } else if (!hasText && m_sortColumn == RelevanceSort) {
        m_sortColumn = DateColumn;
        m_sortOrder = Qt::DescendingOrder;
        sortMoved = true;
    }
    reload();
    if (sortMoved)
        emit sortChanged(m_sortColumn, m_sortOrder);
}

void ItemTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    const bool titleSorted = m_sortColumn == TitleColumn;
    if (titleSorted) {
        reload(); // the sort key changes with the language
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ItemTableModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_total = m_repository.database().isValid() ? m_repository.count(m_filter) : 0;
    if (m_total > 0)
        m_rows = m_repository.rows(m_filter, sortKey(), m_sortOrder, 0, m_pageSize);
    endResetModel();
    m_changing = false;
    emit totalCountChanged(m_total);
}

int ItemTableModel::rowOfId(const QString &id)
{
    if (m_changing)
        return -1;
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

ItemRepository::SortKey ItemTableModel::sortKey() const
{
    switch (m_sortColumn) {
    case ActorsColumn:
        return ItemRepository::SortKey::Actors;
    case CategoryColumn:
        return ItemRepository::SortKey::Category;
    case TypeColumn:
        return ItemRepository::SortKey::Type;
    case TitleColumn:
        return m_language == Language::Korean ? ItemRepository::SortKey::TitleKo : ItemRepository::SortKey::TitleEn;
    case RelevanceSort:
        return ItemRepository::SortKey::Relevance;
    default:
        return ItemRepository::SortKey::Date;
    }
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRepository::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Formatter::date(row.date, m_language);
        case ActorsColumn:
            return m_actors ? m_actors->names(row.actors, m_language) : row.actors.join(QStringLiteral(", "));
        case CategoryColumn:
            return categoryNameForId(row.category);
        case TypeColumn:
            return itemTypeName(row.type);
        case TitleColumn:
            return pickText(m_language, row.titleKo, row.titleEn);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return pickText(m_language, row.titleKo, row.titleEn);
        if (index.column() == DateColumn)
            return Formatter::precisionName(FuzzyDate::parse(row.date).precision());
        break;
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn)
            return categoryColorForId(row.category);
        break;
    case IdRole:
        return row.id;
    case CategoryRole:
        return row.category;
    case TypeRole:
        return row.type;
    case DateRole:
        return row.date;
    case PrecisionRole:
        return row.precision;
    case DateFirstRole:
        return row.dateFirst;
    case DateLastRole:
        return row.dateLast;
    case ActorIdsRole:
        return row.actors;
    case HighlightRole:
        return row.highlight;
    case SearchTermsRole:
        return m_highlightTerms;
    case TitleFallbackRole: {
        bool fellBack = false;
        pickText(m_language, row.titleKo, row.titleEn, &fellBack);
        return fellBack;
    }
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActorsColumn:
        return tr("Actors");
    case CategoryColumn:
        return tr("Category");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ItemRepository::Row> more
        = m_repository.rows(m_filter, sortKey(), m_sortOrder, int(m_rows.size()), m_pageSize);
    if (more.isEmpty()) {
        // The data shrank under us (or a query failed): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    // Views (and QAbstractItemModelTester) may ask for more from a rowsInserted handler.
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

void ItemTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column < 0) {
        // Clearing the header's sort indicator: relevance while searching, else newest first.
        column = m_filter.text.trimmed().isEmpty() ? int(DateColumn) : RelevanceSort;
        order = Qt::DescendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QHash<int, QByteArray> ItemTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(CategoryRole, "category");
    names.insert(TypeRole, "type");
    names.insert(DateRole, "date");
    names.insert(PrecisionRole, "precision");
    names.insert(ActorIdsRole, "actorIds");
    names.insert(HighlightRole, "highlight");
    names.insert(SearchTermsRole, "searchTerms");
    return names;
}

} // namespace Atlas
