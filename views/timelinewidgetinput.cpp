// Mouse, wheel, pinch, tooltips and menus of the timeline canvas (split from timelinewidget.cpp
// to keep files small; same class).
#include "timelinewidget.h"

#include "atlascontext.h"
#include "formatter.h"
#include "timelinelanemodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace Atlas {

using namespace TimelineMetrics;

void TimelineWidget::showTooltip(const QPoint &pos, const QPoint &globalPos)
{
    const int mark = markAt(pos);
    if (mark >= 0) {
        QToolTip::showText(globalPos, markTooltip(mark), viewport());
        return;
    }
    const int row = pos.x() < labelWidth() ? rowAt(pos.y()) : -1;
    if (row >= 0) {
        const TimelineRow &r = m_rows.at(row);
        QString text = r.label;
        if (r.kind == TimelineRow::Lane)
            text = tr("%1: %n item(s)", nullptr, r.count).arg(r.label);
        else
            text = r.collapsed ? tr("%1 (click to expand)").arg(r.label) : tr("%1 (click to collapse)").arg(r.label);
        QToolTip::showText(globalPos, text.toHtmlEscaped(), viewport());
        return;
    }
    QToolTip::hideText();
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        showTooltip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::Gesture: {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
                zoomAt(pinch->scaleFactor(), centre.x() - labelWidth());
            }
            ge->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        // Touchpad pinch (macOS, Wayland).
        auto *ng = static_cast<QNativeGestureEvent *>(event);
        if (ng->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(1.0 + ng->value(), ng->position().x() - labelWidth());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    if (pos.x() < labelWidth()) { // over the lane names: scroll the lanes
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(d / 120.0 * m_scale.width() / 10);
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        panBy(delta.x() / 120.0 * m_scale.width() / 10);
    } else if (delta.y() != 0) {
        zoomAt(std::pow(1.2, delta.y() / 120.0), pos.x() - labelWidth());
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_lastDragPos = event->position();
    m_dragging = false;
    m_pressInLabels = m_pressPos.x() < labelWidth();
    m_dragLaneRow = -1;
    if (m_pressInLabels) {
        const int row = rowAt(m_pressPos.y());
        if (row >= 0 && m_rows.at(row).kind == TimelineRow::Lane)
            m_dragLaneRow = row;
    }
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!(event->buttons() & Qt::LeftButton)) {
        const int hover = markAt(pos);
        if (hover != m_hoverMark) {
            m_hoverMark = hover;
            viewport()->update();
        }
        viewport()->setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragging && (pos.toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (!m_dragging)
        return;
    if (m_pressInLabels) {
        if (m_dragLaneRow < 0)
            return;
        // Reorder: a line shows where the lane will land; only inside its own group.
        int row = rowAt(pos.y());
        if (row >= 0 && pos.y() > axisHeight() + m_rows.at(row).top - verticalScrollBar()->value() + m_rows.at(row).height / 2)
            ++row;
        if (row < 0)
            row = pos.y() < axisHeight() ? 0 : int(m_rows.size());
        const QString group = m_rows.at(m_dragLaneRow).group;
        const bool inGroup = (row < m_rows.size() && m_rows.at(row).kind == TimelineRow::Lane && m_rows.at(row).group == group)
            || (row > 0 && row - 1 < m_rows.size() && m_rows.at(row - 1).kind == TimelineRow::Lane
                && m_rows.at(row - 1).group == group);
        m_dropRow = inGroup ? row : -1;
        viewport()->setCursor(Qt::ClosedHandCursor);
        viewport()->update();
        return;
    }
    viewport()->setCursor(Qt::ClosedHandCursor);
    const QPointF d = pos - m_lastDragPos;
    m_lastDragPos = pos;
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(d.y()));
    panBy(d.x());
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    viewport()->setCursor(Qt::ArrowCursor);
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        if (m_dragLaneRow >= 0 && m_dropRow >= 0) {
            // The drop line sits before row m_dropRow; turn it into the lane's new model row.
            const int from = m_rows.at(m_dragLaneRow).modelRow;
            int to = -1;
            if (m_dropRow < m_rows.size() && m_rows.at(m_dropRow).kind == TimelineRow::Lane
                && m_rows.at(m_dropRow).group == m_rows.at(m_dragLaneRow).group)
                to = m_rows.at(m_dropRow).modelRow;
            else
                to = m_rows.at(m_dropRow - 1).modelRow + 1;
            if (to > from)
                --to;
            const QString key = m_rows.at(m_dragLaneRow).key;
            if (to >= 0 && to != from)
                m_lanes->moveLane(from, to);
            m_currentLane = key;
        }
        m_dragging = false;
        m_dragLaneRow = -1;
        m_dropRow = -1;
        viewport()->update();
        return;
    }
    if (m_pressInLabels) {
        const int row = rowAt(pos.y());
        if (row >= 0) {
            const TimelineRow r = m_rows.at(row);
            m_currentLane = r.key;
            m_currentId.clear();
            if (r.kind == TimelineRow::Header)
                setGroupCollapsed(r.group, !r.collapsed);
            viewport()->update();
        }
        return;
    }
    const int mark = markAt(pos);
    if (mark >= 0)
        activateMark(mark, event->globalPosition().toPoint());
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->position().x() >= labelWidth() && markAt(event->position()) < 0) {
        zoomAt(2.0, event->position().x() - labelWidth());
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void TimelineWidget::activateMark(int index, const QPoint &globalPos)
{
    const TimelineMark m = m_marks.at(index);
    if (!m.isCluster()) {
        setCurrentMark(index, true);
        return;
    }
    // A badge splits when zoomed in, unless its items share the same days or the zoom is at its
    // limit: then list them.
    bool samePlace = true;
    for (int e : m.entries) {
        const TimelineEntry &entry = m_fetch.entries.at(e);
        if (entry.count > 1 || entry.first != m_fetch.entries.at(m.entries.constFirst()).first
            || entry.last != m_fetch.entries.at(m.entries.constFirst()).last)
            samePlace = false;
    }
    const bool atLimit = m_scale.visibleDays() <= TimelineScale::MinVisibleDays * 1.01;
    if (!samePlace && !atLimit) {
        zoomToMark(index);
        return;
    }
    QMenu menu(this);
    const Language l = m_context->language();
    for (int e : m.entries) {
        const TimelineEntry &entry = m_fetch.entries.at(e);
        if (!entry.isSingle())
            continue;
        const QString id = entry.id;
        menu.addAction(tr("%1 — %2").arg(Formatter::date(entry.date, l), pickText(l, entry.titleKo, entry.titleEn)),
                       this, [this, id] { m_context->selectItem(id); });
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void TimelineWidget::zoomToMark(int index)
{
    const TimelineMark m = m_marks.at(index);
    const double a = double(m.first);
    const double b = double(m.last + 1);
    const double width = std::max(TimelineScale::MinVisibleDays, (b - a) * 1.3);
    if (width >= m_scale.visibleDays() * 0.8) {
        // The badge spans most of the view (a long period inside it): zoom in on its middle.
        zoomAt(2.0, (m.x0 + m.x1) / 2);
        return;
    }
    const double centre = (a + b) / 2;
    m_scale.setRange(centre - width / 2, centre + width / 2);
    invalidateLayout();
    viewport()->update();
    emit rangeChanged();
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const int row = rowAt(pos.y());
    if (row >= 0)
        showLaneMenu(row, event->globalPos());
}

void TimelineWidget::showLaneMenu(int rowIndex, const QPoint &globalPos)
{
    const TimelineRow row = m_rows.at(rowIndex);
    QMenu menu(this);
    if (row.kind == TimelineRow::Header) {
        menu.addAction(row.collapsed ? tr("Expand group") : tr("Collapse group"), this,
                       [this, row] { setGroupCollapsed(row.group, !row.collapsed); });
    } else {
        const int modelRow = row.modelRow;
        const bool canUp = modelRow > 0 && m_lanes->group(modelRow - 1) == row.group;
        const bool canDown = modelRow + 1 < m_lanes->rowCount() && m_lanes->group(modelRow + 1) == row.group;
        menu.addAction(tr("Move lane up"), this, [this, modelRow] { m_lanes->moveLane(modelRow, modelRow - 1); })
            ->setEnabled(canUp);
        menu.addAction(tr("Move lane down"), this, [this, modelRow] { m_lanes->moveLane(modelRow, modelRow + 1); })
            ->setEnabled(canDown);
        menu.addAction(tr("Hide lane “%1”").arg(row.label), this,
                       [this, modelRow] { m_lanes->setHidden(modelRow, true); });
        if (!row.group.isEmpty())
            menu.addAction(tr("Collapse group"), this, [this, row] { setGroupCollapsed(row.group, true); });
        if (m_mode == TimelineLaneMode::Actors)
            menu.addAction(tr("Open profile"), this, [this, row] { emit m_context->actorActivated(row.key); });
    }
    menu.addSeparator();
    const qsizetype hidden = m_lanes->hidden(m_mode).size();
    menu.addAction(tr("Show all lanes (%n hidden)", nullptr, int(hidden)), m_lanes, &TimelineLaneModel::showAll)
        ->setEnabled(hidden > 0);
    menu.addAction(tr("Reset lane order"), m_lanes, &TimelineLaneModel::resetOrder);
    menu.exec(globalPos);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_hoverMark >= 0) {
        m_hoverMark = -1;
        viewport()->update();
    }
    QAbstractScrollArea::leaveEvent(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange) {
        rebuildRows(); // group names and the axis height follow
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineWidget::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace Atlas
