#include "timelinelegend.h"

#include "timelinepainter.h"

#include <QEvent>
#include <QPainter>

namespace Atlas {

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineLegend::sizeHint() const
{
    return QSize(600, fontMetrics().height() + 10);
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelineColors colors = TimelineColors::fromPalette(palette());
    colors.text = palette().color(QPalette::WindowText);
    TimelinePainter::paintLegend(painter, QRectF(rect()).adjusted(8, 0, -8, 0), colors, font());
}

void TimelineLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace Atlas
