#pragma once

#include "classbreaks.h"
#include "language.h"

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

    void setModel(const CountryStatsModel *model);
    // Recomputes the classes from the model (after it refreshed).
    void update();
    const ClassBreaks &breaks() const { return m_breaks; }

    QColor fillFor(const QString &id) const;
    QColor classColor(int index) const;
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
                     const LegendExtras &extras) const;

private:
    QPointer<const CountryStatsModel> m_model;
    ClassBreaks m_breaks;
};

} // namespace Atlas
