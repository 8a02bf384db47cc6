#pragma once

#include "timelinescale.h"

#include <QList>
#include <QString>

#include <array>

namespace Atlas {

// One thing to place on a lane: a single item, or (where the data is dense) a group of items
// counted in SQL. Days are Julian day numbers, inclusive.
struct TimelineEntry
{
    int lane = 0; // index of the display row
    qint64 first = 0;
    qint64 last = 0;
    int count = 1;
    std::array<int, 4> categories {}; // items per category, in Category order
    // Only for a single item (count == 1):
    QString id;
    QString date; // the fuzzy date as stored: "2023", "2023-10", "2023-10-30"
    QString dateEnd;
    QString titleKo, titleEn;

    bool isSingle() const { return count == 1 && !id.isEmpty(); }
    int dominantCategory() const;
};

// What is drawn: one item (a dot for an exact day, a bar for a month, a year or a period), or a
// badge with a count where items would overlap.
struct TimelineMark
{
    int lane = 0;
    int row = 0; // sub-row inside the lane (0 .. rows - 1)
    double x0 = 0, x1 = 0; // horizontal footprint, in plot pixels
    bool point = false; // a single exact-day item
    int count = 0;
    std::array<int, 4> categories {};
    qint64 first = 0, last = 0;
    QList<int> entries; // indices into the laid-out entries

    bool isCluster() const { return entries.size() > 1 || count > 1; }
    int dominantCategory() const;
};

// Places entries on lanes. The aggregation rule, per lane:
//  1. every entry has a footprint: a dot of `markSize` centred on its day, a bar over its whole
//     span (at least `minSpan` wide), or a badge wide enough for its count;
//  2. entries are taken from left to right (longer first on a tie), each into the first of the
//     lane's `rows` sub-rows where it clears the previous mark by `gap`;
//  3. an entry that fits in no sub-row merges into the last mark of the last sub-row, which
//     becomes a badge with the summed count over the union of the footprints.
// Zooming in spreads footprints apart, so badges split by themselves. Only entries whose
// footprint meets [0, width] are laid out.
class TimelineLayout
{
public:
    struct Params
    {
        int rows = 3;
        double markSize = 9; // dot diameter
        double minSpan = 6; // narrowest bar
        double gap = 2;
        double digitWidth = 7; // for badge widths
        double badgePadding = 10;
    };

    static QList<TimelineMark> layout(const QList<TimelineEntry> &entries, const TimelineScale &scale,
                                      const Params &params);
    static QList<TimelineMark> layout(const QList<TimelineEntry> &entries, const TimelineScale &scale)
    {
        return layout(entries, scale, Params());
    }
    static double badgeWidth(int count, const Params &params);
};

} // namespace Atlas
