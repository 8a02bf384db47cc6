#pragma once

#include "classbreaks.h"
#include "language.h"
#include "theme.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointer>

class QPainter;
class QRectF;

namespace Atlas {

class CountryStatsModel;

// How the map turns values into colours, and the legend that explains them: classed ramps in the
// layer's category colour (the report's four maps), viridis for figures (rank 1 darkest), white for
// zero and grey for no data, so zero never looks like missing data.
//
// Theme: the static colours below are the light theme's, kept for old callers. Painters take
// the current theme's through colors() (Theme::instance()->colors()) and repaint (dropping any
// cache) on Theme::themeChanged; exports use Theme::printColors(). In a dark theme the ramp runs
// from dark (few) to light (many), so the busiest countries stand out on the dark ground.
class MapStyle
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::MapStyle)

public:
    static const QColor NoData;
    static const QColor Zero;
    static const QColor Ocean;
    static const QColor Border;
    static const QColor EuOutline;
    static const QColor Highlight; // Okabe–Ito vermillion: no category uses it
    static const QColor Ink;

    // The current theme's colours (ocean, land at zero, no-data and its hatch, borders, ink, halo …).
    static const ThemeColors &colors() { return Theme::instance()->colors(); }
    // No data: a plain fill plus a diagonal hatch, so it reads as "missing" without colour.
    static QBrush noDataHatch(const ThemeColors &colors);

    void setModel(const CountryStatsModel *model);
    // Recomputes the classes from the model (after it refreshed).
    void update();
    const ClassBreaks &breaks() const { return m_breaks; }

    // The fill of a country or marker in the current theme, or in `colors` (exports: printColors()).
    QColor fillFor(const QString &id) const { return fillFor(id, colors()); }
    QColor fillFor(const QString &id, const ThemeColors &colors) const;
    bool hasData(const QString &id) const;
    QColor classColor(int index) const { return classColor(index, colors()); }
    QColor classColor(int index, const ThemeColors &colors) const;
    bool isRank() const;
    QString legendTitle(Language language) const;

    struct LegendExtras
    {
        bool euMembers = false;
        QString highlightedName; // "Members of OECD", when an organisation is selected
        bool regions = false;
    };
    // The legend box in the bottom-left corner of `target`.
    void paintLegend(QPainter &painter, const QRectF &target, const QFont &font, Language language,
                     const LegendExtras &extras) const
    {
        paintLegend(painter, target, font, language, extras, colors());
    }
    void paintLegend(QPainter &painter, const QRectF &target, const QFont &font, Language language,
                     const LegendExtras &extras, const ThemeColors &colors) const;

private:
    QPointer<const CountryStatsModel> m_model;
    ClassBreaks m_breaks;
};

} // namespace Atlas
