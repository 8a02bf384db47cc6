#include "timelinewidget.h"

#include "atlascontext.h"
#include "category.h"
#include "deferredrefresh.h"
#include "formatter.h"
#include "timelineaxis.h"
#include "timelinelanemodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace Atlas {

using namespace TimelineMetrics;

namespace {
// More items than this in the fetched range are counted in SQL instead of fetched one by one.
constexpr int DenseThreshold = 3000;
// Narrowest period a count may stand for, in pixels (a badge must fit over it).
constexpr double MinBucketPixels = 14;

TimelineRepository::Granularity granularityFor(double pixelsPerDay)
{
    if (pixelsPerDay >= MinBucketPixels)
        return TimelineRepository::Granularity::Day;
    if (pixelsPerDay * 28 >= MinBucketPixels)
        return TimelineRepository::Granularity::Month;
    return TimelineRepository::Granularity::Year;
}

QString isoDay(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day))).toString(Qt::ISODate);
}
} // namespace

TimelineWidget::TimelineWidget(AtlasContext *context, TimelineLaneModel *lanes, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_context(context)
    , m_lanes(lanes)
    , m_repository(context->database()->connection())
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    verticalScrollBar()->setSingleStep(int(laneHeight(ActorRows)));

    m_collapsed = { QStringLiteral("organization"), QStringLiteral("company") };
    m_scale = TimelineScale(0, 1, 600);
    setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    m_selectedId = context->selectedItem();

    // The lanes are a grouped query over every item: reloaded only while the timeline can be seen.
    connect(context, &AtlasContext::filterChanged, new DeferredRefresh(this, [this] { reloadLanes(); }),
            &DeferredRefresh::request);
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) {
        m_lanes->setLanguage(l);
        rebuildRows();
    });
    connect(context, &AtlasContext::itemSelected, this, [this](const QString &id) {
        m_selectedId = id;
        viewport()->update();
    });
    connect(m_lanes, &QAbstractItemModel::modelReset, this, &TimelineWidget::rebuildRows);
    connect(m_lanes, &QAbstractItemModel::rowsMoved, this, &TimelineWidget::rebuildRows);
    connect(m_lanes, &QAbstractItemModel::dataChanged, this, &TimelineWidget::rebuildRows);
    m_lanes->setLanguage(context->language());
}

void TimelineWidget::setMode(TimelineLaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_currentId.clear();
    m_currentLane.clear();
    m_lanes->setMode(mode);
    reloadLanes();
    verticalScrollBar()->setValue(0);
}

void TimelineWidget::reloadLanes()
{
    m_lanes->setLanes(m_repository.lanes(m_context->filter(), m_mode));
    invalidateData();
}

void TimelineWidget::invalidateData()
{
    m_fetch = Fetch();
    invalidateLayout();
    m_hoverMark = -1;
    viewport()->update();
}

QStringList TimelineWidget::collapsedGroups() const
{
    QStringList out(m_collapsed.cbegin(), m_collapsed.cend());
    out.sort();
    return out;
}

void TimelineWidget::setCollapsedGroups(const QStringList &groups)
{
    m_collapsed = QSet<QString>(groups.cbegin(), groups.cend());
    rebuildRows();
}

void TimelineWidget::setGroupCollapsed(const QString &group, bool collapsed)
{
    if (m_collapsed.contains(group) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(group);
    else
        m_collapsed.remove(group);
    rebuildRows();
    emit collapsedGroupsChanged();
}

void TimelineWidget::rebuildRows()
{
    m_rows.clear();
    double top = 0;
    auto addLane = [&](int modelRow) {
        TimelineRow r;
        r.kind = TimelineRow::Lane;
        r.modelRow = modelRow;
        r.key = m_lanes->key(modelRow);
        r.group = m_lanes->group(modelRow);
        r.label = m_lanes->name(modelRow);
        r.count = m_lanes->index(modelRow).data(TimelineLaneModel::CountRole).toInt();
        if (m_mode == TimelineLaneMode::Categories)
            r.color = categoryColorForId(r.key);
        r.top = top;
        r.subRows = subRows();
        r.height = laneHeight(r.subRows);
        top += r.height;
        m_rows.append(r);
    };
    if (m_mode == TimelineLaneMode::Categories) {
        for (int i = 0; i < m_lanes->rowCount(); ++i) {
            if (!m_lanes->isHidden(i))
                addLane(i);
        }
    } else {
        for (const QString &group : TimelineLaneModel::groups()) {
            QList<int> members;
            int shown = 0;
            for (int i = 0; i < m_lanes->rowCount(); ++i) {
                if (m_lanes->group(i) == group) {
                    members << i;
                    shown += m_lanes->isHidden(i) ? 0 : 1;
                }
            }
            if (members.isEmpty())
                continue;
            TimelineRow h;
            h.kind = TimelineRow::Header;
            h.key = TimelineRepository::groupKey(group);
            h.group = group;
            h.collapsed = m_collapsed.contains(group);
            //: A lane group's header: "Countries · 13"
            h.label = tr("%1 · %2").arg(TimelineLaneModel::groupName(group)).arg(shown);
            h.top = top;
            h.subRows = subRows();
            h.height = h.collapsed ? laneHeight(h.subRows) : HeaderHeight;
            top += h.height;
            m_rows.append(h);
            if (!h.collapsed) {
                for (int i : std::as_const(members)) {
                    if (!m_lanes->isHidden(i))
                        addLane(i);
                }
            }
        }
    }
    m_contentHeight = top;
    updateGeometry();
    invalidateData();
}

double TimelineWidget::labelWidth() const
{
    return std::clamp(viewport()->width() * 0.2, 120.0, 210.0);
}

double TimelineWidget::axisHeight() const
{
    return std::ceil(fontMetrics().height() * 2 + 12);
}

QRectF TimelineWidget::plotRect() const
{
    const QRectF all = viewport()->rect();
    return QRectF(all.left() + labelWidth(), all.top() + axisHeight(), all.width() - labelWidth(),
                  all.height() - axisHeight());
}

void TimelineWidget::updateGeometry()
{
    const double plotHeight = plotRect().height();
    verticalScrollBar()->setRange(0, int(std::max(0.0, std::ceil(m_contentHeight - plotHeight))));
    verticalScrollBar()->setPageStep(int(plotHeight));
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    // Keep the visible range: a wider window shows the same time, larger.
    const double from = m_scale.startDay();
    const double to = m_scale.endDay();
    QAbstractScrollArea::resizeEvent(event);
    m_scale.setWidth(std::max(10.0, plotRect().width()));
    m_scale.setRange(from, to);
    updateGeometry();
    invalidateLayout();
}

void TimelineWidget::setRange(const QDate &from, const QDate &toInclusive)
{
    m_scale.setWidth(std::max(10.0, plotRect().width()));
    m_scale.setRange(from, toInclusive);
    invalidateLayout();
    viewport()->update();
    emit rangeChanged();
}

QDate TimelineWidget::rangeFrom() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_scale.startDay() + 0.5)));
}

QDate TimelineWidget::rangeTo() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_scale.endDay() + 0.5)) - 1);
}

void TimelineWidget::showEverything()
{
    QString first, last;
    if (!m_repository.dateExtent(m_context->filter(), &first, &last))
        return;
    // Whole years, so the range reads "2013–2028".
    const QDate a = QDate::fromString(first, Qt::ISODate);
    const QDate b = QDate::fromString(last, Qt::ISODate);
    m_scale.setWidth(std::max(10.0, plotRect().width()));
    m_scale.setRange(QDate(a.year(), 1, 1), QDate(b.year(), 12, 31));
    invalidateLayout();
    viewport()->update();
    emit rangeChanged();
}

void TimelineWidget::zoomBy(double factor)
{
    zoomAt(factor, m_scale.width() / 2);
}

void TimelineWidget::zoomAt(double factor, double plotX)
{
    if (!m_scale.zoom(factor, plotX))
        return;
    invalidateLayout();
    viewport()->update();
    emit rangeChanged();
}

void TimelineWidget::panBy(double dx)
{
    if (dx == 0)
        return;
    m_scale.pan(dx);
    invalidateLayout();
    viewport()->update();
    emit rangeChanged();
}

TimelineRepository::Query TimelineWidget::queryFor(const QList<int> &rowIndexes, double fromDay, double toDay) const
{
    TimelineRepository::Query q;
    q.mode = m_mode;
    q.filter = m_context->filter();
    for (int i : rowIndexes)
        q.laneIndex.insert(m_rows.at(i).key, i);
    q.hidden = m_lanes->hidden(m_mode);
    q.from = isoDay(fromDay);
    q.to = isoDay(toDay);
    return q;
}

QList<TimelineEntry> TimelineWidget::fetchFor(const QList<int> &rowIndexes, double fromDay, double toDay,
                                              double pixelsPerDay, Fetch *fetch) const
{
    QList<TimelineEntry> entries;
    TimelineRepository::Query q = queryFor(rowIndexes, fromDay, toDay);
    bool dense = false;
    const TimelineRepository::Granularity g = granularityFor(pixelsPerDay);
    if (!q.laneIndex.isEmpty() && !m_repository.items(q, DenseThreshold, &entries)) {
        // Too many to draw one by one: count them per period. Counts by month or year are few
        // enough to take for all time at once, so panning and zooming at that level never ask
        // again; counts by day stay within the range.
        dense = true;
        if (g != TimelineRepository::Granularity::Day) {
            q.from.clear();
            q.to.clear();
            fromDay = -1e12;
            toDay = 1e12;
        }
        entries = m_repository.buckets(q, g);
    }
    if (fetch) {
        fetch->from = fromDay;
        fetch->to = toDay;
        fetch->dense = dense;
        fetch->granularity = g;
        fetch->entries = entries;
    }
    return entries;
}

void TimelineWidget::ensureLayout()
{
    if (m_layoutValid && m_layoutScale == m_scale && m_layoutScroll == verticalScrollBar()->value())
        return;
    const double plotHeight = plotRect().height();
    const double scroll = verticalScrollBar()->value();
    // Rows needed now, and rows worth fetching (half a page more either way).
    QList<int> needed;
    QList<int> wanted;
    for (int i = 0; i < m_rows.size(); ++i) {
        const TimelineRow &r = m_rows.at(i);
        if (!r.hasMarks())
            continue;
        if (r.top + r.height >= scroll && r.top <= scroll + plotHeight)
            needed << i;
        if (r.top + r.height >= scroll - plotHeight / 2 && r.top <= scroll + plotHeight * 1.5)
            wanted << i;
    }
    QStringList keys;
    for (int i : std::as_const(needed))
        keys << QStringLiteral("%1=%2").arg(i).arg(m_rows.at(i).key);
    const double from = m_scale.startDay();
    const double to = m_scale.endDay();
    const double span = to - from;
    bool covered = !m_fetch.key.isNull() && m_fetch.from <= from && m_fetch.to >= to;
    if (covered) {
        for (const QString &k : std::as_const(keys)) {
            if (!m_fetch.laneKeys.contains(k)) {
                covered = false;
                break;
            }
        }
    }
    // Counts are only good at the zoom they were made for; single items are good at any zoom.
    // Zoomed in far enough, counts may give way to single items again.
    if (covered && m_fetch.dense
        && (m_fetch.granularity != granularityFor(m_scale.pixelsPerDay()) || span < m_fetch.span / 4))
        covered = false;
    if (!covered) {
        m_fetch = Fetch();
        m_fetch.key = QStringLiteral("fetched");
        for (int i : std::as_const(wanted))
            m_fetch.laneKeys << QStringLiteral("%1=%2").arg(i).arg(m_rows.at(i).key);
        fetchFor(wanted, from - span, to + span, m_scale.pixelsPerDay(), &m_fetch);
        m_fetch.span = span;
    }
    m_marks = TimelineLayout::layout(m_fetch.entries, m_scale, layoutParams(subRows()));
    m_layoutScale = m_scale;
    m_layoutScroll = scroll;
    m_layoutValid = true;
    if (m_hoverMark >= m_marks.size())
        m_hoverMark = -1;
}

TimelineFrame TimelineWidget::frame() const
{
    TimelineFrame f;
    f.bounds = viewport()->rect();
    f.labelWidth = labelWidth();
    f.axisHeight = axisHeight();
    f.scrollY = verticalScrollBar()->value();
    f.scale = m_scale;
    f.rows = m_rows;
    f.marks = m_marks;
    f.entries = m_fetch.entries;
    f.language = m_context->language();
    f.selectedId = m_selectedId;
    f.hoverMark = m_hoverMark;
    f.currentRow = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == m_currentLane)
            f.currentRow = i;
    }
    f.dropRow = m_dropRow;
    f.hasFocus = hasFocus();
    f.font = font();
    f.colors = TimelineColors::fromPalette(palette());
    return f;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    ensureLayout();
    TimelineFrame f = frame();
    f.currentMark = currentMarkIndex();
    const qreal dpr = viewport()->devicePixelRatioF();
    if (m_painted.isNull() || !qFuzzyCompare(m_painted.devicePixelRatio(), dpr) || !paintedFrameHolds(f)) {
        m_painted = QPixmap(viewport()->size() * dpr);
        m_painted.setDevicePixelRatio(dpr);
        m_painted.fill(f.colors.background);
        QPainter painter(&m_painted);
        TimelinePainter::paint(painter, f);
        if (m_rows.isEmpty()) {
            painter.setPen(f.colors.mutedText);
            painter.drawText(f.plotRect(), Qt::AlignCenter, tr("No items match the filters."));
        }
        m_paintedFrame = f;
        m_paintedPalette = palette().cacheKey();
    }
    QPainter painter(viewport());
    painter.drawPixmap(0, 0, m_painted);
}

bool TimelineWidget::paintedFrameHolds(const TimelineFrame &f) const
{
    const TimelineFrame &p = m_paintedFrame;
    return f.bounds == p.bounds && f.labelWidth == p.labelWidth && f.axisHeight == p.axisHeight && f.scrollY == p.scrollY
        && f.scale == p.scale && f.rows.constData() == p.rows.constData() && f.rows.size() == p.rows.size()
        && f.marks.constData() == p.marks.constData() && f.marks.size() == p.marks.size()
        && f.entries.constData() == p.entries.constData() && f.entries.size() == p.entries.size()
        && f.language == p.language && f.selectedId == p.selectedId && f.hoverMark == p.hoverMark
        && f.currentMark == p.currentMark && f.currentRow == p.currentRow && f.dropRow == p.dropRow
        && f.hasFocus == p.hasFocus && f.font == p.font && palette().cacheKey() == m_paintedPalette;
}

void TimelineWidget::paintExport(QPainter &painter, const QRectF &area)
{
    // Lay the picture out on a canvas about as wide as a screen, then scale it onto the slide, so
    // lanes, marks and type keep the proportions the user sees.
    constexpr double CanvasWidth = 1100;
    constexpr double LegendHeight = 28;
    const double k = area.width() / CanvasWidth;
    const double canvasHeight = area.height() / k;
    TimelineFrame f;
    f.bounds = QRectF(0, 0, CanvasWidth, canvasHeight - LegendHeight);
    f.labelWidth = 190;
    QFont font = QApplication::font();
    font.setPixelSize(13);
    f.font = font;
    f.axisHeight = std::ceil(QFontMetricsF(font).height() * 2 + 12);
    f.rows = m_rows;
    const double plotHeight = f.plotRect().height();
    f.scrollY = std::clamp(double(verticalScrollBar()->value()), 0.0, std::max(0.0, m_contentHeight - plotHeight));
    const double plotWidth = CanvasWidth - f.labelWidth;
    f.scale = TimelineScale(m_scale.startDay(), plotWidth / m_scale.visibleDays(), plotWidth);
    QList<int> visible;
    for (int i = 0; i < m_rows.size(); ++i) {
        const TimelineRow &r = m_rows.at(i);
        if (r.hasMarks() && r.top + r.height >= f.scrollY && r.top <= f.scrollY + plotHeight)
            visible << i;
    }
    f.entries = fetchFor(visible, f.scale.startDay(), f.scale.endDay(), f.scale.pixelsPerDay(), nullptr);
    f.marks = TimelineLayout::layout(f.entries, f.scale, layoutParams(subRows()));
    f.language = m_context->language();
    f.colors = TimelineColors::print();
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(k, k);
    painter.setClipRect(QRectF(0, 0, CanvasWidth, canvasHeight));
    TimelinePainter::paint(painter, f);
    QFont legendFont = font;
    legendFont.setPixelSize(12);
    TimelinePainter::paintLegend(painter, QRectF(f.labelWidth, canvasHeight - LegendHeight + 6, plotWidth, LegendHeight - 6),
                                 f.colors, legendFont);
    painter.restore();
}

int TimelineWidget::markAt(const QPointF &pos)
{
    ensureLayout();
    const TimelineFrame f = frame();
    if (!f.plotRect().contains(pos))
        return -1;
    // Topmost first: badges and later marks are drawn over earlier ones.
    for (qsizetype i = m_marks.size() - 1; i >= 0; --i) {
        if (f.markRect(m_marks.at(i)).adjusted(-2, -2, 2, 2).contains(pos))
            return int(i);
    }
    return -1;
}

int TimelineWidget::rowAt(double y) const
{
    const double contentY = y - axisHeight() + verticalScrollBar()->value();
    if (y < axisHeight())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (contentY >= m_rows.at(i).top && contentY < m_rows.at(i).top + m_rows.at(i).height)
            return i;
    }
    return -1;
}

QRectF TimelineWidget::itemRect(const QString &id)
{
    ensureLayout();
    const TimelineFrame f = frame();
    for (const TimelineMark &m : std::as_const(m_marks)) {
        if (m.entries.size() == 1 && m.count == 1 && m_fetch.entries.at(m.entries.constFirst()).id == id) {
            const QRectF r = f.markRect(m);
            if (f.plotRect().intersects(r))
                return r;
        }
    }
    return {};
}

int TimelineWidget::visibleMarkCount()
{
    ensureLayout();
    const TimelineFrame f = frame();
    int n = 0;
    for (const TimelineMark &m : std::as_const(m_marks))
        n += f.plotRect().intersects(f.markRect(m)) ? 1 : 0;
    return n;
}

int TimelineWidget::visibleItemCount()
{
    ensureLayout();
    const TimelineFrame f = frame();
    int n = 0;
    for (const TimelineMark &m : std::as_const(m_marks))
        n += f.plotRect().intersects(f.markRect(m)) ? m.count : 0;
    return n;
}

QString TimelineWidget::entryDate(const TimelineEntry &e) const
{
    const Language l = m_context->language();
    QString text = Formatter::date(e.date, l);
    if (!e.dateEnd.isEmpty())
        text = tr("%1 – %2").arg(text, Formatter::date(e.dateEnd, l));
    const FuzzyDate d = FuzzyDate::parse(e.date);
    if (d.precision() != FuzzyDate::Day && e.dateEnd.isEmpty())
        text = tr("%1 (%2)").arg(text, Formatter::precisionName(d.precision()));
    return text;
}

QString TimelineWidget::markTooltip(int index) const
{
    const TimelineMark &m = m_marks.at(index);
    const Language l = m_context->language();
    const QString lane = m.lane >= 0 && m.lane < m_rows.size() ? m_rows.at(m.lane).label : QString();
    if (!m.isCluster()) {
        const TimelineEntry &e = m_fetch.entries.at(m.entries.constFirst());
        return QStringLiteral("<b>%1</b><br>%2<br><span style=\"color:gray\">%3 · %4</span>")
            .arg(pickText(l, e.titleKo, e.titleEn).toHtmlEscaped(), entryDate(e).toHtmlEscaped(),
                 lane.toHtmlEscaped(), categoryNameForId(categoryId(Category(e.dominantCategory()))).toHtmlEscaped());
    }
    const QDate first = QDate::fromJulianDay(m.first);
    const QDate last = QDate::fromJulianDay(m.last);
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3")
                       .arg(tr("%n item(s)", nullptr, m.count).toHtmlEscaped(),
                            TimelineAxis::rangeLabel(first, last, l).toHtmlEscaped(), lane.toHtmlEscaped());
    QStringList titles;
    for (int e : m.entries) {
        const TimelineEntry &entry = m_fetch.entries.at(e);
        if (entry.isSingle() && titles.size() < 6)
            titles << QStringLiteral("• %1").arg(pickText(l, entry.titleKo, entry.titleEn).toHtmlEscaped());
    }
    if (!titles.isEmpty())
        html += QStringLiteral("<br>") + titles.join(QStringLiteral("<br>"));
    if (m.count > titles.size() && !titles.isEmpty())
        html += QStringLiteral("<br>…");
    html += QStringLiteral("<br><i>%1</i>").arg(tr("Click to zoom in").toHtmlEscaped());
    return html;
}

} // namespace Atlas
