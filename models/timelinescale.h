#pragma once

#include <QDate>
#include <QtGlobal>

namespace Atlas {

// The timeline's one horizontal axis: maps days to pixels and back. Days are Julian day numbers
// (QDate::toJulianDay), so arithmetic is exact and free of calendars. A day d covers the interval
// [d, d + 1): a month-precise item covers every day of its month, and is drawn as a span over it,
// never as a false point (DATA-MODEL.md: date_first/date_last).
class TimelineScale
{
public:
    // The zoom range the issue asks for: from decades down to weeks.
    static constexpr double MinVisibleDays = 7.0;
    static constexpr double MaxVisibleDays = 365.25 * 60.0;

    TimelineScale() = default;
    TimelineScale(double startDay, double pixelsPerDay, double width);

    double startDay() const { return m_start; }
    double pixelsPerDay() const { return m_ppd; }
    double width() const { return m_width; }
    double endDay() const { return m_start + m_width / m_ppd; }
    double visibleDays() const { return m_width / m_ppd; }

    // x of the start of day `day` (Julian day number; fractions allowed).
    double x(double day) const { return (day - m_start) * m_ppd; }
    double x(const QDate &date) const { return x(double(date.toJulianDay())); }
    // The day under pixel x (fractional).
    double dayAt(double x) const { return m_start + x / m_ppd; }

    // The horizontal extent a dated item covers: [x(first), x(last + 1)).
    struct Extent
    {
        double x0 = 0;
        double x1 = 0;
        bool point = false; // one exact day: drawn as a dot at its centre
        double centre() const { return (x0 + x1) / 2; }
    };
    Extent extent(qint64 firstDay, qint64 lastDay) const;
    // From the stored ISO dates (date_first, date_last), e.g. "2023-10-01", "2023-10-31".
    Extent extent(const QString &dateFirst, const QString &dateLast) const;

    // Shows [from, to) across the width.
    void setRange(double fromDay, double toDay);
    void setRange(const QDate &from, const QDate &toInclusive);
    // Resizes keeping the start and the zoom level (a wider window shows more time).
    void setWidth(double width);
    // Zooms by `factor` (> 1 zooms in) keeping the day under pixel `anchorX` in place; clamps to
    // [MinVisibleDays, MaxVisibleDays]. Returns false when already at the limit.
    bool zoom(double factor, double anchorX);
    void pan(double dx) { m_start -= dx / m_ppd; }
    // Moves so `day` sits at pixel `atX`.
    void centreOn(double day, double atX) { m_start = day - atX / m_ppd; }

    static qint64 dayNumber(const QString &isoDate); // Julian day of "yyyy-MM-dd", 0 if invalid

    bool operator==(const TimelineScale &o) const
    {
        return m_start == o.m_start && m_ppd == o.m_ppd && m_width == o.m_width;
    }

private:
    double clampPpd(double ppd) const;

    double m_start = 0; // Julian day at x = 0
    double m_ppd = 1; // pixels per day
    double m_width = 1; // pixels
};

} // namespace Atlas
