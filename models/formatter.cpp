#include "formatter.h"

#include <QDate>

namespace Atlas {

QString Formatter::date(const FuzzyDate &d, Language language)
{
    const QLocale locale = localeFor(language);
    switch (d.precision()) {
    case FuzzyDate::Invalid:
        return {};
    case FuzzyDate::Year:
        return language == Language::Korean ? QStringLiteral("%1년").arg(d.year) : QString::number(d.year);
    case FuzzyDate::Month:
        return language == Language::Korean ? QStringLiteral("%1년 %2월").arg(d.year).arg(d.month)
                                            : locale.toString(QDate(d.year, d.month, 1), QStringLiteral("MMM yyyy"));
    case FuzzyDate::Day:
        break;
    }
    return language == Language::Korean ? QStringLiteral("%1년 %2월 %3일").arg(d.year).arg(d.month).arg(d.day)
                                        : locale.toString(QDate(d.year, d.month, d.day), QStringLiteral("d MMM yyyy"));
}

QString Formatter::date(const QString &isoFuzzyDate, Language language)
{
    return date(FuzzyDate::parse(isoFuzzyDate), language);
}

QString Formatter::precisionName(FuzzyDate::Precision precision)
{
    switch (precision) {
    case FuzzyDate::Year:
        return tr("known to the year");
    case FuzzyDate::Month:
        return tr("known to the month");
    case FuzzyDate::Day:
        return tr("exact day");
    case FuzzyDate::Invalid:
        break;
    }
    return {};
}

QString Formatter::integer(qint64 value, Language language)
{
    return localeFor(language).toString(value);
}

} // namespace Atlas
