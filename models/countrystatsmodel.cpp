#include "countrystatsmodel.h"

#include "category.h"
#include "formatter.h"

#include <QDate>

#include <algorithm>

namespace Atlas {

CountryStatsModel::CountryStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CountryStatsModel::setDatabase(QSqlDatabase db)
{
    m_repository = CountryStatsRepository(db);
    refresh();
}

void CountryStatsModel::setDirectory(const ActorDirectory *directory)
{
    m_directory = directory;
    rebuildRows();
}

void CountryStatsModel::rebuildRows()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    if (m_directory) {
        for (const ActorDirectory::Actor &a : m_directory->actors()) {
            if (a.kind == u"country" || a.kind == u"union" || a.kind == u"organization") {
                m_rows.insert(a.id, int(m_ids.size()));
                m_ids << a.id;
            }
        }
    }
    endResetModel();
    refresh();
}

void CountryStatsModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), { Qt::DisplayRole });
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CountryStatsModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void CountryStatsModel::setCutoff(const QString &lastDay, bool cumulative)
{
    if (lastDay == m_cutoff && cumulative == m_cumulative)
        return;
    m_cutoff = lastDay;
    m_cumulative = cumulative;
    refresh();
}

void CountryStatsModel::setCategory(const QString &categoryId)
{
    if (categoryId == m_category)
        return;
    m_category = categoryId;
    refresh();
}

void CountryStatsModel::setCompaniesAtHome(bool on)
{
    if (on == m_companiesAtHome)
        return;
    m_companiesAtHome = on;
    refresh();
}

void CountryStatsModel::setMeasure(Measure measure, const QString &figureGroup)
{
    if (measure == m_measure && figureGroup == m_figureGroup)
        return;
    m_measure = measure;
    m_figureGroup = measure == Measure::Figure ? figureGroup : QString();
    refresh();
}

ItemFilter CountryStatsModel::effectiveFilter() const
{
    ItemFilter f = m_filter;
    if (!m_category.isEmpty()) {
        // The chosen layer within what the shared filter lets through.
        if (f.categories.isEmpty() || f.categories.contains(m_category))
            f.categories = { m_category };
        else
            f.categories = { QStringLiteral("-") }; // matches nothing: the filter excludes this layer
    }
    if (!m_cutoff.isEmpty()) {
        if (f.dateTo.isEmpty() || m_cutoff < f.dateTo)
            f.dateTo = m_cutoff;
        if (!m_cumulative) {
            const QDate last = QDate::fromString(m_cutoff, Qt::ISODate);
            const QString first = QDate(last.year(), last.month(), 1).toString(Qt::ISODate);
            if (f.dateFrom.isEmpty() || first > f.dateFrom)
                f.dateFrom = first;
        }
    }
    return f;
}

void CountryStatsModel::refresh()
{
    if (!m_repository.database().isOpen())
        return; // not set up yet
    const ItemFilter f = effectiveFilter();
    m_counts = m_repository.counts(f, m_companiesAtHome);
    m_subnational = m_repository.subnationalCounts(f);
    // The legend's scale: the same filter over the whole time range.
    QHash<QString, CountryStatsRepository::CategoryCounts> all = m_counts;
    if (!m_cutoff.isEmpty()) {
        ItemFilter whole = m_filter;
        whole.categories = f.categories;
        all = m_repository.counts(whole, m_companiesAtHome);
    }
    m_scaleMaximum = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const auto row = m_rows.constFind(it.key());
        if (row == m_rows.constEnd() || !m_directory)
            continue;
        const ActorDirectory::Actor *a = m_directory->actor(it.key());
        if (a && a->kind == u"country")
            m_scaleMaximum = std::max(m_scaleMaximum, countOf(*it));
    }
    m_figures.clear();
    m_figureUnit.clear();
    if (m_measure == Measure::Figure && !m_figureGroup.isEmpty()) {
        for (const CountryStatsRepository::Figure &fig : m_repository.figuresInGroup(m_figureGroup)) {
            // The latest period wins where an actor has several.
            if (!m_figures.contains(fig.actor))
                m_figures.insert(fig.actor, fig);
            if (m_figureUnit.isEmpty())
                m_figureUnit = fig.unit;
        }
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit refreshed();
}

int CountryStatsModel::countOf(const CountryStatsRepository::CategoryCounts &c) const
{
    Category category;
    if (!m_category.isEmpty() && categoryFromId(m_category, &category))
        return c[int(category)];
    return c[0] + c[1] + c[2] + c[3];
}

int CountryStatsModel::rowOfId(const QString &id) const
{
    return m_rows.value(id, -1);
}

QString CountryStatsModel::idAt(int row) const
{
    return m_ids.value(row);
}

int CountryStatsModel::itemCount(const QString &id) const
{
    const auto it = m_counts.constFind(id);
    return it == m_counts.constEnd() ? 0 : countOf(*it);
}

QVariant CountryStatsModel::value(const QString &id) const
{
    if (m_measure == Measure::Figure) {
        const auto it = m_figures.constFind(id);
        return it == m_figures.constEnd() ? QVariant() : QVariant(it->value);
    }
    // An actor of the dataset has data, zero included; anything else has none.
    if (!m_rows.contains(id))
        return {};
    return itemCount(id);
}

QList<double> CountryStatsModel::figureValues() const
{
    QList<double> out;
    for (const auto &f : m_figures)
        out << f.value;
    return out;
}

const CountryStatsRepository::Figure *CountryStatsModel::figure(const QString &id) const
{
    const auto it = m_figures.constFind(id);
    return it == m_figures.constEnd() ? nullptr : &*it;
}

QList<CountryStatsRepository::TopItem> CountryStatsModel::topItems(const QString &id, int limit) const
{
    return m_repository.topItems(id, effectiveFilter(), m_companiesAtHome, limit);
}

int CountryStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CountryStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const ActorDirectory::Actor *actor = m_directory ? m_directory->actor(id) : nullptr;
    const auto counts = m_counts.value(id);
    switch (role) {
    case IdRole:
        return id;
    case KindRole:
        return actor ? actor->kind : QString();
    case ValueRole:
        return value(id);
    case MemberCountRole:
        return actor ? int(actor->members.size()) : 0;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameColumn:
            return actor ? actor->name(m_language) : id;
        case TotalColumn:
            return counts[0] + counts[1] + counts[2] + counts[3];
        case PolicyColumn:
        case IndustryColumn:
        case ResearchColumn:
        case WorkforceColumn:
            return counts[index.column() - PolicyColumn];
        case FigureColumn: {
            const auto it = m_figures.constFind(id);
            return it == m_figures.constEnd() ? QVariant() : QVariant(it->value);
        }
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && actor) // both names: the list elides long ones
            return QStringLiteral("%1\n%2").arg(actor->name(m_language),
                                                 actor->name(m_language == Language::Korean ? Language::English
                                                                                            : Language::Korean));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CountryStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TotalColumn:
        return tr("Items");
    case PolicyColumn:
    case IndustryColumn:
    case ResearchColumn:
    case WorkforceColumn:
        return categoryName(Category(section - PolicyColumn));
    case FigureColumn:
        return tr("Figure");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Atlas
