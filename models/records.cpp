#include "records.h"

#include <QDate>
#include <QRegularExpression>

namespace Atlas {

FuzzyDate FuzzyDate::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    FuzzyDate d;
    d.year = m.captured(1).toInt();
    d.month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    d.day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (d.year < 1000 || d.month < 0 || d.month > 12 || (!m.captured(2).isEmpty() && d.month == 0))
        return {};
    if (!m.captured(3).isEmpty() && !QDate(d.year, d.month, d.day).isValid())
        return {};
    return d;
}

QString FuzzyDate::toString() const
{
    switch (precision()) {
    case Invalid:
        return {};
    case Year:
        return QString::number(year);
    case Month:
        return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    case Day:
        break;
    }
    return QDate(year, month, day).toString(Qt::ISODate);
}

QString FuzzyDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(year, month ? month : 1, day ? day : 1).toString(Qt::ISODate);
}

QString FuzzyDate::lastDay() const
{
    if (!isValid())
        return {};
    if (day)
        return QDate(year, month, day).toString(Qt::ISODate);
    if (month)
        return QDate(year, month, 1).addMonths(1).addDays(-1).toString(Qt::ISODate);
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

} // namespace Atlas
