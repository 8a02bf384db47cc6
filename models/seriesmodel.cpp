#include "seriesmodel.h"

#include "formatter.h"

#include <QRegularExpression>

#include <cmath>

namespace Atlas {

SeriesModel::SeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SeriesModel::setSeries(const QList<SeriesRecord> &series)
{
    beginResetModel();
    m_series = series;
    m_rows.clear();
    for (int s = 0; s < m_series.size(); ++s) {
        for (int p = 0; p < m_series.at(s).points.size(); ++p)
            m_rows.append({ s, p });
    }
    m_scale = m_series.isEmpty() ? 1.0 : m_series.constFirst().scale;
    endResetModel();
}

void SeriesModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString SeriesModel::currency() const
{
    return m_series.isEmpty() ? QString() : m_series.constFirst().currency;
}

QString SeriesModel::unit() const
{
    return m_series.isEmpty() ? QString() : m_series.constFirst().unit;
}

int SeriesModel::firstRow(int seriesIndex) const
{
    int row = 0;
    for (int s = 0; s < seriesIndex && s < m_series.size(); ++s)
        row += int(m_series.at(s).points.size());
    return row;
}

int SeriesModel::pointCount(int seriesIndex) const
{
    return seriesIndex >= 0 && seriesIndex < m_series.size() ? int(m_series.at(seriesIndex).points.size()) : 0;
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SeriesPoint &SeriesModel::pointAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_series.at(r.series).points.at(r.point);
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeriesRecord &s = m_series.at(m_rows.at(index.row()).series);
    const SeriesPoint &p = pointAt(index.row());
    // A series in another scale (million beside billion) is converted; currencies are never mixed
    // here, because ChartCatalog only groups series of one currency.
    const double value = p.value * s.scale / m_scale;

    switch (role) {
    case SeriesIndexRole:
        return m_rows.at(index.row()).series;
    case SeriesIdRole:
        return s.id;
    case PeriodRole:
        return p.period;
    case XRole:
        return periodToX(p.period);
    case ValueRole:
        return value;
    case DerivedRole:
        return p.derived;
    case ForecastRole:
        return p.forecast;
    case DerivationRole:
        return derivation(s, p);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2: %3\n%4")
            .arg(s.publisher, Formatter::period(p.period, m_language),
                 Formatter::value(p.value, s.unit, s.currency, s.scale, m_language), derivation(s, p));
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == NumberColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (Column(index.column())) {
    case SeriesColumn:
        return s.title(m_language);
    case PeriodColumn:
        return Formatter::period(p.period, m_language);
    case ValueColumn:
        return role == Qt::EditRole ? QVariant(value) : QVariant(Formatter::value(p.value, s.unit, s.currency, s.scale, m_language));
    case NumberColumn:
        return value;
    case UnitColumn:
        return s.currency.isEmpty() ? s.unit : QStringLiteral("%1 × %2").arg(s.currency, QString::number(m_scale, 'g', 3));
    case BasisColumn:
        return p.derived ? tr("Derived") : tr("Reported");
    case ForecastColumn:
        return p.forecast ? tr("Forecast") : tr("Actual");
    case AsReportedColumn:
        return p.textKo;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeriesColumn:
        return tr("Series");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case NumberColumn:
        return tr("Number");
    case UnitColumn:
        return tr("Unit");
    case BasisColumn:
        return tr("Basis");
    case ForecastColumn:
        return tr("Actual or forecast");
    case AsReportedColumn:
        //: The number in the report's own (Korean) wording
        return tr("As the report states it");
    case ColumnCount:
        break;
    }
    return {};
}

double SeriesModel::periodToX(const QString &period)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-Q([1-4])|-(\\d{2}))?"));
    const QRegularExpressionMatch m = re.match(period);
    if (!m.hasMatch())
        return qQNaN();
    double x = m.captured(1).toDouble();
    if (!m.captured(2).isEmpty())
        x += (m.captured(2).toInt() - 1) / 4.0;
    else if (!m.captured(3).isEmpty())
        x += (m.captured(3).toInt() - 1) / 12.0;
    return x;
}

QList<double> SeriesModel::growFromCagr(double start, double rate, int years)
{
    QList<double> out;
    for (int k = 1; k <= years; ++k)
        out.append(start * std::pow(1.0 + rate, k));
    return out;
}

double SeriesModel::impliedCagr(double start, double end, double years)
{
    if (start <= 0 || end <= 0 || years <= 0)
        return qQNaN();
    return std::pow(end / start, 1.0 / years) - 1.0;
}

QList<double> SeriesModel::interpolateGeometric(double start, double end, int steps)
{
    QList<double> out;
    if (steps < 1 || start <= 0 || end <= 0)
        return out;
    for (int k = 1; k < steps; ++k)
        out.append(start * std::pow(end / start, double(k) / steps));
    return out;
}

QString SeriesModel::derivation(const SeriesRecord &series, const SeriesPoint &point)
{
    if (!point.derived)
        return series.report.line > 0 ? tr("Reported (report line %1)").arg(series.report.line) : tr("Reported");
    const double x = periodToX(point.period);
    const GrowthRate &g = series.cagr;
    if (g.isValid() && x >= periodToX(g.from) && x <= periodToX(g.to)) {
        const QString rate = Formatter::growthRate(g.value, Language::English);
        return series.report.line > 0 ? tr("Derived from CAGR %1 (report line %2)").arg(rate).arg(series.report.line)
                                      : tr("Derived from CAGR %1").arg(rate);
    }
    return tr("Derived, not stated in the report: see Sources for how");
}

} // namespace Atlas
