#include "timelinepainter.h"

#include "category.h"
#include "timelineaxis.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Atlas {

namespace TimelineMetrics {
TimelineLayout::Params layoutParams(int rows)
{
    TimelineLayout::Params p;
    p.rows = rows;
    p.markSize = DotSize;
    p.minSpan = 6;
    p.gap = 2;
    p.digitWidth = 6.5;
    p.badgePadding = 10;
    return p;
}

int visualRow(int row, int rows)
{
    // 0 → middle, 1 → above it, 2 → below it, 3 → two above, …
    const int middle = (rows - 1) / 2;
    const int step = (row + 1) / 2;
    const int r = row % 2 ? middle - step : middle + step;
    return std::clamp(r, 0, rows - 1);
}
} // namespace TimelineMetrics

using namespace TimelineMetrics;

TimelineColors TimelineColors::fromPalette(const QPalette &pal)
{
    TimelineColors c;
    c.background = pal.color(QPalette::Base);
    const bool dark = c.background.lightness() < 128;
    c.laneAlt = dark ? c.background.lighter(115) : c.background.darker(103);
    c.header = pal.color(QPalette::Window);
    c.text = pal.color(QPalette::Text);
    c.mutedText = pal.color(QPalette::PlaceholderText);
    c.grid = dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 20);
    c.majorGrid = dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 60);
    c.badge = dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x3a, 0x3a, 0x3a);
    c.badgeText = dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    c.selection = pal.color(QPalette::Text);
    c.hover = pal.color(QPalette::Highlight);
    if (c.background == QColor(Qt::black) && c.text == QColor(Qt::white)) {
        // High contrast: a grid you can see, white badges, yellow hover.
        c.laneAlt = QColor(0x16, 0x16, 0x16);
        c.grid = QColor(255, 255, 255, 70);
        c.majorGrid = QColor(255, 255, 255, 170);
        c.badge = Qt::white;
        c.badgeText = Qt::black;
    }
    return c;
}

TimelineColors TimelineColors::print()
{
    TimelineColors c;
    c.background = Qt::white;
    c.laneAlt = QColor(0xf6, 0xf6, 0xf6);
    c.header = QColor(0xec, 0xec, 0xec);
    c.text = QColor(0x1a, 0x1a, 0x1a);
    c.mutedText = QColor(0x6a, 0x6a, 0x6a);
    c.grid = QColor(0, 0, 0, 20);
    c.majorGrid = QColor(0, 0, 0, 60);
    c.badge = QColor(0x3a, 0x3a, 0x3a);
    c.badgeText = Qt::white;
    c.selection = QColor(0x1a, 0x1a, 0x1a);
    c.hover = QColor(0x1a, 0x1a, 0x1a);
    return c;
}

QRectF TimelineFrame::plotRect() const
{
    return QRectF(bounds.left() + labelWidth, bounds.top() + axisHeight, bounds.width() - labelWidth,
                  bounds.height() - axisHeight);
}

QRectF TimelineFrame::markRect(const TimelineMark &mark) const
{
    if (mark.lane < 0 || mark.lane >= rows.size())
        return {};
    const TimelineRow &row = rows.at(mark.lane);
    const QRectF plot = plotRect();
    const double cy = rowY(row) + LanePadding + visualRow(mark.row, row.subRows) * RowHeight + RowHeight / 2;
    const double h = mark.isCluster() ? BadgeHeight : mark.point ? DotSize : BarHeight;
    return QRectF(plot.left() + mark.x0, cy - h / 2, mark.x1 - mark.x0, h);
}

void TimelinePainter::paint(QPainter &painter, const TimelineFrame &frame)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(frame.font);
    painter.fillRect(frame.bounds, frame.colors.background);
    paintRows(painter, frame);
    paintMarks(painter, frame);
    paintLabels(painter, frame);
    paintAxis(painter, frame);
    painter.restore();
}

void TimelinePainter::paintRows(QPainter &painter, const TimelineFrame &frame)
{
    const QRectF plot = frame.plotRect();
    painter.save();
    painter.setClipRect(QRectF(frame.bounds.left(), plot.top(), frame.bounds.width(), plot.height()));
    int laneNumber = 0;
    for (const TimelineRow &row : frame.rows) {
        const double y = frame.rowY(row);
        if (y > plot.bottom() || y + row.height < plot.top())
            continue;
        const QRectF r(frame.bounds.left(), y, frame.bounds.width(), row.height);
        if (row.kind == TimelineRow::Header)
            painter.fillRect(r, frame.colors.header);
        else if (laneNumber++ % 2)
            painter.fillRect(r, frame.colors.laneAlt);
    }
    // Grid: the axis' periods run down through the lanes.
    const TimelineAxis::Result axis = TimelineAxis::compute(frame.scale, frame.language);
    painter.setPen(QPen(frame.colors.grid, 1));
    for (const TimelineAxis::Tick &t : axis.minor) {
        if (t.x >= 0)
            painter.drawLine(QPointF(plot.left() + t.x, plot.top()), QPointF(plot.left() + t.x, plot.bottom()));
    }
    painter.setPen(QPen(frame.colors.majorGrid, 1));
    for (const TimelineAxis::Tick &t : axis.major) {
        if (t.x >= 0)
            painter.drawLine(QPointF(plot.left() + t.x, plot.top()), QPointF(plot.left() + t.x, plot.bottom()));
    }
    painter.restore();
}

void TimelinePainter::paintMarks(QPainter &painter, const TimelineFrame &frame)
{
    const QRectF plot = frame.plotRect();
    painter.save();
    painter.setClipRect(plot);
    QFont badgeFont = frame.font;
    badgeFont.setPixelSize(10);
    badgeFont.setBold(true);
    for (int i = 0; i < frame.marks.size(); ++i) {
        const TimelineMark &m = frame.marks.at(i);
        const QRectF r = frame.markRect(m);
        if (!r.isValid() || r.bottom() < plot.top() || r.top() > plot.bottom())
            continue;
        const Category category = Category(m.dominantCategory());
        const QColor color = categoryColor(category);
        bool selected = false;
        for (int e : m.entries) {
            if (frame.entries.at(e).id == frame.selectedId && !frame.selectedId.isEmpty())
                selected = true;
        }
        if (m.isCluster()) {
            // A badge: the union of what it holds as a faint bar, the count in a pill, and a
            // stripe that shows the mix of categories.
            const double bw = TimelineLayout::badgeWidth(m.count, layoutParams(1));
            const QRectF pill(r.center().x() - bw / 2, r.top(), bw, r.height());
            if (r.width() > bw + 2) {
                painter.setPen(Qt::NoPen);
                QColor faint = frame.colors.badge;
                faint.setAlpha(40);
                painter.setBrush(faint);
                painter.drawRoundedRect(QRectF(r.left(), r.center().y() - 2.5, r.width(), 5), 2.5, 2.5);
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(frame.colors.badge);
            painter.drawRoundedRect(pill, r.height() / 2, r.height() / 2);
            // Category mix along the bottom.
            double x = pill.left() + 3;
            const double stripeW = pill.width() - 6;
            for (int c = 0; c < 4; ++c) {
                const double w = stripeW * m.categories[size_t(c)] / double(std::max(1, m.count));
                if (w > 0) {
                    painter.fillRect(QRectF(x, pill.bottom() - 2.5, w, 2), categoryColor(Category(c)));
                    x += w;
                }
            }
            painter.setFont(badgeFont);
            painter.setPen(frame.colors.badgeText);
            painter.drawText(pill.adjusted(0, -1, 0, -1), Qt::AlignCenter, QString::number(m.count));
            if (selected || i == frame.hoverMark) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(selected ? frame.colors.selection : frame.colors.hover, 2));
                painter.drawRoundedRect(pill.adjusted(-2, -2, 2, 2), r.height() / 2 + 2, r.height() / 2 + 2);
            }
        } else if (m.point) {
            // The category's shape as well as its colour: nothing depends on colour alone.
            painter.setPen(QPen(frame.colors.background, 1));
            painter.setBrush(color);
            painter.drawPath(categoryMarker(category, r));
            if (selected || i == frame.hoverMark) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(selected ? frame.colors.selection : frame.colors.hover, 2));
                painter.drawPath(categoryMarker(category, r.adjusted(-2.5, -2.5, 2.5, 2.5)));
            }
        } else {
            // A span: the item happened somewhere in this month, year or period. Translucent
            // fill with solid ends, so it never reads as a precise moment.
            QColor fill = color;
            fill.setAlpha(90);
            painter.setPen(QPen(color, 1.2));
            painter.setBrush(fill);
            painter.drawRoundedRect(r, 2, 2);
            if (selected || i == frame.hoverMark) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(selected ? frame.colors.selection : frame.colors.hover, 2));
                painter.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 3, 3);
            }
        }
        if (i == frame.currentMark && frame.hasFocus) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(frame.colors.hover, 1, Qt::DotLine));
            painter.drawRect(r.adjusted(-4, -4, 4, 4));
        }
    }
    painter.restore();
}

void TimelinePainter::paintLabels(QPainter &painter, const TimelineFrame &frame)
{
    const QRectF plot = frame.plotRect();
    painter.save();
    painter.setClipRect(QRectF(frame.bounds.left(), plot.top(), frame.labelWidth, plot.height()));
    const QFontMetricsF fm(frame.font);
    QFont bold = frame.font;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    QFont small = frame.font;
    small.setPointSizeF(std::max(6.0, frame.font.pointSizeF() * 0.85));
    if (frame.font.pixelSize() > 0)
        small.setPixelSize(std::max(8, int(frame.font.pixelSize() * 0.85)));
    const QFontMetricsF smallFm(small);
    for (int i = 0; i < frame.rows.size(); ++i) {
        const TimelineRow &row = frame.rows.at(i);
        const double y = frame.rowY(row);
        if (y > plot.bottom() || y + row.height < plot.top())
            continue;
        QRectF r(frame.bounds.left() + 6, y, frame.labelWidth - 12, row.height);
        const QString count = row.count >= 0 ? QString::number(row.count) : QString();
        const double countW = count.isEmpty() ? 0 : smallFm.horizontalAdvance(count) + 6;
        if (i == frame.currentRow && frame.hasFocus)
            painter.fillRect(QRectF(frame.bounds.left(), y, 3, row.height), frame.colors.hover);
        if (row.kind == TimelineRow::Header) {
            // ▸ collapsed, ▾ expanded.
            const QString arrow = row.collapsed ? QStringLiteral("\u25B8") : QStringLiteral("\u25BE");
            painter.setPen(frame.colors.text);
            painter.setFont(frame.font);
            painter.drawText(QRectF(r.left(), r.top(), 14, r.height()), Qt::AlignLeft | Qt::AlignVCenter, arrow);
            painter.setFont(bold);
            const QRectF text = r.adjusted(14, 0, -countW, 0);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             boldFm.elidedText(row.label, Qt::ElideRight, text.width()));
        } else {
            double left = r.left() + 8;
            if (row.color.isValid()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(row.color);
                painter.drawRoundedRect(QRectF(r.left(), r.center().y() - 5, 10, 10), 2, 2);
                left = r.left() + 16;
            }
            painter.setFont(frame.font);
            painter.setPen(frame.colors.text);
            const QRectF text(left, r.top(), r.right() - countW - left, r.height());
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(row.label, Qt::ElideRight, text.width()));
        }
        painter.setFont(small);
        painter.setPen(frame.colors.mutedText);
        painter.drawText(QRectF(r.right() - countW, r.top(), countW, r.height()), Qt::AlignRight | Qt::AlignVCenter, count);
    }
    if (frame.dropRow >= 0) {
        const double y = frame.dropRow < frame.rows.size()
            ? frame.rowY(frame.rows.at(frame.dropRow))
            : frame.rowY(frame.rows.constLast()) + frame.rows.constLast().height;
        painter.setClipping(false);
        painter.setPen(QPen(frame.colors.hover, 2));
        painter.drawLine(QPointF(frame.bounds.left(), y), QPointF(frame.bounds.right(), y));
    }
    painter.restore();
    // The column's edge.
    painter.setPen(QPen(frame.colors.majorGrid, 1));
    painter.drawLine(QPointF(plot.left() - 0.5, frame.bounds.top()), QPointF(plot.left() - 0.5, frame.bounds.bottom()));
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineFrame &frame)
{
    const QRectF plot = frame.plotRect();
    const QRectF axisRect(plot.left(), frame.bounds.top(), plot.width(), frame.axisHeight);
    painter.save();
    painter.fillRect(QRectF(frame.bounds.left(), frame.bounds.top(), frame.bounds.width(), frame.axisHeight),
                     frame.colors.header);
    painter.setClipRect(axisRect);
    const QFontMetricsF fm(frame.font);
    const TimelineAxis::Result axis
        = TimelineAxis::compute(frame.scale, frame.language, [&fm](const QString &s) { return fm.horizontalAdvance(s); });
    const double half = frame.axisHeight / 2;
    QFont bold = frame.font;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    // Upper row: the enclosing periods; a label sticks to the left edge while its period is in view.
    painter.setFont(bold);
    painter.setPen(frame.colors.text);
    const bool twoRows = !axis.major.isEmpty();
    for (const TimelineAxis::Tick &t : axis.major) {
        const double left = std::max(t.x, 0.0) + 4;
        const double w = boldFm.horizontalAdvance(t.label);
        const double x = std::min(left, t.x1 - w - 4);
        painter.drawText(QRectF(plot.left() + x, frame.bounds.top(), w + 2, half), Qt::AlignLeft | Qt::AlignVCenter,
                         t.label);
        painter.setPen(QPen(frame.colors.majorGrid, 1));
        painter.drawLine(QPointF(plot.left() + t.x, frame.bounds.top()), QPointF(plot.left() + t.x, axisRect.bottom()));
        painter.setPen(frame.colors.text);
    }
    // Lower row (or the only row): the unit's periods, labelled in their middle when they are
    // periods (a month, a year) and at their start when they step over several years.
    painter.setFont(twoRows ? frame.font : bold);
    const QRectF row = twoRows ? QRectF(plot.left(), frame.bounds.top() + half, plot.width(), half) : axisRect;
    for (const TimelineAxis::Tick &t : axis.minor) {
        painter.setPen(QPen(frame.colors.majorGrid, 1));
        painter.drawLine(QPointF(plot.left() + t.x, row.bottom() - 5), QPointF(plot.left() + t.x, row.bottom()));
        painter.setPen(frame.colors.text);
        const double w = (twoRows ? fm : boldFm).horizontalAdvance(t.label);
        const bool centred = axis.step == 1 && axis.unit != TimelineAxis::Unit::Weeks;
        double x = centred ? (t.x + t.x1 - w) / 2 : t.x + 3;
        if (centred) {
            // A period cut by the edge keeps its label inside what is visible, or drops it.
            const double left = std::max(t.x, 0.0), right = std::min(t.x1, plot.width());
            if (right - left < w + 4)
                continue;
            x = std::clamp(x, left + 2, right - w - 2);
        } else if (t.x < 0) {
            continue;
        }
        painter.drawText(QRectF(plot.left() + x, row.top(), w + 2, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         t.label);
    }
    painter.restore();
    painter.setPen(QPen(frame.colors.majorGrid, 1));
    painter.drawLine(QPointF(frame.bounds.left(), plot.top() - 0.5), QPointF(frame.bounds.right(), plot.top() - 0.5));
}

double TimelinePainter::paintLegend(QPainter &painter, const QRectF &rect, const TimelineColors &colors, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double cy = rect.center().y();
    double x = rect.left();
    auto text = [&](const QString &s, const QColor &color) {
        painter.setPen(color);
        const double w = fm.horizontalAdvance(s);
        painter.drawText(QRectF(x, rect.top(), w + 2, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, s);
        x += w + 14;
    };
    // Each category: its colour in its shape, and its name.
    for (int c = 0; c < CategoryCount; ++c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(categoryColor(Category(c)));
        painter.drawPath(categoryMarker(Category(c), QRectF(x, cy - 5, 10, 10)));
        x += 14;
        text(categoryName(Category(c)), colors.text);
    }
    x += 6;
    // A shape: an exact day (any of the four).
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.mutedText);
    for (int c = 0; c < CategoryCount; ++c) {
        painter.drawPath(categoryMarker(Category(c), QRectF(x, cy - 3, 6, 6)));
        x += 8;
    }
    x += 2;
    text(tr("exact day"), colors.mutedText);
    // A bar: known only to the month or the year.
    QColor fill = colors.mutedText;
    fill.setAlpha(90);
    painter.setPen(QPen(colors.mutedText, 1.2));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(x, cy - BarHeight / 2, 22, BarHeight), 2, 2);
    x += 26;
    text(tr("month or year"), colors.mutedText);
    // A badge: several items.
    QFont badgeFont = font;
    badgeFont.setPixelSize(10);
    badgeFont.setBold(true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.badge);
    const QRectF pill(x, cy - BadgeHeight / 2, 20, BadgeHeight);
    painter.drawRoundedRect(pill, BadgeHeight / 2, BadgeHeight / 2);
    painter.setFont(badgeFont);
    painter.setPen(colors.badgeText);
    painter.drawText(pill.adjusted(0, -1, 0, -1), Qt::AlignCenter, QStringLiteral("5"));
    painter.setFont(font);
    x += 24;
    text(tr("several items"), colors.mutedText);
    painter.restore();
    return x - rect.left();
}

} // namespace Atlas
