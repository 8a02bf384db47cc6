#include "formatter.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

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

namespace {

// A locale number with at most `decimals` decimals, trailing zeros dropped: 1234.50 → "1,234.5".
QString trimmedNumber(double value, const QLocale &locale, int decimals)
{
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

// Small amounts keep enough decimals to be told apart: 30 → "30", 0.0015 → "0.0015".
QString plainNumber(double value, const QLocale &locale)
{
    const double a = std::abs(value);
    const int decimals = a >= 1 || a == 0 ? 2 : a >= 0.01 ? 4 : 6;
    return trimmedNumber(value, locale, decimals);
}

struct BigUnit
{
    double size;
    const char16_t *ko;
    const char16_t *en;
};

// Korean: 만 10⁴, 억 10⁸, 조 10¹², 경 10¹⁶.
constexpr BigUnit KoreanUnits[] = { { 1e16, u"경", nullptr }, { 1e12, u"조", nullptr }, { 1e8, u"억", nullptr },
                                    { 1e4, u"만", nullptr } };
// English: thousand only in compact style (axis ticks); text says "250,000".
constexpr BigUnit EnglishUnits[] = { { 1e12, nullptr, u"trillion" }, { 1e9, nullptr, u"billion" },
                                     { 1e6, nullptr, u"million" }, { 1e3, nullptr, u"thousand" } };

QString koreanAmount(double a, const QLocale &locale)
{
    const int count = int(std::size(KoreanUnits));
    for (int i = 0; i < count; ++i) {
        const BigUnit &unit = KoreanUnits[i];
        if (a < unit.size)
            continue;
        const QString major = QString::fromUtf16(unit.ko);
        // Three digits of the higher unit are precise enough: round to it, drop the lower one.
        if (a / unit.size >= 100) {
            const double r = std::round(a / unit.size);
            if (r >= 1e4 && i > 0)
                return koreanAmount(r * unit.size, locale); // 9,999.6억 → 10,000억 → 1조
            return locale.toString(qint64(r)) + major;
        }
        const double lowerSize = i + 1 < count ? KoreanUnits[i + 1].size : 1.0;
        const QString lowerName = i + 1 < count ? QString::fromUtf16(KoreanUnits[i + 1].ko) : QString();
        const double r = std::round(a / lowerSize);
        const qint64 hi = qint64(r / 1e4);
        const qint64 lo = qint64(r - double(hi) * 1e4);
        if (lo == 0)
            return locale.toString(hi) + major;
        return locale.toString(hi) + major + u' ' + locale.toString(lo) + lowerName;
    }
    return plainNumber(a, locale);
}

QString englishAmount(double a, const QLocale &locale, bool compact)
{
    const int count = int(std::size(EnglishUnits)) - (compact ? 0 : 1);
    const double floor = compact ? 1e4 : 1e6;
    if (a < floor)
        return plainNumber(a, locale);
    for (int i = 0; i < count; ++i) {
        const BigUnit &unit = EnglishUnits[i];
        if (a < unit.size)
            continue;
        const double x = std::round(a / unit.size * 100) / 100;
        if (x >= 1000 && i > 0)
            return englishAmount(x * unit.size, locale, compact); // 999.996 billion → 1 trillion
        return trimmedNumber(x, locale, 2) + u' ' + QString::fromUtf16(unit.en);
    }
    return plainNumber(a, locale);
}

struct CurrencyNames
{
    const char16_t *code;
    const char16_t *koSymbol;
    const char16_t *koName;
    const char16_t *enName;
};

constexpr CurrencyNames Currencies[] = {
    { u"USD", u"달러", u"미국 달러", u"US dollars" },      { u"KRW", u"원", u"원", u"Korean won" },
    { u"EUR", u"유로", u"유로", u"euros" },                { u"GBP", u"파운드", u"영국 파운드", u"pounds sterling" },
    { u"CNY", u"위안", u"중국 위안", u"Chinese yuan" },    { u"JPY", u"엔", u"일본 엔", u"Japanese yen" },
    { u"CAD", u"캐나다 달러", u"캐나다 달러", u"Canadian dollars" },
};

const CurrencyNames *findCurrency(const QString &code)
{
    for (const CurrencyNames &c : Currencies) {
        if (code == QStringView(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace

QString Formatter::amount(double value, Language language, Style style)
{
    const QLocale locale = localeFor(language);
    if (!std::isfinite(value))
        return {};
    const double a = std::abs(value);
    QString text = language == Language::Korean ? koreanAmount(a, locale) : englishAmount(a, locale, style == Style::Compact);
    if (value < 0 && text != u"0")
        text.prepend(locale.negativeSign());
    return text;
}

QString Formatter::currencySymbol(const QString &currency, Language language)
{
    const CurrencyNames *c = findCurrency(currency);
    if (language == Language::Korean && c)
        return QString::fromUtf16(c->koSymbol);
    return currency;
}

QString Formatter::currencyName(const QString &currency, Language language)
{
    const CurrencyNames *c = findCurrency(currency);
    if (!c)
        return currency;
    return QString::fromUtf16(language == Language::Korean ? c->koName : c->enName);
}

QString Formatter::money(double value, double scale, const QString &currency, Language language, Style style)
{
    const double full = value * (scale > 0 ? scale : 1.0);
    const QString number = amount(full, language, style);
    if (currency.isEmpty())
        return number;
    if (language == Language::Korean) {
        // "1조 8,475억 달러", but "30달러": Korean writes the unit word apart only after a big unit.
        const bool bigUnit = std::abs(full) >= 1e4;
        const QString symbol = currencySymbol(currency, language);
        return bigUnit ? QString(number + u' ' + symbol) : QString(number + symbol);
    }
    return currency + u' ' + number;
}

QString Formatter::percent(double value, Language language, int decimals)
{
    return trimmedNumber(value, localeFor(language), decimals) + u'%';
}

QString Formatter::growthRate(double fraction, Language language)
{
    return percent(fraction * 100.0, language, 1);
}

QString Formatter::rank(int rank, Language language)
{
    if (language == Language::Korean)
        return QStringLiteral("%1위").arg(rank);
    const int lastTwo = rank % 100;
    const int last = rank % 10;
    const char16_t *suffix = (lastTwo >= 11 && lastTwo <= 13) ? u"th" : last == 1 ? u"st" : last == 2 ? u"nd" : last == 3 ? u"rd" : u"th";
    return localeFor(language).toString(rank) + QString::fromUtf16(suffix);
}

QString Formatter::value(double v, const QString &unit, const QString &currency, double scale, Language language,
                         Style style)
{
    if (!currency.isEmpty())
        return money(v, scale, currency, language, style);
    const double full = v * (scale > 0 ? scale : 1.0);
    if (unit == u"percent")
        return percent(full, language);
    if (unit == u"rank" && style == Style::Full && full >= 1 && std::floor(full) == full)
        return rank(int(full), language);
    return amount(full, language, style);
}

QString Formatter::unitLabel(const QString &unit, const QString &currency, Language language)
{
    const bool ko = language == Language::Korean;
    if (!currency.isEmpty())
        return currencyName(currency, language);
    if (unit == u"percent")
        return QStringLiteral("%");
    if (unit == u"rank")
        return ko ? QStringLiteral("순위") : QStringLiteral("rank");
    if (unit == u"score")
        return ko ? QStringLiteral("점수") : QStringLiteral("score");
    if (unit == u"count")
        return ko ? QStringLiteral("수") : QStringLiteral("count");
    return unit;
}

QString Formatter::period(const QString &period, Language language)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch m = quarter.match(period);
    if (m.hasMatch()) {
        return language == Language::Korean ? QStringLiteral("%1년 %2분기").arg(m.captured(1), m.captured(2))
                                            : QStringLiteral("Q%2 %1").arg(m.captured(1), m.captured(2));
    }
    const FuzzyDate d = FuzzyDate::parse(period);
    return d.isValid() ? date(d, language) : period;
}

} // namespace Atlas
