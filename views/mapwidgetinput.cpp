// MapWidget's input: wheel, drag and keyboard zoom and pan, hover and click.
#include "mapwidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

namespace Atlas {

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position();
        m_lastDragPos = event->position();
        m_dragging = false;
        m_animation->stop();
    }
    QWidget::mousePressEvent(event);
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            const QPointF delta = widgetToMap(m_lastDragPos) - widgetToMap(event->position());
            m_lastDragPos = event->position();
            setVisibleMapRect(m_mapRect.translated(delta), false);
            return;
        }
    }
    setHovered(actorAt(event->position()), event->globalPosition().toPoint());
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
        } else {
            const QString id = actorAt(event->position());
            if (!id.isEmpty())
                emit actorClicked(id);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept(); // a double click is two clicks on the same country, not a zoom
}

void MapWidget::leaveEvent(QEvent *event)
{
    setHovered(QString(), QPoint());
    QWidget::leaveEvent(event);
}

void MapWidget::setHovered(const QString &id, const QPoint &globalPos)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    update();
    emit hoveredChanged(id);
    if (id.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, hoverText(id), this);
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QSizeF step = m_mapRect.size() * 0.1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitWorld();
        break;
    case Qt::Key_Left:
        setVisibleMapRect(m_mapRect.translated(-step.width(), 0));
        break;
    case Qt::Key_Right:
        setVisibleMapRect(m_mapRect.translated(step.width(), 0));
        break;
    case Qt::Key_Up:
        setVisibleMapRect(m_mapRect.translated(0, -step.height()));
        break;
    case Qt::Key_Down:
        setVisibleMapRect(m_mapRect.translated(0, step.height()));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Atlas
