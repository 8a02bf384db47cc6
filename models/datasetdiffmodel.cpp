#include "datasetdiffmodel.h"

#include <QColor>

#include <algorithm>
#include <utility>

namespace Atlas {

DatasetDiffModel::DatasetDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DatasetDiffModel::setChanges(const QList<DatasetChange> &changes)
{
    beginResetModel();
    m_all = changes;
    // Grouped by change, then kind, keeping the dataset's order (by date) inside a group.
    std::stable_sort(m_all.begin(), m_all.end(), [](const DatasetChange &a, const DatasetChange &b) {
        return std::pair(int(a.change), int(a.kind)) < std::pair(int(b.change), int(b.kind));
    });
    refilter();
    endResetModel();
}

void DatasetDiffModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DatasetDiffModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DatasetDiffModel::setKindFilter(int kind)
{
    if (kind == m_kindFilter)
        return;
    beginResetModel();
    m_kindFilter = kind;
    refilter();
    endResetModel();
}

void DatasetDiffModel::setChangeFilter(int change)
{
    if (change == m_changeFilter)
        return;
    beginResetModel();
    m_changeFilter = change;
    refilter();
    endResetModel();
}

void DatasetDiffModel::refilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const DatasetChange &c = m_all.at(i);
        if ((m_kindFilter < 0 || int(c.kind) == m_kindFilter) && (m_changeFilter < 0 || int(c.change) == m_changeFilter))
            m_rows << i;
    }
}

DatasetChange DatasetDiffModel::change(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_all.at(m_rows.at(index.row()));
}

QString DatasetDiffModel::kindName(DatasetChange::Kind kind)
{
    switch (kind) {
    case DatasetChange::Item:
        return tr("Item");
    case DatasetChange::Figure:
        return tr("Figure");
    case DatasetChange::Series:
        return tr("Series");
    case DatasetChange::Actor:
    case DatasetChange::KindCount:
        break;
    }
    return tr("Actor");
}

QString DatasetDiffModel::changeName(DatasetChange::Change change)
{
    switch (change) {
    case DatasetChange::Added:
        return tr("Added");
    case DatasetChange::Changed:
        return tr("Changed");
    case DatasetChange::Removed:
    case DatasetChange::ChangeCount:
        break;
    }
    return tr("Removed");
}

int DatasetDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetChange &c = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case ChangeColumn:
            return changeName(c.change);
        case KindColumn:
            return kindName(c.kind);
        case TitleColumn:
            return pickText(m_language, c.titleKo, c.titleEn);
        case DateColumn:
            return c.date;
        case FieldsColumn:
            return c.fields.join(QLatin1String(", "));
        case IdColumn:
            return c.id;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        // Okabe–Ito: bluish green for added, vermillion for removed; changed keeps the text colour.
        if (index.column() == ChangeColumn && c.change == DatasetChange::Added)
            return QColor(0x00, 0x9E, 0x73);
        if (index.column() == ChangeColumn && c.change == DatasetChange::Removed)
            return QColor(0xD5, 0x5E, 0x00);
        return {};
    case KindRole:
        return int(c.kind);
    case ChangeRole:
        return int(c.change);
    case IdRole:
        return c.id;
    case AvailableRole:
        // A removed record is no longer in the dataset: nothing to open.
        return c.change != DatasetChange::Removed;
    default:
        return {};
    }
}

QVariant DatasetDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case FieldsColumn:
        return tr("Changed fields");
    case IdColumn:
        return tr("ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Atlas
