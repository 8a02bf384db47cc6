#include "figuregroupmodel.h"

#include "actordirectory.h"
#include "formatter.h"

#include <QHash>
#include <QSet>

namespace Atlas {

namespace {

QString commonPrefix(const QStringList &texts)
{
    if (texts.isEmpty())
        return {};
    QString prefix = texts.constFirst();
    for (const QString &t : texts) {
        int n = 0;
        while (n < prefix.size() && n < t.size() && prefix.at(n) == t.at(n))
            ++n;
        prefix.truncate(n);
    }
    return prefix;
}

// Cuts a common prefix back to where a phrase ends, so "Share naming " never becomes a title.
QString cutAtPhrase(const QString &prefix, const QStringList &texts)
{
    bool whole = true;
    for (const QString &t : texts)
        whole = whole && t.startsWith(prefix) && (t.size() == prefix.size() || t.at(prefix.size()) == u' ' || t.at(prefix.size()) == u'(');
    for (const QString &t : texts) {
        if (t == prefix)
            return prefix.trimmed();
    }
    const int cut = qMax(prefix.lastIndexOf(u':'), prefix.lastIndexOf(u'('));
    if (cut > 0)
        return prefix.left(cut).trimmed();
    // "Global AI Index overall rank" + " (of 62 countries)": the prefix is a whole phrase.
    return whole ? prefix.trimmed() : QString();
}

} // namespace

FigureGroupModel::FigureGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString FigureGroupModel::mainUnitKey(const QList<FigureRecord> &figures)
{
    QHash<QString, int> counts;
    QString best;
    for (const FigureRecord &f : figures) {
        const int n = ++counts[f.unitKey()];
        if (n > counts.value(best))
            best = f.unitKey();
    }
    return best;
}

QStringList FigureGroupModel::distinctLabels(const QStringList &metrics)
{
    const QString prefix = commonPrefix(metrics);
    const int cut = qMax(prefix.lastIndexOf(u':'), prefix.lastIndexOf(u'('));
    QStringList out;
    for (const QString &m : metrics) {
        QString rest = cut > 0 && metrics.size() > 1 ? m.mid(cut + 1).trimmed() : m;
        if (prefix.lastIndexOf(u'(') == cut && cut > 0 && rest.endsWith(u')'))
            rest.chop(1);
        out << (rest.isEmpty() ? m : rest);
    }
    return out;
}

QString FigureGroupModel::groupTitle(const QList<FigureRecord> &figures, Language language)
{
    if (figures.isEmpty())
        return {};
    QStringList metrics;
    QSet<QString> items;
    for (const FigureRecord &f : figures) {
        metrics << f.metric(language);
        items.insert(f.item);
    }
    const QString common = cutAtPhrase(commonPrefix(metrics), metrics);
    if (common.size() >= 6)
        return common;
    const FigureRecord &first = figures.constFirst();
    if (items.size() == 1 && !first.item.isEmpty())
        return pickText(language, first.itemTitleKo, first.itemTitleEn);
    return metrics.constFirst();
}

void FigureGroupModel::setFigures(const QString &group, const QList<FigureRecord> &figures)
{
    beginResetModel();
    m_group = group;
    m_figures = figures;
    m_mainKey = mainUnitKey(figures);
    QStringList ko, en;
    QSet<QString> actors;
    for (const FigureRecord &f : figures) {
        ko << f.metricKo;
        en << f.metricEn;
        actors.insert(f.actor);
    }
    m_labelsKo = distinctLabels(ko);
    m_labelsEn = distinctLabels(en);
    m_actorsDistinct = actors.size() == figures.size() && figures.size() > 1;
    endResetModel();
}

void FigureGroupModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString FigureGroupModel::mainCurrency() const
{
    for (const FigureRecord &f : m_figures) {
        if (f.unitKey() == m_mainKey)
            return f.currency;
    }
    return {};
}

QString FigureGroupModel::mainUnit() const
{
    for (const FigureRecord &f : m_figures) {
        if (f.unitKey() == m_mainKey)
            return f.unit;
    }
    return {};
}

double FigureGroupModel::mainScale() const
{
    for (const FigureRecord &f : m_figures) {
        if (f.unitKey() == m_mainKey)
            return f.scale > 0 ? f.scale : 1.0;
    }
    return 1.0;
}

int FigureGroupModel::chartedCount() const
{
    int n = 0;
    for (const FigureRecord &f : m_figures)
        n += f.unitKey() == m_mainKey ? 1 : 0;
    return n;
}

int FigureGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureGroupModel::label(int row) const
{
    const FigureRecord &f = m_figures.at(row);
    if (m_actorsDistinct)
        return m_actors ? m_actors->name(f.actor, m_language) : f.actor;
    const QStringList &labels = m_language == Language::Korean ? m_labelsKo : m_labelsEn;
    const QString own = labels.value(row);
    return own.isEmpty() ? pickText(m_language, m_labelsKo.value(row), m_labelsEn.value(row)) : own;
}

QVariant FigureGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FigureRecord &f = m_figures.at(index.row());
    const double scale = f.scale > 0 ? f.scale : 1.0;
    switch (role) {
    case ValueRole:
        return f.value * scale / mainScale();
    case ActorIdRole:
        return f.actor;
    case FigureIdRole:
        return f.id;
    case KoreaRole: {
        if (f.actor == u"KOR")
            return true;
        const ActorDirectory::Actor *a = m_actors ? m_actors->actor(f.actor) : nullptr;
        return a && a->country == u"KOR";
    }
    case ChartedRole:
        return f.unitKey() == m_mainKey;
    case ReportLineRole:
        return f.report.line;
    case Qt::ToolTipRole: {
        QString tip = f.metric(m_language) + u'\n' + Formatter::value(f.value, f.unit, f.currency, scale, m_language);
        if (!f.note(m_language).isEmpty())
            tip += u"\n\n" + f.note(m_language);
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == NumberColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case LabelColumn:
        return label(index.row());
    case ActorColumn:
        return m_actors ? m_actors->name(f.actor, m_language) : f.actor;
    case MetricColumn:
        return f.metric(m_language);
    case PeriodColumn:
        return Formatter::period(f.period, m_language);
    case ValueColumn:
        return role == Qt::EditRole ? QVariant(f.value * scale) : QVariant(Formatter::value(f.value, f.unit, f.currency, scale, m_language));
    case NumberColumn:
        return f.value * scale;
    case UnitColumn:
        return f.currency.isEmpty() ? f.unit : f.currency;
    case AsReportedColumn:
        return f.textKo;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FigureGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LabelColumn:
        //: A bar of a bar chart: what it stands for
        return tr("Bar");
    case ActorColumn:
        return tr("Actor");
    case MetricColumn:
        return tr("Measure");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case NumberColumn:
        return tr("Number");
    case UnitColumn:
        return tr("Unit");
    case AsReportedColumn:
        return tr("As the report states it");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Atlas
