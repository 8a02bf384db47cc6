#pragma once

#include "language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Atlas {

// Where a number comes from: the original citation, and where the report states it.
struct SourceRef
{
    QString citation;
    QString url;
    int footnote = 0;
};

struct ReportRef
{
    QString sectionKo, sectionEn;
    int line = 0;
};

struct SeriesPoint
{
    QString period; // YYYY, YYYY-Qn or YYYY-MM
    double value = 0; // in the series' scale
    bool derived = false; // basis "derived": computed, not stated by the report
    bool forecast = false;
    QString textKo; // the report's own wording
};

// A compound annual growth rate stated for a span of periods.
struct GrowthRate
{
    double value = 0; // a fraction: 0.368 = 36.8 %
    QString from, to;
    bool derived = false;
    bool isValid() const { return !from.isEmpty() && !to.isEmpty(); }
};

// One series of the interchange format (DATA-MODEL.md), with its points in order.
struct SeriesRecord
{
    QString id;
    QString publisher;
    QString titleKo, titleEn;
    QString scope;
    QString currency; // or unit
    double scale = 1;
    QString unit;
    QString published;
    GrowthRate cagr;
    ReportRef report;
    QString noteKo, noteEn;
    QList<SourceRef> sources;
    QList<SeriesPoint> points;

    bool isValid() const { return !id.isEmpty(); }
    QString title(Language l) const { return pickText(l, titleKo, titleEn); }
    QString note(Language l) const { return pickText(l, noteKo, noteEn); }
    bool isMoney() const { return !currency.isEmpty(); }
    // A forecast draws as a line (with its CAGR); anything else, as bars.
    bool isForecast() const;
};

// One figure (DATA-MODEL.md) with the item it belongs to.
struct FigureRecord
{
    QString id;
    QString actor;
    QString period;
    QString metricKo, metricEn;
    double value = 0;
    QString currency;
    double scale = 1;
    QString unit;
    QString group;
    QString textKo;
    QString item;
    QString itemTitleKo, itemTitleEn;
    ReportRef report;
    QString noteKo, noteEn;
    QList<SourceRef> sources;

    QString metric(Language l) const { return pickText(l, metricKo, metricEn); }
    QString note(Language l) const { return pickText(l, noteKo, noteEn); }
    // Figures chart together only when they are in the same unit: "rank", "USD@1e9" …
    QString unitKey() const;
};

// Reads series and figures for the charts. Views get plain values from here, never a query.
class SeriesRepository
{
public:
    explicit SeriesRepository(QSqlDatabase db = {});
    void setDatabase(QSqlDatabase db) { m_db = db; }

    // Every series with its points, in dataset order.
    QList<SeriesRecord> allSeries() const;
    SeriesRecord series(const QString &id) const;
    // Every figure that belongs to a group, ordered by group and dataset order.
    QList<FigureRecord> groupedFigures() const;
    QList<FigureRecord> figureGroup(const QString &group) const;
    // Every figure of one actor, newest period first (country profiles).
    QList<FigureRecord> figuresOfActor(const QString &actorId) const;
    QString lastError() const { return m_error; }

private:
    QList<SeriesRecord> readSeries(const QString &id) const;
    // whereSql is ours (never user text); values are bound in order.
    QList<FigureRecord> readFigures(const QString &whereSql, const QVariantList &values, const QString &orderBy) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
