#include "timelineaxis.h"

#include "formatter.h"

#include <cmath>

namespace Atlas {

namespace {

double guessWidth(const QString &text)
{
    double w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x1100 ? 12.0 : 7.0; // Hangul is about twice as wide as Latin
    return w;
}

QDate startOfPeriod(const QDate &d, TimelineAxis::Unit unit, int step)
{
    switch (unit) {
    case TimelineAxis::Unit::Years: {
        const int y = d.year() - ((d.year() % step) + step) % step;
        return QDate(y, 1, 1);
    }
    case TimelineAxis::Unit::Quarters:
        return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
    case TimelineAxis::Unit::Months:
        return QDate(d.year(), d.month(), 1);
    case TimelineAxis::Unit::Weeks: {
        // Days 1, 8, 15 and 22 of each month: weeks that restart with the month, so they line
        // up with the month row above them.
        const int day = std::min(22, ((d.day() - 1) / 7) * 7 + 1);
        return QDate(d.year(), d.month(), day);
    }
    case TimelineAxis::Unit::Days:
        return d;
    }
    return d;
}

QDate nextPeriod(const QDate &d, TimelineAxis::Unit unit, int step)
{
    switch (unit) {
    case TimelineAxis::Unit::Years:
        return d.addYears(step);
    case TimelineAxis::Unit::Quarters:
        return d.addMonths(3);
    case TimelineAxis::Unit::Months:
        return d.addMonths(1);
    case TimelineAxis::Unit::Weeks:
        return d.day() >= 22 ? QDate(d.year(), d.month(), 1).addMonths(1) : d.addDays(7);
    case TimelineAxis::Unit::Days:
        return d.addDays(1);
    }
    return d.addDays(1);
}

QString labelFor(const QDate &d, TimelineAxis::Unit unit, Language language)
{
    switch (unit) {
    case TimelineAxis::Unit::Years:
        return TimelineAxis::yearLabel(d.year(), language);
    case TimelineAxis::Unit::Quarters:
        return TimelineAxis::quarterLabel((d.month() - 1) / 3 + 1, language);
    case TimelineAxis::Unit::Months:
        return TimelineAxis::monthLabel(d.month(), language);
    case TimelineAxis::Unit::Weeks:
    case TimelineAxis::Unit::Days:
        return TimelineAxis::dayLabel(d, language);
    }
    return {};
}

QList<TimelineAxis::Tick> ticks(const TimelineScale &scale, TimelineAxis::Unit unit, int step, Language language,
                                bool labels)
{
    QList<TimelineAxis::Tick> out;
    const qint64 firstDay = qint64(std::floor(scale.startDay()));
    QDate d = startOfPeriod(QDate::fromJulianDay(firstDay), unit, step);
    // Never more ticks than pixels, whatever the caller did to the scale.
    while (d.isValid() && scale.x(d) < scale.width() && out.size() < 4000) {
        const QDate next = nextPeriod(d, unit, step);
        TimelineAxis::Tick t;
        t.x = scale.x(d);
        t.x1 = scale.x(next);
        t.date = d;
        if (labels)
            t.label = labelFor(d, unit, language);
        out.append(t);
        d = next;
    }
    return out;
}

} // namespace

QString TimelineAxis::yearLabel(int year, Language language)
{
    return language == Language::Korean ? QStringLiteral("%1년").arg(year) : QString::number(year);
}

QString TimelineAxis::quarterLabel(int quarter, Language language)
{
    return language == Language::Korean ? QStringLiteral("%1분기").arg(quarter) : QStringLiteral("Q%1").arg(quarter);
}

QString TimelineAxis::monthLabel(int month, Language language)
{
    if (language == Language::Korean)
        return QStringLiteral("%1월").arg(month);
    return localeFor(language).monthName(month, QLocale::ShortFormat);
}

QString TimelineAxis::monthYearLabel(const QDate &date, Language language)
{
    FuzzyDate d;
    d.year = date.year();
    d.month = date.month();
    return Formatter::date(d, language);
}

QString TimelineAxis::dayLabel(const QDate &date, Language language)
{
    return language == Language::Korean ? QStringLiteral("%1일").arg(date.day()) : QString::number(date.day());
}

QString TimelineAxis::rangeLabel(const QDate &from, const QDate &to, Language language)
{
    const bool wholeYears = from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31;
    if (wholeYears) {
        if (from.year() == to.year())
            return yearLabel(from.year(), language);
        return language == Language::Korean ? QStringLiteral("%1–%2년").arg(from.year()).arg(to.year())
                                            : QStringLiteral("%1–%2").arg(from.year()).arg(to.year());
    }
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        if (from.year() == to.year() && from.month() == to.month())
            return monthYearLabel(from, language);
        if (from.year() == to.year()) {
            return language == Language::Korean
                ? QStringLiteral("%1년 %2월 – %3월").arg(from.year()).arg(from.month()).arg(to.month())
                : QStringLiteral("%1 – %2 %3")
                      .arg(monthLabel(from.month(), language), monthLabel(to.month(), language))
                      .arg(to.year());
        }
        return QStringLiteral("%1 – %2").arg(monthYearLabel(from, language), monthYearLabel(to, language));
    }
    // Any other range reads as precisely as it is long: years for years, months for months.
    const qint64 days = from.daysTo(to) + 1;
    if (days > 3 * 365)
        return rangeLabel(QDate(from.year(), 1, 1), QDate(to.year(), 12, 31), language);
    if (days > 90)
        return rangeLabel(QDate(from.year(), from.month(), 1), QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1),
                          language);
    FuzzyDate a { from.year(), from.month(), from.day() };
    FuzzyDate b { to.year(), to.month(), to.day() };
    if (from.year() == to.year() && from.month() == to.month() && language == Language::Korean)
        return QStringLiteral("%1 – %2일").arg(Formatter::date(a, language)).arg(to.day());
    return QStringLiteral("%1 – %2").arg(Formatter::date(a, language), Formatter::date(b, language));
}

TimelineAxis::Result TimelineAxis::compute(const TimelineScale &scale, Language language, const Measure &measure)
{
    const Measure width = measure ? measure : Measure(guessWidth);
    const double ppd = scale.pixelsPerDay();
    // The widest label of each unit decides whether the unit fits.
    const double dayW = width(dayLabel(QDate(2023, 12, 28), language)) + LabelPadding;
    const double monthW = [&] {
        double w = 0;
        for (int m = 1; m <= 12; ++m)
            w = std::max(w, width(monthLabel(m, language)));
        return w + LabelPadding;
    }();
    const double quarterW = width(quarterLabel(4, language)) + LabelPadding;
    const double yearW = width(yearLabel(2023, language)) + LabelPadding;

    Result r;
    if (ppd >= dayW) {
        r.unit = Unit::Days;
    } else if (ppd * 7 >= dayW) {
        r.unit = Unit::Weeks;
    } else if (ppd * 28 >= monthW) {
        r.unit = Unit::Months;
    } else if (ppd * 90 >= quarterW) {
        r.unit = Unit::Quarters;
    } else {
        r.unit = Unit::Years;
        r.step = 20;
        for (int step : { 1, 2, 5, 10, 20 }) {
            if (ppd * 365 * step >= yearW) {
                r.step = step;
                break;
            }
        }
    }
    r.minor = ticks(scale, r.unit, r.step, language, true);
    switch (r.unit) {
    case Unit::Days:
    case Unit::Weeks: {
        r.major = ticks(scale, Unit::Months, 1, language, false);
        for (Tick &t : r.major)
            t.label = monthYearLabel(t.date, language);
        break;
    }
    case Unit::Months:
    case Unit::Quarters:
        r.major = ticks(scale, Unit::Years, 1, language, true);
        break;
    case Unit::Years:
        break;
    }
    return r;
}

} // namespace Atlas
