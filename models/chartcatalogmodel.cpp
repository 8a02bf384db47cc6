#include "chartcatalogmodel.h"

#include "actordirectory.h"
#include "figuregroupmodel.h"
#include "formatter.h"
#include "seriesmodel.h"

#include <QSet>

namespace Atlas {

ChartCatalogModel::ChartCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString ChartCatalogModel::comparisonTitle()
{
    return tr("Worldwide AI market size: forecasts compared");
}

bool ChartCatalogModel::isMarketForecast(const SeriesRecord &series)
{
    return series.scope == u"WORLD" && series.isMoney() && series.points.size() >= 2 && series.isForecast();
}

bool ChartCatalogModel::load(const SeriesRepository &repository, const ActorDirectory *actors)
{
    beginResetModel();
    m_actors = actors;
    m_series = repository.allSeries();
    m_entries.clear();
    m_error = repository.lastError();
    QList<FigureRecord> figures;
    if (m_error.isEmpty()) {
        figures = repository.groupedFigures();
        m_error = repository.lastError();
    }

    Entry compare { Kind::Comparison, comparisonId(), {}, {} };
    for (int i = 0; i < m_series.size(); ++i) {
        const SeriesRecord &s = m_series.at(i);
        if (isMarketForecast(s) && (compare.series.isEmpty() || m_series.at(compare.series.constFirst()).currency == s.currency))
            compare.series << i;
    }
    if (compare.series.size() >= 2)
        m_entries << compare;
    // Forecasts first (they are what a presenter looks for), then the other series.
    for (const bool forecasts : { true, false }) {
        for (int i = 0; i < m_series.size(); ++i) {
            if (m_series.at(i).isForecast() == forecasts)
                m_entries << Entry { Kind::Series, m_series.at(i).id, { i }, {} };
        }
    }
    for (const FigureRecord &f : std::as_const(figures)) {
        if (m_entries.isEmpty() || m_entries.constLast().kind != Kind::FigureGroup || m_entries.constLast().id != f.group)
            m_entries << Entry { Kind::FigureGroup, f.group, {}, {} };
        m_entries.last().figures << f;
    }
    endResetModel();
    return m_error.isEmpty();
}

void ChartCatalogModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ChartCatalogModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

ChartCatalogModel::Kind ChartCatalogModel::kind(int row) const
{
    return m_entries.at(row).kind;
}

QString ChartCatalogModel::id(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

QList<SeriesRecord> ChartCatalogModel::seriesOf(int row) const
{
    QList<SeriesRecord> out;
    if (row < 0 || row >= m_entries.size())
        return out;
    for (int i : m_entries.at(row).series)
        out << m_series.at(i);
    return out;
}

QList<FigureRecord> ChartCatalogModel::figuresOf(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).figures : QList<FigureRecord>();
}

QString ChartCatalogModel::title(int row, Language language) const
{
    const Entry &e = m_entries.at(row);
    switch (e.kind) {
    case Kind::Comparison:
        return comparisonTitle();
    case Kind::Series:
        return m_series.at(e.series.constFirst()).title(language);
    case Kind::FigureGroup:
        return FigureGroupModel::groupTitle(e.figures, language);
    }
    return {};
}

QString ChartCatalogModel::subtitle(const Entry &e) const
{
    switch (e.kind) {
    case Kind::Comparison: {
        QStringList publishers;
        for (int i : e.series) {
            if (!publishers.contains(m_series.at(i).publisher))
                publishers << m_series.at(i).publisher;
        }
        return publishers.join(QStringLiteral(", "));
    }
    case Kind::Series: {
        const SeriesRecord &s = m_series.at(e.series.constFirst());
        QString text = tr("%1 · %n point(s)", nullptr, int(s.points.size())).arg(s.publisher);
        if (s.cagr.isValid())
            text += u" · " + tr("CAGR %1").arg(Formatter::growthRate(s.cagr.value, m_language));
        return text;
    }
    case Kind::FigureGroup: {
        QSet<QString> actors;
        for (const FigureRecord &f : e.figures)
            actors.insert(f.actor);
        QString text = tr("%n figure(s)", nullptr, int(e.figures.size()));
        const FigureRecord &first = e.figures.constFirst();
        if (!first.unit.isEmpty() || !first.currency.isEmpty())
            text += u" · " + Formatter::unitLabel(first.unit, first.currency, m_language);
        if (actors.size() == 1 && m_actors)
            text += u" · " + m_actors->name(first.actor, m_language);
        return text;
    }
    }
    return {};
}

int ChartCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChartCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(index.row(), m_language);
    case Qt::ToolTipRole:
        return QString(title(index.row(), m_language) + u"\n" + subtitle(e));
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case SubtitleRole:
        return subtitle(e);
    case SearchTextRole: {
        QStringList parts { e.id, title(index.row(), Language::Korean), title(index.row(), Language::English) };
        for (int i : e.series)
            parts << m_series.at(i).publisher << m_series.at(i).scope;
        for (const FigureRecord &f : e.figures) {
            parts << f.metricKo << f.metricEn << f.actor;
            if (m_actors)
                parts << m_actors->name(f.actor, Language::Korean) << m_actors->name(f.actor, Language::English);
        }
        return parts.join(u'\n');
    }
    case ShapeRole:
        if (e.kind == Kind::FigureGroup)
            return int(Shape::Bars);
        return int(m_series.at(e.series.constFirst()).isForecast() || e.kind == Kind::Comparison ? Shape::Lines : Shape::Bars);
    case ThumbnailValuesRole: {
        QVariantList lines;
        if (e.kind == Kind::FigureGroup) {
            const QString key = FigureGroupModel::mainUnitKey(e.figures);
            QVariantList bars;
            for (const FigureRecord &f : e.figures) {
                if (f.unitKey() == key)
                    bars << f.value;
            }
            lines << QVariant(bars);
            return lines;
        }
        for (int i : e.series) {
            QVariantList points;
            for (const SeriesPoint &p : m_series.at(i).points)
                points << QVariant(QVariantList { SeriesModel::periodToX(p.period), p.value * m_series.at(i).scale });
            lines << QVariant(points);
        }
        return lines;
    }
    case HighlightRole: {
        const QString key = FigureGroupModel::mainUnitKey(e.figures);
        int bar = 0;
        for (const FigureRecord &f : e.figures) {
            if (f.unitKey() != key)
                continue;
            if (f.actor == u"KOR")
                return bar;
            ++bar;
        }
        return -1;
    }
    default:
        break;
    }
    return {};
}

} // namespace Atlas
