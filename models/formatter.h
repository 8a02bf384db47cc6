#pragma once

#include "language.h"
#include "records.h"

#include <QCoreApplication>

namespace Atlas {

// Formats dates and numbers per language. Stored values are never formatted (STYLE.md rule 6).
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::Formatter)

public:
    // As precise as the date is: "2023년 10월 30일" / "30 Oct 2023", "2023년 10월" / "Oct 2023", "2023년" / "2023".
    static QString date(const FuzzyDate &date, Language language);
    static QString date(const QString &isoFuzzyDate, Language language);
    static QString precisionName(FuzzyDate::Precision precision); // translated: "day", "month", "year"
    static QString integer(qint64 value, Language language);
};

} // namespace Atlas
