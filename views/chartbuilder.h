#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QColor>

class QAbstractItemModel;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Atlas {

class FigureGroupModel;
class SeriesModel;

struct ChartOptions
{
    Language language = Language::English;
    bool logScale = false; // lines only
    bool band = true; // the spread between publishers, when there are several
    bool tooltips = true; // on screen; an export has none
    bool legend = true; // on screen, the coloured publisher boxes above the chart are the legend
    qreal fontScale = 1.0; // exports draw larger type
    qreal widthHint = 0; // the chart's width in pixels, when known: thins the axis labels
};

// The small adapter between the models and Qt Charts (STYLE.md rule 6): it reads a SeriesModel or
// a FigureGroupModel through their roles and fills a QChart. Axis ticks are labelled by
// Formatter, so "1조 5,000억" on the axis reads like "1조 8,475억 달러" in the table. The same code
// draws the chart on screen and into an export, so both always agree.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::ChartBuilder)

public:
    // Lines over time: one per series, derived stretches dashed, derived points hollow,
    // optionally the band between the lowest and highest publisher.
    static void buildLines(QChart *chart, const SeriesModel *model, const ChartOptions &options);
    // Bars over periods, for a series that is no forecast (investment, budgets): derived bars hatched.
    static void buildSeriesBars(QChart *chart, const SeriesModel *model, const ChartOptions &options);
    // Horizontal bars, one per row of `rows` (a FigureGroupModel, or a sorting proxy over one) in
    // the group's main unit; Korea highlighted.
    static void buildFigureBars(QChart *chart, const QAbstractItemModel *rows, const FigureGroupModel *group,
                                const ChartOptions &options);

    // Okabe–Ito, in an order that keeps neighbours apart; colour-blind safe.
    static QColor lineColor(int index);
    static QColor barColor() { return QColor(0x00, 0x72, 0xB2); }
    static QColor highlightColor() { return QColor(0xD5, 0x5E, 0x00); }
};

} // namespace Atlas
