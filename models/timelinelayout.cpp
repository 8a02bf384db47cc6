#include "timelinelayout.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Atlas {

namespace {
int argmax(const std::array<int, 4> &a)
{
    return int(std::max_element(a.cbegin(), a.cend()) - a.cbegin());
}

struct Footprint
{
    int index;
    double left, right;
    bool point;
};
} // namespace

int TimelineEntry::dominantCategory() const
{
    return argmax(categories);
}

int TimelineMark::dominantCategory() const
{
    return argmax(categories);
}

double TimelineLayout::badgeWidth(int count, const Params &params)
{
    return QString::number(count).size() * params.digitWidth + params.badgePadding;
}

QList<TimelineMark> TimelineLayout::layout(const QList<TimelineEntry> &entries, const TimelineScale &scale,
                                           const Params &p)
{
    const int rows = std::max(1, p.rows);
    // Footprints per lane, keeping only what meets the visible width.
    QHash<int, QList<Footprint>> lanes;
    for (int i = 0; i < entries.size(); ++i) {
        const TimelineEntry &e = entries.at(i);
        const TimelineScale::Extent ext = scale.extent(e.first, e.last);
        Footprint f { i, ext.x0, ext.x1, false };
        if (e.count == 1 && ext.point) {
            f.point = true;
            f.left = ext.centre() - p.markSize / 2;
            f.right = ext.centre() + p.markSize / 2;
        } else {
            const double minWidth = e.count > 1 ? badgeWidth(e.count, p) : p.minSpan;
            if (f.right - f.left < minWidth) {
                const double c = ext.centre();
                f.left = c - minWidth / 2;
                f.right = c + minWidth / 2;
            }
        }
        // Strictly outside: last year's items end exactly where this year begins, and must not
        // take up a sub-row of it.
        if (f.right <= 0 || f.left >= scale.width())
            continue;
        lanes[e.lane].append(f);
    }

    QList<int> laneOrder = lanes.keys();
    std::sort(laneOrder.begin(), laneOrder.end());
    QList<TimelineMark> out;
    for (int lane : std::as_const(laneOrder)) {
        QList<Footprint> &fs = lanes[lane];
        std::sort(fs.begin(), fs.end(), [&](const Footprint &a, const Footprint &b) {
            if (a.left != b.left)
                return a.left < b.left;
            if (a.right != b.right)
                return a.right > b.right;
            return entries.at(a.index).id < entries.at(b.index).id; // stable across runs
        });
        std::vector<double> rowEnd(size_t(rows), -std::numeric_limits<double>::infinity());
        std::vector<qsizetype> rowLast(size_t(rows), -1); // index into `out`
        for (const Footprint &f : std::as_const(fs)) {
            const TimelineEntry &e = entries.at(f.index);
            int row = -1;
            for (int r = 0; r < rows; ++r) {
                if (rowEnd[size_t(r)] + p.gap <= f.left) {
                    row = r;
                    break;
                }
            }
            if (row >= 0) {
                TimelineMark m;
                m.lane = lane;
                m.row = row;
                m.x0 = f.left;
                m.x1 = f.right;
                m.point = f.point;
                m.count = e.count;
                m.categories = e.categories;
                m.first = e.first;
                m.last = e.last;
                m.entries = { f.index };
                rowEnd[size_t(row)] = m.x1;
                rowLast[size_t(row)] = out.size();
                out.append(m);
                continue;
            }
            // No room: merge into the last mark of the last row.
            TimelineMark &m = out[rowLast[size_t(rows - 1)]];
            m.x0 = std::min(m.x0, f.left);
            m.x1 = std::max(m.x1, f.right);
            m.point = false;
            m.count += e.count;
            for (int c = 0; c < 4; ++c)
                m.categories[size_t(c)] += e.categories[size_t(c)];
            m.first = std::min(m.first, e.first);
            m.last = std::max(m.last, e.last);
            m.entries.append(f.index);
            m.x1 = std::max(m.x1, m.x0 + badgeWidth(m.count, p));
            rowEnd[size_t(rows - 1)] = m.x1;
        }
    }
    return out;
}

} // namespace Atlas
