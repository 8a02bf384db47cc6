#include "actormodel.h"

#include "category.h"
#include "itemfilter.h"

namespace Atlas {

ActorModel::ActorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActorModel::setDirectory(const ActorDirectory *directory)
{
    beginResetModel();
    m_directory = directory;
    endResetModel();
}

void ActorModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ActorModel::rowOfId(const QString &id) const
{
    if (!m_directory)
        return -1;
    const auto &actors = m_directory->actors();
    for (int i = 0; i < actors.size(); ++i) {
        if (actors.at(i).id == id)
            return i;
    }
    return -1;
}

int ActorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_directory ? 0 : int(m_directory->actors().size());
}

int ActorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActorDirectory::Actor &a = m_directory->actors().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name(m_language);
        case KindColumn:
            return actorKindName(a.kind);
        case ItemCountColumn:
            return a.itemCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return QStringLiteral("%1 (%2)").arg(a.name(m_language), a.id);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ItemCountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return a.id;
    case KindRole:
        return a.kind;
    case CountryRole:
        return a.country;
    case ItemCountRole:
        return a.itemCount;
    case KindGroupRole:
        for (const QString &group : ItemFilter::actorKindGroups()) {
            if (ItemFilter::kindsInGroup(group).contains(a.kind))
                return group;
        }
        return a.kind;
    }
    return {};
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ItemCountColumn:
        return tr("Items");
    }
    return {};
}

} // namespace Atlas
