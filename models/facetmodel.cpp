#include "facetmodel.h"

#include "category.h"

#include <QFont>
#include <QLocale>

namespace Atlas {

namespace {
QString yearFirstDay(const QString &year)
{
    return year + QStringLiteral("-01-01");
}
QString yearLastDay(const QString &year)
{
    return year + QStringLiteral("-12-31");
}
} // namespace

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FacetModel::setSource(QSqlDatabase db, const ActorDirectory *actors)
{
    m_repository.setDatabase(db);
    m_actors = actors;
    refresh();
}

void FacetModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Each group is counted without its own part, so toggling a category leaves the category
    // counts as they were: only the groups whose filter changed run their query again.
    for (int g = 0; g < GroupCount; ++g)
        recount(Group(g), true);
    emit countsChanged();
}

ItemFilter FacetModel::groupFilter(Group group) const
{
    ItemFilter f = m_filter;
    switch (group) {
    case CategoryGroup:
        f.categories.clear();
        break;
    case ActorKindGroup:
        f.actorKinds.clear();
        break;
    case YearGroup:
        f.dateFrom.clear();
        f.dateTo.clear();
        break;
    case ActorGroup:
        f.actors.clear();
        break;
    case GroupCount:
        break;
    }
    return f;
}

void FacetModel::recount(Group group, bool onlyIfChanged)
{
    const ItemFilter f = groupFilter(group);
    if (onlyIfChanged && m_countedValid[group] && m_counted[group] == f && m_countedPicks[group] == m_filter.actors) {
        applyGroup(group, QList<Entry>(m_entries[group])); // same rows: only the check states follow the filter
        return;
    }
    applyGroup(group, countGroup(group));
    m_counted[group] = f;
    m_countedPicks[group] = m_filter.actors;
    m_countedValid[group] = m_repository.database().isValid();
}

void FacetModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void FacetModel::setShowAllActors(bool all)
{
    if (all == m_showAllActors)
        return;
    m_showAllActors = all;
    applyGroup(ActorGroup, countGroup(ActorGroup));
}

void FacetModel::setActorLimit(int limit)
{
    limit = qMax(1, limit);
    if (limit == m_actorLimit)
        return;
    m_actorLimit = limit;
    applyGroup(ActorGroup, countGroup(ActorGroup));
}

void FacetModel::refresh()
{
    for (int g = 0; g < GroupCount; ++g)
        recount(Group(g), false);
    emit countsChanged();
}

void FacetModel::retranslate()
{
    emit dataChanged(index(0, 0), index(GroupCount - 1, ColumnCount - 1));
    for (int g = 0; g < GroupCount; ++g) {
        const QModelIndex parent = index(g, 0);
        if (!m_entries[g].isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(m_entries[g].size()) - 1, ColumnCount - 1, parent));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QList<FacetModel::Entry> FacetModel::countGroup(Group group) const
{
    QList<Entry> out;
    if (!m_repository.database().isValid())
        return out;
    const ItemFilter f = groupFilter(group);
    switch (group) {
    case CategoryGroup: {
        const QList<ItemRepository::Count> counts = m_repository.categoryCounts(f);
        for (int c = 0; c < CategoryCount; ++c) {
            Entry e { categoryId(Category(c)), 0, false };
            for (const auto &count : counts) {
                if (count.key == e.key)
                    e.count = count.count;
            }
            out.append(e);
        }
        break;
    }
    case ActorKindGroup:
        for (const auto &count : m_repository.actorKindCounts(f))
            out.append({ count.key, count.count, false });
        break;
    case YearGroup:
        for (const auto &count : m_repository.yearCounts(f))
            out.append({ count.key, count.count, false });
        break;
    case ActorGroup: {
        const QList<ItemRepository::Count> counts = m_repository.actorCounts(f);
        const qsizetype limit = m_showAllActors ? counts.size() : qMin<qsizetype>(m_actorLimit, counts.size());
        for (qsizetype i = 0; i < counts.size(); ++i) {
            // Beyond the limit, keep what the filter already picked, so it can be unpicked here.
            if (i < limit || m_filter.actors.contains(counts.at(i).key))
                out.append({ counts.at(i).key, counts.at(i).count, false });
        }
        if (counts.size() > m_actorLimit)
            out.append({ QString(), int(counts.size()), true });
        break;
    }
    case GroupCount:
        break;
    }
    return out;
}

void FacetModel::applyGroup(Group group, const QList<Entry> &entries)
{
    QList<Entry> &current = m_entries[group];
    const QModelIndex parent = index(int(group), 0);
    bool sameRows = current.size() == entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = current.at(i).key == entries.at(i).key && current.at(i).more == entries.at(i).more;
    if (sameRows) {
        current = entries;
        if (!current.isEmpty()) // counts, and check states that follow the filter
            emit dataChanged(index(0, 0, parent), index(int(current.size()) - 1, ColumnCount - 1, parent));
        return;
    }
    if (!current.isEmpty()) {
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!entries.isEmpty()) {
        beginInsertRows(parent, 0, int(entries.size()) - 1);
        current = entries;
        endInsertRows();
    }
}

bool FacetModel::isSelected(Group group, const QString &key) const
{
    return checkState(group, key) == Qt::Checked;
}

Qt::CheckState FacetModel::checkState(Group group, const QString &key) const
{
    switch (group) {
    case CategoryGroup:
        return m_filter.categories.contains(key) ? Qt::Checked : Qt::Unchecked;
    case ActorKindGroup:
        return m_filter.actorKinds.contains(key) ? Qt::Checked : Qt::Unchecked;
    case ActorGroup:
        return m_filter.actors.contains(key) ? Qt::Checked : Qt::Unchecked;
    case YearGroup:
        if (m_filter.dateFrom == yearFirstDay(key) && m_filter.dateTo == yearLastDay(key))
            return Qt::Checked;
        // A wider range from the filter bar covers this year only in part of the picking sense.
        if ((!m_filter.dateFrom.isEmpty() || !m_filter.dateTo.isEmpty())
            && (m_filter.dateFrom.isEmpty() || m_filter.dateFrom <= yearFirstDay(key))
            && (m_filter.dateTo.isEmpty() || m_filter.dateTo >= yearLastDay(key)))
            return Qt::PartiallyChecked;
        return Qt::Unchecked;
    case GroupCount:
        break;
    }
    return Qt::Unchecked;
}

QString FacetModel::label(Group group, const Entry &entry) const
{
    if (entry.more) {
        return m_showAllActors ? tr("Show fewer actors")
                               : tr("Show all %n actor(s)", nullptr, entry.count);
    }
    switch (group) {
    case CategoryGroup:
        return categoryNameForId(entry.key);
    case ActorKindGroup:
        if (entry.key == u"country")
            return tr("Countries");
        if (entry.key == u"organization")
            return tr("Organisations");
        return tr("Companies and institutes");
    case YearGroup:
        //: A year in the year facet, e.g. 2023 → "2023년" in Korean.
        return tr("%1", "year").arg(entry.key);
    case ActorGroup:
        return m_actors ? m_actors->name(entry.key, m_language) : entry.key;
    case GroupCount:
        break;
    }
    return entry.key;
}

QString FacetModel::groupTitle(Group group)
{
    switch (group) {
    case CategoryGroup:
        return tr("Category");
    case ActorKindGroup:
        return tr("Actor kind");
    case YearGroup:
        return tr("Year");
    case ActorGroup:
        return tr("Actor");
    case GroupCount:
        break;
    }
    return {};
}

ItemFilter FacetModel::toggled(const QModelIndex &idx, const ItemFilter &filter) const
{
    if (!idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid) || !idx.parent().isValid())
        return filter;
    const Group group = Group(idx.parent().row());
    const Entry &entry = m_entries[group].at(idx.row());
    if (entry.more)
        return filter;
    ItemFilter f = filter;
    switch (group) {
    case CategoryGroup:
        if (!f.categories.remove(entry.key))
            f.categories.insert(entry.key);
        break;
    case ActorKindGroup:
        if (f.actorKinds.contains(entry.key))
            f.actorKinds.clear();
        else
            f.actorKinds = { entry.key };
        break;
    case YearGroup:
        if (f.dateFrom == yearFirstDay(entry.key) && f.dateTo == yearLastDay(entry.key)) {
            f.dateFrom.clear();
            f.dateTo.clear();
        } else {
            f.dateFrom = yearFirstDay(entry.key);
            f.dateTo = yearLastDay(entry.key);
        }
        break;
    case ActorGroup:
        if (!f.actors.removeAll(entry.key))
            f.actors.append(entry.key);
        break;
    case GroupCount:
        break;
    }
    return f;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= m_entries[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_entries[parent.row()].size());
    return 0;
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FacetModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() == 0) {
        const Group group = Group(idx.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return idx.column() == NameColumn ? groupTitle(group) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case GroupRole:
            return int(group);
        }
        return {};
    }
    const Group group = Group(idx.internalId() - 1);
    const Entry &entry = m_entries[group].at(idx.row());
    const QLocale locale(m_language == Language::Korean ? QLocale::Korean : QLocale::English);
    switch (role) {
    case Qt::DisplayRole:
        if (idx.column() == NameColumn)
            return label(group, entry);
        return entry.more ? QVariant() : QVariant(locale.toString(entry.count));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (entry.more)
            return label(group, entry);
        return tr("%1: %n item(s)", nullptr, entry.count).arg(label(group, entry));
    case Qt::CheckStateRole:
        if (idx.column() == NameColumn && !entry.more)
            return checkState(group, entry.key);
        break;
    case Qt::DecorationRole:
        if (idx.column() == NameColumn && group == CategoryGroup)
            return categoryColorForId(entry.key);
        break;
    case Qt::TextAlignmentRole:
        if (idx.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (entry.more) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case GroupRole:
        return int(group);
    case KeyRole:
        return entry.key;
    case CountRole:
        return entry.count;
    case SelectedRole:
        return !entry.more && isSelected(group, entry.key);
    case MoreRole:
        return entry.more;
    }
    return {};
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Facet") : tr("Items");
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &idx) const
{
    if (!idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (idx.internalId() == 0)
        return Qt::ItemIsEnabled;
    const Entry &entry = m_entries[idx.internalId() - 1].at(idx.row());
    const Group group = Group(idx.internalId() - 1);
    // A value with no items cannot narrow anything: shown greyed unless it is picked.
    if (!entry.more && entry.count == 0 && checkState(group, entry.key) == Qt::Unchecked)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(GroupRole, "group");
    names.insert(KeyRole, "key");
    names.insert(CountRole, "count");
    names.insert(SelectedRole, "selected");
    names.insert(MoreRole, "more");
    return names;
}

} // namespace Atlas
