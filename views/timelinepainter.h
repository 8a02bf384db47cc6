#pragma once

#include "language.h"
#include "timelinelayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace Atlas {

// One row of the timeline: a group header (which, collapsed, is a lane of its own that sums its
// group) or a lane. Tops are in content coordinates: 0 is the top of the first row.
struct TimelineRow
{
    enum Kind { Header, Lane };
    Kind kind = Lane;
    QString key; // lane key: actor or category id, or "@group" for a header
    QString group;
    int modelRow = -1; // row in the lane model (lanes only)
    double top = 0;
    double height = 0;
    bool collapsed = false; // headers only
    QString label;
    int subRows = 3; // sub-rows of marks (TimelineMetrics)
    int count = -1; // items in the lane; -1: not shown
    QColor color; // category lanes
    bool hasMarks() const { return kind == Lane || collapsed; }
};

struct TimelineColors
{
    QColor background, laneAlt, header, text, mutedText, grid, majorGrid, badge, badgeText, selection, hover;
    static TimelineColors fromPalette(const QPalette &palette);
    static TimelineColors print(); // black on white, for exports
};

// Everything one picture of the timeline needs. Coordinates are the painter's.
struct TimelineFrame
{
    QRectF bounds; // the whole timeline (labels, axis and lanes)
    double labelWidth = 160;
    double axisHeight = 40;
    double scrollY = 0; // content offset of the lanes
    TimelineScale scale; // over the plot width
    QList<TimelineRow> rows;
    QList<TimelineMark> marks;
    QList<TimelineEntry> entries; // what the marks index
    Language language = Language::English;
    QString selectedId; // the item open in the detail pane
    int hoverMark = -1; // index into marks
    int currentMark = -1; // the keyboard's mark
    int currentRow = -1; // the keyboard's row
    int dropRow = -1; // while dragging a lane: insert before this row (-1: none)
    bool hasFocus = false;
    QFont font;
    TimelineColors colors;

    QRectF plotRect() const; // lanes area right of the labels, below the axis
    double rowY(const TimelineRow &row) const { return plotRect().top() + row.top - scrollY; }
    QRectF markRect(const TimelineMark &mark) const; // where a mark is drawn (and hit)
};

// Geometry shared by the widget, its hit-testing and the export.
namespace TimelineMetrics {
// Sub-rows per lane before marks merge into badges: three for the many actor lanes, more for the
// four category lanes, which have the room.
constexpr int ActorRows = 3;
constexpr int CategoryRows = 7;
constexpr double RowHeight = 10;
constexpr double LanePadding = 4;
constexpr double laneHeight(int rows) { return rows * RowHeight + 2 * LanePadding; }
constexpr double HeaderHeight = 26;
constexpr double DotSize = 9;
constexpr double BarHeight = 7;
constexpr double BadgeHeight = 13;
TimelineLayout::Params layoutParams(int rows);
// Sub-rows fill from the middle out, so a quiet lane has its marks centred.
int visualRow(int row, int rows);
} // namespace TimelineMetrics

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::TimelinePainter)

public:
    static void paint(QPainter &painter, const TimelineFrame &frame);
    // The key: the four category colours, a dot for an exact day, a bar for a month or a year, a
    // badge for several items. Returns the width used.
    static double paintLegend(QPainter &painter, const QRectF &rect, const TimelineColors &colors, const QFont &font);

private:
    static void paintAxis(QPainter &painter, const TimelineFrame &frame);
    static void paintRows(QPainter &painter, const TimelineFrame &frame);
    static void paintMarks(QPainter &painter, const TimelineFrame &frame);
    static void paintLabels(QPainter &painter, const TimelineFrame &frame);
};

} // namespace Atlas
