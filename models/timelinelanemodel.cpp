#include "timelinelanemodel.h"

#include "category.h"

#include <QCoreApplication>

#include <algorithm>

namespace Atlas {

TimelineLaneModel::TimelineLaneModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString TimelineLaneModel::groupName(const QString &group)
{
    if (group == u"country")
        return QCoreApplication::translate("Atlas::TimelineLaneModel", "Countries");
    if (group == u"company")
        return QCoreApplication::translate("Atlas::TimelineLaneModel", "Companies and institutes");
    return QCoreApplication::translate("Atlas::TimelineLaneModel", "Organisations");
}

void TimelineLaneModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_lanes.isEmpty())
        emit dataChanged(index(0), index(int(m_lanes.size()) - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

void TimelineLaneModel::setMode(TimelineLaneMode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_lanes.clear();
    endResetModel();
}

void TimelineLaneModel::setLanes(const QList<TimelineRepository::Lane> &lanes)
{
    beginResetModel();
    m_lanes = lanes;
    sortLanes();
    endResetModel();
}

void TimelineLaneModel::sortLanes()
{
    const QStringList &order = m_state[int(m_mode)].order;
    const QStringList groupOrder = groups();
    QHash<QString, int> position;
    for (int i = 0; i < order.size(); ++i)
        position.insert(order.at(i), i);
    // Categories keep the report's order unless the user moved them; actors come most items first.
    auto natural = [this](const TimelineRepository::Lane &a, const TimelineRepository::Lane &b) {
        if (m_mode == TimelineLaneMode::Categories) {
            Category ca = Category::Policy, cb = Category::Policy;
            categoryFromId(a.key, &ca);
            categoryFromId(b.key, &cb);
            return int(ca) < int(cb);
        }
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    };
    std::stable_sort(m_lanes.begin(), m_lanes.end(),
                     [&](const TimelineRepository::Lane &a, const TimelineRepository::Lane &b) {
                         const qsizetype ga = groupOrder.indexOf(a.group), gb = groupOrder.indexOf(b.group);
                         if (ga != gb)
                             return ga < gb;
                         const int pa = position.value(a.key, -1), pb = position.value(b.key, -1);
                         if ((pa >= 0) != (pb >= 0))
                             return pa >= 0; // lanes the user placed come before new ones
                         if (pa >= 0)
                             return pa < pb;
                         return natural(a, b);
                     });
}

QString TimelineLaneModel::key(int row) const
{
    return row >= 0 && row < m_lanes.size() ? m_lanes.at(row).key : QString();
}

QString TimelineLaneModel::group(int row) const
{
    return row >= 0 && row < m_lanes.size() ? m_lanes.at(row).group : QString();
}

QString TimelineLaneModel::name(int row) const
{
    if (row < 0 || row >= m_lanes.size())
        return {};
    const QString &k = m_lanes.at(row).key;
    if (m_mode == TimelineLaneMode::Categories)
        return categoryNameForId(k);
    return m_actors ? m_actors->name(k, m_language) : k;
}

int TimelineLaneModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).key == key)
            return i;
    }
    return -1;
}

bool TimelineLaneModel::isHidden(int row) const
{
    return m_state[int(m_mode)].hidden.contains(key(row));
}

void TimelineLaneModel::setHidden(int row, bool hidden)
{
    if (row < 0 || row >= m_lanes.size() || isHidden(row) == hidden)
        return;
    QSet<QString> &set = m_state[int(m_mode)].hidden;
    if (hidden)
        set.insert(key(row));
    else
        set.remove(key(row));
    emit dataChanged(index(row), index(row), { Qt::CheckStateRole });
    emit stateChanged();
}

void TimelineLaneModel::showAll()
{
    if (m_state[int(m_mode)].hidden.isEmpty())
        return;
    m_state[int(m_mode)].hidden.clear();
    if (!m_lanes.isEmpty())
        emit dataChanged(index(0), index(int(m_lanes.size()) - 1), { Qt::CheckStateRole });
    emit stateChanged();
}

bool TimelineLaneModel::moveLane(int from, int to)
{
    if (from == to)
        return false;
    // moveRows' destination is the row *before which* the lane lands.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

void TimelineLaneModel::resetOrder()
{
    beginResetModel();
    m_state[int(m_mode)].order.clear();
    sortLanes();
    endResetModel();
    emit stateChanged();
}

void TimelineLaneModel::rememberOrder()
{
    // The shown lanes in their new order, with lanes not shown now (filtered out) kept after the
    // lane they followed before, so they return to their place.
    const QStringList old = m_state[int(m_mode)].order;
    QStringList order;
    for (const TimelineRepository::Lane &l : std::as_const(m_lanes))
        order << l.key;
    for (int i = 0; i < old.size(); ++i) {
        if (order.contains(old.at(i)))
            continue;
        qsizetype at = 0;
        for (int j = i - 1; j >= 0; --j) {
            const qsizetype p = order.indexOf(old.at(j));
            if (p >= 0) {
                at = p + 1;
                break;
            }
        }
        order.insert(at, old.at(i));
    }
    m_state[int(m_mode)].order = order;
}

QStringList TimelineLaneModel::hidden(TimelineLaneMode mode) const
{
    QStringList out(m_state[int(mode)].hidden.cbegin(), m_state[int(mode)].hidden.cend());
    out.sort();
    return out;
}

void TimelineLaneModel::restoreState(TimelineLaneMode mode, const QStringList &order, const QStringList &hidden)
{
    const bool current = mode == m_mode;
    if (current)
        beginResetModel();
    m_state[int(mode)].order = order;
    m_state[int(mode)].hidden = QSet<QString>(hidden.cbegin(), hidden.cend());
    if (current) {
        sortLanes();
        endResetModel();
    }
}

int TimelineLaneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QVariant TimelineLaneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineRepository::Lane &lane = m_lanes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return name(index.row());
    case Qt::ToolTipRole:
        return QCoreApplication::translate("Atlas::TimelineLaneModel", "%1: %n item(s)", nullptr, lane.count)
            .arg(name(index.row()));
    case Qt::CheckStateRole:
        return isHidden(index.row()) ? Qt::Unchecked : Qt::Checked;
    case Qt::DecorationRole:
    case ColorRole:
        if (m_mode == TimelineLaneMode::Categories)
            return categoryColorForId(lane.key);
        return {};
    case KeyRole:
        return lane.key;
    case GroupRole:
        return lane.group;
    case KindRole:
        return lane.kind;
    case CountRole:
        return lane.count;
    default:
        return {};
    }
}

bool TimelineLaneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setHidden(index.row(), Qt::CheckState(value.toInt()) != Qt::Checked);
    return true;
}

Qt::ItemFlags TimelineLaneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool TimelineLaneModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_lanes.size() || destinationChild < 0 || destinationChild > m_lanes.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    // The lane's final row; it must stay inside its group.
    const int finalRow = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (m_lanes.at(finalRow).group != m_lanes.at(sourceRow).group)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_lanes.move(sourceRow, finalRow);
    endMoveRows();
    rememberOrder();
    emit stateChanged();
    return true;
}

QHash<int, QByteArray> TimelineLaneModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(GroupRole, "group");
    names.insert(KindRole, "kind");
    names.insert(CountRole, "count");
    names.insert(ColorRole, "color");
    return names;
}

} // namespace Atlas
