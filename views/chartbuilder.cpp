#include "chartbuilder.h"

#include "theme.h"

#include "figuregroupmodel.h"
#include "formatter.h"
#include "niceaxis.h"
#include "seriesmodel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QPointer>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>
#include <functional>

namespace Atlas {

namespace {

struct Label
{
    QPointF value; // in the series' domain
    QString text;
    enum Side { Right, Above } side;
    QColor color;
};

QFont scaledFont(qreal pointSize, qreal scale, bool bold = false)
{
    QFont f;
    f.setPointSizeF(pointSize * scale);
    f.setBold(bold);
    return f;
}

// On screen the chart follows the theme; an export is always drawn in the light colours.
ThemeColors colorsFor(const ChartOptions &o)
{
    return o.tooltips ? Theme::instance()->colors() : Theme::printColors();
}

// After the series and axes are in: the theme's background, text, grid and axis colours.
void themeChart(QChart *chart, const ChartOptions &o)
{
    const ThemeColors c = colorsFor(o);
    chart->setBackgroundBrush(c.chartBackground);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(c.chartText);
    chart->legend()->setLabelColor(c.chartText);
    chart->legend()->setBrush(Qt::NoBrush);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(c.chartText);
        axis->setTitleBrush(c.chartText);
        axis->setGridLineColor(c.chartGrid);
        axis->setLinePen(QPen(c.chartAxis, c.outlineWidth));
    }
}

QColor labelColor(const ChartOptions &o)
{
    return colorsFor(o).chartLabel;
}

void prepare(QChart *chart, const ChartOptions &o)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTheme(colorsFor(o).chartTheme);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(scaledFont(9.5, o.fontScale));
    chart->setLocale(localeFor(o.language));
}

// Labels beside points or above bars that follow the plot when the chart is resized. They are
// items of the chart, so exports draw them too.
void placeLabels(QChart *chart, QAbstractSeries *series, const QList<Label> &labels, const QFont &font)
{
    QList<QGraphicsSimpleTextItem *> items;
    for (const Label &l : labels) {
        auto *item = new QGraphicsSimpleTextItem(l.text, chart);
        item->setFont(font);
        item->setBrush(l.color);
        item->setZValue(100);
        items << item;
    }
    const QPointer<QChart> guard(chart);
    const auto reposition = [guard, series, labels, items] {
        if (!guard)
            return;
        QList<QRectF> placed;
        for (int i = 0; i < labels.size(); ++i) {
            const QPointF p = guard->mapToPosition(labels.at(i).value, series);
            const QRectF box = items.at(i)->boundingRect();
            QRectF r = labels.at(i).side == Label::Right ? QRectF(QPointF(p.x() + 6, p.y() - box.height() / 2), box.size())
                                                         : QRectF(QPointF(p.x() - box.width() / 2, p.y() - box.height() - 3), box.size());
            // Two line ends close together: move the later label below the one already placed.
            for (bool moved = true; moved;) {
                moved = false;
                for (const QRectF &other : std::as_const(placed)) {
                    if (r.intersects(other)) {
                        r.moveTop(other.bottom() + 1);
                        moved = true;
                    }
                }
            }
            placed << r;
            items.at(i)->setPos(r.topLeft());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, reposition);
    reposition();
}

// An axis whose ticks carry Formatter's labels. `position` maps a value to the axis (log10 on a log scale).
QCategoryAxis *tickAxis(const NiceAxis &nice, const std::function<QString(double)> &label,
                        const std::function<double(double)> &position, const ChartOptions &o)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double lo = position(nice.min);
    const double hi = position(nice.max);
    axis->setRange(lo, hi);
    axis->setStartValue(lo - (hi - lo) * 1e-6);
    QStringList used;
    for (double t : nice.ticks) {
        QString text = label(t);
        while (used.contains(text))
            text += QChar(0x200B); // QCategoryAxis needs distinct labels
        used << text;
        axis->append(text, position(t));
    }
    axis->setLabelsFont(scaledFont(9, o.fontScale));
    axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
    axis->setLinePenColor(QColor(0xbb, 0xbb, 0xbb));
    return axis;
}

void showTip(const QString &text, bool show)
{
    if (show)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

QString elided(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1).trimmed() + QChar(0x2026);
}

} // namespace

QColor ChartBuilder::lineColor(int index)
{
    static const QColor palette[] = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                      QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                      QColor(0x33, 0x33, 0x33) };
    return palette[index % int(std::size(palette))];
}

void ChartBuilder::buildLines(QChart *chart, const SeriesModel *model, const ChartOptions &o)
{
    prepare(chart, o);
    const Language lang = o.language;
    const bool log = o.logScale;
    const auto plotY = [log](double v) { return log ? std::log10(v) : v; };

    struct Pt
    {
        double x, y, value;
        bool derived;
        int row;
    };
    QMap<int, QList<Pt>> bySeries;
    double minV = qInf(), maxV = -qInf(), minX = qInf(), maxX = -qInf();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        const double v = i.data(SeriesModel::ValueRole).toDouble();
        const double x = i.data(SeriesModel::XRole).toDouble();
        if (std::isnan(x) || (log && v <= 0))
            continue;
        bySeries[i.data(SeriesModel::SeriesIndexRole).toInt()] << Pt { x, plotY(v), v, i.data(SeriesModel::DerivedRole).toBool(), r };
        minV = std::min(minV, v);
        maxV = std::max(maxV, v);
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
    }
    if (bySeries.isEmpty())
        return;
    chart->legend()->setVisible(o.legend || bySeries.size() == 1);
    if (bySeries.size() > 1)
        chart->legend()->setAlignment(Qt::AlignRight); // full titles: they say which market each publisher measures

    const NiceAxis nice = log ? NiceAxis::logarithmic(minV, maxV) : NiceAxis::linear(minV, maxV, 6);
    const QString unit = model->unit();
    const double scale = model->commonScale();
    auto *yAxis = tickAxis(
        nice, [&](double t) { return Formatter::value(t, unit, QString(), scale, lang, Formatter::Style::Compact); },
        [log](double v) { return log ? std::log10(v) : v; }, o);
    yAxis->setTitleText(model->currency().isEmpty() ? Formatter::unitLabel(unit, QString(), lang)
                                                    : Formatter::currencyName(model->currency(), lang));
    yAxis->setTitleFont(scaledFont(9, o.fontScale));

    // Whole years on x; room on the right for the end labels.
    const int firstYear = int(std::floor(minX));
    const int lastYear = int(std::ceil(maxX));
    const int span = std::max(1, lastYear - firstYear);
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(firstYear - 0.4, lastYear + 0.4 + span * 0.16);
    xAxis->setStartValue(firstYear - 0.5);
    // About 56 pixels per label: every year on a slide, every other year in a narrow window.
    const int yearStep = o.widthHint > 0 && o.widthHint / (span + 1) < 56 ? 2 : span > 14 ? 2 : 1;
    for (int y = firstYear; y <= lastYear; y += yearStep)
        xAxis->append(QString::number(y), y);
    xAxis->setLabelsFont(scaledFont(9, o.fontScale));
    xAxis->setGridLineVisible(false);
    xAxis->setLinePenColor(QColor(0xbb, 0xbb, 0xbb));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // The band first, so the lines draw over it: at every x where two or more series are defined
    // (between their first and last points, interpolated straight in the plotted space, as the
    // lines are drawn), from the lowest to the highest.
    if (o.band && bySeries.size() >= 2) {
        QList<double> xs;
        for (const QList<Pt> &pts : std::as_const(bySeries)) {
            for (const Pt &p : pts) {
                if (!xs.contains(p.x))
                    xs << p.x;
            }
        }
        std::sort(xs.begin(), xs.end());
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (double x : std::as_const(xs)) {
            double lo = qInf(), hi = -qInf();
            int n = 0;
            for (const QList<Pt> &pts : std::as_const(bySeries)) {
                for (int k = 0; k < pts.size(); ++k) {
                    const bool exact = pts.at(k).x == x;
                    const bool between = k + 1 < pts.size() && pts.at(k).x < x && pts.at(k + 1).x > x;
                    if (!exact && !between)
                        continue;
                    double y = pts.at(k).y;
                    if (between) {
                        const double t = (x - pts.at(k).x) / (pts.at(k + 1).x - pts.at(k).x);
                        y = pts.at(k).y + t * (pts.at(k + 1).y - pts.at(k).y);
                    }
                    lo = std::min(lo, y);
                    hi = std::max(hi, y);
                    ++n;
                    break;
                }
            }
            if (n >= 2) {
                upper->append(x, hi);
                lower->append(x, lo);
            }
        }
        if (upper->count() >= 2) {
            auto *band = new QAreaSeries(upper, lower);
            // QAreaSeries does not own its boundary lines: the band does, so they go with the chart.
            upper->setParent(band);
            lower->setParent(band);
            band->setName(tr("Spread between publishers"));
            band->setColor(QColor(0x99, 0x99, 0x99, 60));
            band->setBorderColor(QColor(0x99, 0x99, 0x99, 0));
            chart->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(yAxis);
        } else {
            delete upper;
            delete lower;
        }
    }

    QFont labelFont = scaledFont(8.5, o.fontScale, true);
    QList<Label> endLabels;
    QAbstractSeries *labelAnchor = nullptr;
    int colorIndex = 0;
    for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it, ++colorIndex) {
        const QList<Pt> &pts = it.value();
        const SeriesRecord &record = model->series().at(it.key());
        const QColor color = lineColor(colorIndex);
        QString name = record.title(lang);
        if (record.cagr.isValid())
            name = tr("%1 (CAGR %2)").arg(name, Formatter::growthRate(record.cagr.value, lang));

        // Runs of segments in one style: solid between reported points, dashed where a derived point is an end.
        bool named = false;
        QAbstractSeries *anchor = nullptr;
        int k = 0;
        while (k + 1 < pts.size()) {
            const bool dashed = pts.at(k).derived || pts.at(k + 1).derived;
            auto *line = new QLineSeries;
            line->append(pts.at(k).x, pts.at(k).y);
            while (k + 1 < pts.size() && (pts.at(k).derived || pts.at(k + 1).derived) == dashed) {
                line->append(pts.at(k + 1).x, pts.at(k + 1).y);
                ++k;
            }
            QPen pen(color, 2.5 * std::max(1.0, o.fontScale * 0.8));
            pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
            line->setPen(pen);
            line->setName(name);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            if (named)
                chart->legend()->markers(line).constFirst()->setVisible(false);
            named = true;
            anchor = anchor ? anchor : line;
        }
        for (const bool derived : { false, true }) {
            auto *dots = new QScatterSeries;
            dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            dots->setMarkerSize((derived ? 9 : 10) * o.fontScale);
            dots->setColor(derived ? colorsFor(o).chartBackground : color);
            dots->setBorderColor(color);
            dots->setPen(QPen(color, 2));
            dots->setName(name);
            QList<int> rows;
            for (const Pt &p : pts) {
                if (p.derived == derived) {
                    dots->append(p.x, p.y);
                    rows << p.row;
                }
            }
            if (dots->count() == 0) {
                delete dots;
                continue;
            }
            chart->addSeries(dots);
            dots->attachAxis(xAxis);
            dots->attachAxis(yAxis);
            if (named)
                chart->legend()->markers(dots).constFirst()->setVisible(false);
            named = true;
            anchor = anchor ? anchor : dots;
            if (o.tooltips) {
                QObject::connect(dots, &QScatterSeries::hovered, dots, [model, dots, rows](const QPointF &point, bool state) {
                    for (int j = 0; j < dots->count(); ++j) {
                        if (qFuzzyCompare(dots->at(j).x(), point.x()) && qFuzzyCompare(dots->at(j).y() + 1, point.y() + 1))
                            return showTip(model->index(rows.at(j), 0).data(Qt::ToolTipRole).toString(), state);
                    }
                });
            }
        }
        const Pt &last = pts.constLast();
        QString end = Formatter::value(last.value, record.unit, QString(), scale, lang, Formatter::Style::Compact);
        endLabels << Label { QPointF(last.x, last.y), end, Label::Right, colorsFor(o).dark ? color.lighter(125) : color.darker(115) };
        labelAnchor = labelAnchor ? labelAnchor : anchor;
    }
    // Highest first, so a lower label gives way downwards.
    std::sort(endLabels.begin(), endLabels.end(), [](const Label &a, const Label &b) { return a.value.y() > b.value.y(); });
    themeChart(chart, o);
    if (labelAnchor)
        placeLabels(chart, labelAnchor, endLabels, labelFont);
}

void ChartBuilder::buildSeriesBars(QChart *chart, const SeriesModel *model, const ChartOptions &o)
{
    prepare(chart, o);
    const Language lang = o.language;
    auto *reported = new QBarSet(tr("Reported"));
    auto *derived = new QBarSet(tr("Derived (computed)"));
    reported->setColor(barColor());
    reported->setBorderColor(barColor());
    QBrush hatch(barColor(), Qt::BDiagPattern);
    derived->setBrush(hatch);
    derived->setBorderColor(barColor());
    QStringList categories;
    QList<Label> labels;
    double maxV = 0, minV = 0;
    const QString unit = model->unit();
    const double scale = model->commonScale();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        const double v = i.data(SeriesModel::ValueRole).toDouble();
        const bool d = i.data(SeriesModel::DerivedRole).toBool();
        *reported << (d ? 0.0 : v);
        *derived << (d ? v : 0.0);
        categories << model->index(r, SeriesModel::PeriodColumn).data().toString();
        labels << Label { QPointF(r, v), Formatter::value(v, unit, model->currency(), scale, lang), Label::Above, labelColor(o) };
        maxV = std::max(maxV, v);
        minV = std::min(minV, v);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(reported);
    if (derived->sum() != 0)
        bars->append(derived);
    else
        delete derived;
    bars->setBarWidth(0.55);
    chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setLabelsFont(scaledFont(9, o.fontScale));
    xAxis->setGridLineVisible(false);
    const NiceAxis nice = NiceAxis::linear(minV, maxV, 5);
    auto *yAxis = tickAxis(
        nice, [&](double t) { return Formatter::value(t, unit, QString(), scale, lang, Formatter::Style::Compact); },
        [](double v) { return v; }, o);
    yAxis->setTitleText(model->currency().isEmpty() ? Formatter::unitLabel(unit, QString(), lang)
                                                    : Formatter::currencyName(model->currency(), lang));
    yAxis->setTitleFont(scaledFont(9, o.fontScale));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    chart->legend()->setVisible(bars->count() > 1);
    if (o.tooltips) {
        for (QBarSet *set : bars->barSets()) {
            QObject::connect(set, &QBarSet::hovered, set, [model](bool state, int index) {
                showTip(model->index(index, 0).data(Qt::ToolTipRole).toString(), state);
            });
        }
    }
    themeChart(chart, o);
    placeLabels(chart, bars, labels, scaledFont(9, o.fontScale, true));
}

void ChartBuilder::buildFigureBars(QChart *chart, const QAbstractItemModel *rows, const FigureGroupModel *group,
                                   const ChartOptions &o)
{
    prepare(chart, o);
    const Language lang = o.language;
    struct Bar
    {
        QString label;
        double value;
        bool korea;
        QString tip;
        QString text;
    };
    QList<Bar> bars;
    const double scale = group->mainScale();
    const QString unit = group->mainUnit();
    const QString currency = group->mainCurrency();
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QModelIndex i = rows->index(r, FigureGroupModel::LabelColumn);
        if (!i.data(FigureGroupModel::ChartedRole).toBool())
            continue;
        const double v = i.data(FigureGroupModel::ValueRole).toDouble();
        bars << Bar { i.data().toString(), v, i.data(FigureGroupModel::KoreaRole).toBool(), i.data(Qt::ToolTipRole).toString(),
                      Formatter::value(v, unit, currency, scale, lang) };
    }
    // A horizontal bar chart fills from the bottom: reverse, so the first row is on top.
    std::reverse(bars.begin(), bars.end());
    auto *set = new QBarSet(group->title(lang));
    set->setColor(barColor());
    set->setBorderColor(barColor());
    set->setSelectedColor(highlightColor());
    QStringList categories;
    QList<Label> labels;
    double maxV = 0, minV = 0;
    for (int b = 0; b < bars.size(); ++b) {
        *set << bars.at(b).value;
        QString label = elided(bars.at(b).label, 44);
        while (categories.contains(label))
            label += QChar(0x200B);
        categories << label;
        labels << Label { QPointF(bars.at(b).value, b), bars.at(b).text, Label::Right,
                          bars.at(b).korea ? (colorsFor(o).dark ? highlightColor().lighter(130) : highlightColor().darker(120)) : labelColor(o) };
        maxV = std::max(maxV, bars.at(b).value);
        minV = std::min(minV, bars.at(b).value);
    }
    for (int b = 0; b < bars.size(); ++b) {
        if (bars.at(b).korea)
            set->selectBar(b);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(bars.size() > 8 ? 0.7 : 0.55);
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setLabelsFont(scaledFont(9, o.fontScale));
    yAxis->setGridLineVisible(false);
    NiceAxis nice = NiceAxis::linear(minV, maxV, 5);
    nice.max += (nice.max - nice.min) * 0.12; // room for the value labels at the ends of the bars
    auto *xAxis = tickAxis(
        nice, [&](double t) { return Formatter::value(t, unit, QString(), scale, lang, Formatter::Style::Compact); },
        [](double v) { return v; }, o);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    chart->legend()->setVisible(false);
    if (o.tooltips) {
        QStringList tips;
        for (const Bar &b : std::as_const(bars))
            tips << b.tip;
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int index) { showTip(tips.value(index), state); });
    }
    themeChart(chart, o);
    placeLabels(chart, series, labels, scaledFont(9, o.fontScale, true));
}

} // namespace Atlas
