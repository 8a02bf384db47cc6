#pragma once

#include "language.h"
#include "timelinescale.h"

#include <QList>
#include <QString>

#include <functional>

namespace Atlas {

// The timeline's adaptive axis: picks the finest unit whose labels fit (years, then quarters,
// then months, then weeks, then days) and labels ticks in the UI language ("2023년 10월" /
// "Oct 2023"). Pure: no painting, so it is tested without a screen.
class TimelineAxis
{
public:
    enum class Unit { Years, Quarters, Months, Weeks, Days };

    struct Tick
    {
        double x = 0; // start of the period
        double x1 = 0; // end of the period (start of the next)
        QDate date; // first day of the period
        QString label; // may be empty (a tick without room for its label)
    };

    struct Result
    {
        Unit unit = Unit::Years;
        int step = 1; // for years: label every `step` years (1, 2, 5, 10, 20)
        QList<Tick> minor; // the unit's ticks
        QList<Tick> major; // the enclosing periods (years for months, months for days); may be empty
    };

    // Measures a label's width in pixels; the default guesses from the character count.
    using Measure = std::function<double(const QString &)>;

    static Result compute(const TimelineScale &scale, Language language, const Measure &measure = {});

    // Labels, exposed for the tests and for tooltips.
    static QString yearLabel(int year, Language language); // "2023" / "2023년"
    static QString quarterLabel(int quarter, Language language); // "Q4" / "4분기"
    static QString monthLabel(int month, Language language); // "Oct" / "10월"
    static QString monthYearLabel(const QDate &date, Language language); // "Oct 2023" / "2023년 10월"
    static QString dayLabel(const QDate &date, Language language); // "30" / "30일"
    // A range for a title: "2023", "2016–2023", "Mar – Jun 2023", "2023년 3월 – 6월".
    static QString rangeLabel(const QDate &from, const QDate &toInclusive, Language language);

    static constexpr double LabelPadding = 10.0;
};

} // namespace Atlas
