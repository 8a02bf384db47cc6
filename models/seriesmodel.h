#pragma once

#include "language.h"
#include "seriesrepository.h"

#include <QAbstractTableModel>

namespace Atlas {

// The points of one or more series, one row per point, in one common currency scale so that
// several publishers' forecasts can be drawn on one axis. Charts read it through ChartBuilder;
// the Table tab shows it; the CSV export writes it.
class SeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeriesColumn, // the series' title, which names its publisher
        PeriodColumn,
        ValueColumn, // formatted per language
        NumberColumn, // the value in the common scale, as a number
        UnitColumn,
        BasisColumn, // reported or derived
        ForecastColumn,
        AsReportedColumn, // the report's own wording
        ColumnCount
    };
    enum Role {
        SeriesIndexRole = Qt::UserRole + 1, // which series of the model the row belongs to
        SeriesIdRole,
        PeriodRole, // the raw period text
        XRole, // the period as a decimal year: 2023-Q2 → 2023.25
        ValueRole, // the value in commonScale(), a double
        DerivedRole,
        ForecastRole,
        DerivationRole, // how a derived point was computed: "Derived from CAGR 36.8% (report line 835)"
    };

    explicit SeriesModel(QObject *parent = nullptr);

    void setSeries(const QList<SeriesRecord> &series);
    const QList<SeriesRecord> &series() const { return m_series; }
    Language language() const { return m_language; }
    void setLanguage(Language language);

    // All series are shown in the currency and scale of the first one (10⁹ for the market forecasts).
    double commonScale() const { return m_scale; }
    QString currency() const;
    QString unit() const;
    // The first row of series i, and how many points it has.
    int firstRow(int seriesIndex) const;
    int pointCount(int seriesIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The period as a decimal year, the x of a chart: "2023" → 2023, "2023-Q3" → 2023.5, "2023-07" → 2023.5.
    static double periodToX(const QString &period);
    // Values grown at a constant annual rate: start × (1 + rate)^k for k = 1 … years.
    static QList<double> growFromCagr(double start, double rate, int years);
    // The constant rate that leads from start to end in `years` years.
    static double impliedCagr(double start, double end, double years);
    // Values between two stated ends at a constant rate (what the dataset's derived points are).
    static QList<double> interpolateGeometric(double start, double end, int steps);
    // How a point came about, as the tooltip and the Table say it.
    static QString derivation(const SeriesRecord &series, const SeriesPoint &point);

private:
    struct Row
    {
        int series;
        int point;
    };
    const SeriesPoint &pointAt(int row) const;

    QList<SeriesRecord> m_series;
    QList<Row> m_rows;
    Language m_language = Language::English;
    double m_scale = 1;
};

} // namespace Atlas
