#include "timelinescale.h"

#include <QString>

#include <algorithm>

namespace Atlas {

TimelineScale::TimelineScale(double startDay, double pixelsPerDay, double width)
    : m_start(startDay)
    , m_ppd(pixelsPerDay > 0 ? pixelsPerDay : 1)
    , m_width(width > 0 ? width : 1)
{
}

TimelineScale::Extent TimelineScale::extent(qint64 firstDay, qint64 lastDay) const
{
    Extent e;
    if (lastDay < firstDay)
        lastDay = firstDay;
    e.x0 = x(double(firstDay));
    e.x1 = x(double(lastDay + 1));
    e.point = firstDay == lastDay;
    return e;
}

TimelineScale::Extent TimelineScale::extent(const QString &dateFirst, const QString &dateLast) const
{
    return extent(dayNumber(dateFirst), dayNumber(dateLast));
}

void TimelineScale::setRange(double fromDay, double toDay)
{
    if (toDay <= fromDay)
        toDay = fromDay + 1;
    m_start = fromDay;
    m_ppd = m_width / (toDay - fromDay);
}

void TimelineScale::setRange(const QDate &from, const QDate &toInclusive)
{
    setRange(double(from.toJulianDay()), double(toInclusive.toJulianDay() + 1));
}

void TimelineScale::setWidth(double width)
{
    m_width = width > 0 ? width : 1;
    m_ppd = clampPpd(m_ppd);
}

double TimelineScale::clampPpd(double ppd) const
{
    return std::clamp(ppd, m_width / MaxVisibleDays, m_width / MinVisibleDays);
}

bool TimelineScale::zoom(double factor, double anchorX)
{
    const double ppd = clampPpd(m_ppd * factor);
    if (qFuzzyCompare(ppd, m_ppd))
        return false;
    const double anchorDay = dayAt(anchorX);
    m_ppd = ppd;
    m_start = anchorDay - anchorX / m_ppd;
    return true;
}

qint64 TimelineScale::dayNumber(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

} // namespace Atlas
