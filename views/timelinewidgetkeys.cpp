// Keyboard navigation of the timeline canvas: stepping between items and lanes (split from
// timelinewidget.cpp to keep files small; same class).
#include "timelinewidget.h"

#include "atlascontext.h"
#include "timelinelanemodel.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <cmath>

namespace Atlas {

namespace {
QString isoDay(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day))).toString(Qt::ISODate);
}
} // namespace

int TimelineWidget::currentMarkIndex()
{
    if (m_currentLane.isEmpty() || m_currentId.isEmpty())
        return -1;
    for (int i = 0; i < m_marks.size(); ++i) {
        const TimelineMark &m = m_marks.at(i);
        if (m.lane < 0 || m.lane >= m_rows.size() || m_rows.at(m.lane).key != m_currentLane)
            continue;
        for (int e : m.entries) {
            if (m_fetch.entries.at(e).id == m_currentId)
                return i;
        }
    }
    return -1;
}

void TimelineWidget::setCurrentMark(int index, bool select)
{
    if (index < 0 || index >= m_marks.size())
        return;
    const TimelineMark &m = m_marks.at(index);
    m_currentLane = m_rows.at(m.lane).key;
    // A badge is remembered by its first item, so it stays current while it splits.
    m_currentId = m_fetch.entries.at(m.entries.constFirst()).id;
    const QString id = m_currentId;
    const bool single = !m.isCluster();
    ensureMarkVisible(index);
    if (select && single && !id.isEmpty())
        m_context->selectItem(id);
    viewport()->update();
}

void TimelineWidget::ensureMarkVisible(int index)
{
    const TimelineMark m = m_marks.at(index);
    const TimelineRow row = m_rows.at(m.lane);
    // Vertically: scroll the lane into view.
    const double plotHeight = plotRect().height();
    QScrollBar *bar = verticalScrollBar();
    if (row.top < bar->value())
        bar->setValue(int(row.top));
    else if (row.top + row.height > bar->value() + plotHeight)
        bar->setValue(int(std::ceil(row.top + row.height - plotHeight)));
    // Horizontally: pan just enough, with a margin.
    const double margin = 24;
    if (m.x0 < margin && m.x1 < m_scale.width() - margin)
        panBy(margin - m.x0);
    else if (m.x1 > m_scale.width() - margin && m.x0 > margin)
        panBy(m_scale.width() - margin - m.x1);
}

void TimelineWidget::stepItem(int direction)
{
    ensureLayout();
    int rowIndex = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == m_currentLane)
            rowIndex = i;
    }
    if (rowIndex < 0 || !m_rows.at(rowIndex).hasMarks()) {
        // Start with the first lane that shows anything.
        for (int i = 0; i < m_rows.size() && rowIndex < 0; ++i) {
            for (const TimelineMark &m : std::as_const(m_marks)) {
                if (m.lane == i && (rowIndex < 0 || m_rows.at(rowIndex).kind != TimelineRow::Lane)) {
                    rowIndex = i;
                    break;
                }
            }
        }
        if (rowIndex < 0)
            return;
        m_currentLane = m_rows.at(rowIndex).key;
    }
    QList<int> inLane;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).lane == rowIndex)
            inLane << i;
    }
    std::sort(inLane.begin(), inLane.end(), [this](int a, int b) {
        const TimelineMark &ma = m_marks.at(a), &mb = m_marks.at(b);
        return ma.x0 != mb.x0 ? ma.x0 < mb.x0 : ma.row < mb.row;
    });
    const int current = currentMarkIndex();
    const qsizetype pos = inLane.indexOf(current);
    if (current < 0 && !inLane.isEmpty()) {
        setCurrentMark(direction > 0 ? inLane.constFirst() : inLane.constLast(), true);
        return;
    }
    const qsizetype next = pos + direction;
    if (pos >= 0 && next >= 0 && next < inLane.size()) {
        setCurrentMark(inLane.at(next), true);
        return;
    }
    // Past the edge of the view: ask for the next item of this lane and bring it into view.
    QString dateFirst;
    QString id;
    if (current >= 0) {
        const TimelineMark &m = m_marks.at(current);
        // From a badge, step past everything it holds.
        const TimelineEntry &edge = m_fetch.entries.at(direction > 0 ? m.entries.constLast() : m.entries.constFirst());
        dateFirst = QDate::fromJulianDay(edge.first).toString(Qt::ISODate);
        id = edge.id.isEmpty() ? (direction > 0 ? QString(QChar(0xffff)) : QString()) : edge.id;
        if (direction > 0) {
            for (int e : m.entries) {
                const TimelineEntry &x = m_fetch.entries.at(e);
                const QString d = QDate::fromJulianDay(x.first).toString(Qt::ISODate);
                if (d > dateFirst || (d == dateFirst && x.id > id)) {
                    dateFirst = d;
                    id = x.id;
                }
            }
        } else {
            for (int e : m.entries) {
                const TimelineEntry &x = m_fetch.entries.at(e);
                const QString d = QDate::fromJulianDay(x.first).toString(Qt::ISODate);
                if (d < dateFirst || (d == dateFirst && x.id < id)) {
                    dateFirst = d;
                    id = x.id;
                }
            }
        }
    } else {
        dateFirst = isoDay(direction > 0 ? m_scale.endDay() : m_scale.startDay());
    }
    const TimelineRepository::Query q = queryFor({ rowIndex }, 0, 0);
    const TimelineEntry found = m_repository.adjacent(q, dateFirst, id, direction > 0);
    if (found.count == 0)
        return;
    // Put it a fifth of the way in from the side we travel towards.
    const double day = (double(found.first) + double(found.last + 1)) / 2;
    m_scale.centreOn(day, direction > 0 ? m_scale.width() * 0.8 : m_scale.width() * 0.2);
    invalidateLayout();
    emit rangeChanged();
    m_currentId = found.id;
    m_currentLane = m_rows.at(rowIndex).key;
    ensureLayout();
    const int index = currentMarkIndex();
    if (index >= 0)
        setCurrentMark(index, true);
    else
        m_context->selectItem(found.id);
    viewport()->update();
}

void TimelineWidget::jumpToEnd(bool last)
{
    ensureLayout();
    int rowIndex = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == m_currentLane)
            rowIndex = i;
    }
    if (rowIndex < 0 || !m_rows.at(rowIndex).hasMarks())
        return;
    const TimelineRepository::Query q = queryFor({ rowIndex }, 0, 0);
    const TimelineEntry found
        = m_repository.adjacent(q, last ? QStringLiteral("9999") : QString(), last ? QString() : QString(), !last);
    if (found.count == 0)
        return;
    const double day = (double(found.first) + double(found.last + 1)) / 2;
    m_scale.centreOn(day, last ? m_scale.width() * 0.8 : m_scale.width() * 0.2);
    invalidateLayout();
    emit rangeChanged();
    m_currentId = found.id;
    ensureLayout();
    const int index = currentMarkIndex();
    if (index >= 0)
        setCurrentMark(index, true);
    viewport()->update();
}

void TimelineWidget::stepLane(int direction)
{
    ensureLayout();
    int rowIndex = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == m_currentLane)
            rowIndex = i;
    }
    const int current = currentMarkIndex();
    const double x = current >= 0 ? (m_marks.at(current).x0 + m_marks.at(current).x1) / 2 : m_scale.width() / 2;
    const int target = rowIndex < 0 ? 0 : rowIndex + direction;
    if (target < 0 || target >= m_rows.size())
        return;
    m_currentLane = m_rows.at(target).key;
    m_currentId.clear();
    // The mark of the new lane nearest to where we were.
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_marks.size(); ++i) {
        const TimelineMark &m = m_marks.at(i);
        if (m.lane != target)
            continue;
        const double d = std::abs((m.x0 + m.x1) / 2 - x);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    if (best >= 0) {
        setCurrentMark(best, true);
    } else {
        const TimelineRow row = m_rows.at(target);
        QScrollBar *bar = verticalScrollBar();
        if (row.top < bar->value())
            bar->setValue(int(row.top));
        else if (row.top + row.height > bar->value() + plotRect().height())
            bar->setValue(int(std::ceil(row.top + row.height - plotRect().height())));
        viewport()->update();
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        shift ? panBy(m_scale.width() / 4) : stepItem(-1);
        break;
    case Qt::Key_Right:
        shift ? panBy(-m_scale.width() / 4) : stepItem(1);
        break;
    case Qt::Key_Up:
        stepLane(-1);
        break;
    case Qt::Key_Down:
        stepLane(1);
        break;
    case Qt::Key_Home:
        jumpToEnd(false);
        break;
    case Qt::Key_End:
        jumpToEnd(true);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        ensureLayout();
        const int current = currentMarkIndex();
        if (current >= 0) {
            if (m_marks.at(current).isCluster())
                zoomToMark(current);
            else
                m_context->selectItem(m_currentId);
            break;
        }
        for (const TimelineRow &r : std::as_const(m_rows)) {
            if (r.key == m_currentLane && r.kind == TimelineRow::Header) {
                setGroupCollapsed(r.group, !r.collapsed);
                break;
            }
        }
        break;
    }
    case Qt::Key_Menu: {
        int row = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).key == m_currentLane)
                row = i;
        }
        if (row >= 0)
            showLaneMenu(row, viewport()->mapToGlobal(QPoint(int(labelWidth() / 2),
                                                             int(axisHeight() + m_rows.at(row).top
                                                                 - verticalScrollBar()->value()))));
        break;
    }
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Atlas
