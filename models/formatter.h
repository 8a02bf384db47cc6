#pragma once

#include "language.h"
#include "records.h"

#include <QCoreApplication>

namespace Atlas {

// Formats dates and numbers per language. Stored values are never formatted (STYLE.md rule 6).
//
// Large numbers use the units a reader of each language expects: Korean groups by 10⁴ (만, 억, 조,
// 경), English by 10³ (million, billion, trillion). Money is "1조 8,475억 달러" / "USD 1.85 trillion".
// The unit words are locale data chosen by the `language` argument, not UI strings: a Korean
// record must read the same whatever language the menus are in, so they do not go through tr().
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::Formatter)

public:
    // As precise as the date is: "2023년 10월 30일" / "30 Oct 2023", "2023년 10월" / "Oct 2023", "2023년" / "2023".
    static QString date(const FuzzyDate &date, Language language);
    static QString date(const QString &isoFuzzyDate, Language language);
    static QString precisionName(FuzzyDate::Precision precision); // translated: "day", "month", "year"
    static QString integer(qint64 value, Language language);

    // Full, for text and tables; Compact, for axis ticks: English also uses "thousand" there.
    enum class Style { Full, Compact };

    // A plain amount in big-number units, no currency: 1.8475e12 → "1조 8,475억" / "1.85 trillion";
    // below 10⁴ (ko) or 10⁶ (en) a locale number with at most two decimals: "1,204", "0.0015".
    // Korean keeps the two highest units and drops the lower one once the higher has three digits
    // ("25억 5,040만", "1,502억"); English keeps two decimals. Rounding carries into the next unit:
    // 9,999.6억 → "1조", 999.996 billion → "1 trillion".
    static QString amount(double value, Language language, Style style = Style::Full);
    // Money stored as value × scale of an ISO 4217 currency: (1847.5, 1e9, "USD") →
    // "1조 8,475억 달러" / "USD 1.85 trillion"; (9090, 1e8, "KRW") → "9,090억 원" / "KRW 909 billion".
    static QString money(double value, double scale, const QString &currency, Language language,
                         Style style = Style::Full);
    // The currency as a word: "달러", "원" / "USD", "KRW".
    static QString currencySymbol(const QString &currency, Language language);
    // Its name for a unit line: "미국 달러" / "US dollars".
    static QString currencyName(const QString &currency, Language language);
    // 36.8 → "36.8%" (the value is already in percent); at most `decimals` decimals, trailing zeros dropped.
    static QString percent(double value, Language language, int decimals = 1);
    // A growth rate stored as a fraction: 0.368 → "36.8%".
    static QString growthRate(double fraction, Language language);
    // 6 → "6위" / "6th".
    static QString rank(int rank, Language language);
    // A figure or series value with its unit: money when a currency is set, otherwise by `unit`
    // (percent, rank, score, count). `scale` multiplies the value (1 when empty or 0).
    static QString value(double value, const QString &unit, const QString &currency, double scale, Language language,
                         Style style = Style::Full);
    // What a chart's values are in, for a subtitle: "단위: 미국 달러" / "US dollars", "%", "순위" / "rank".
    static QString unitLabel(const QString &unit, const QString &currency, Language language);
    // A period of a series: "2023" → "2023년" / "2023"; "2023-Q1" → "2023년 1분기" / "Q1 2023";
    // "2023-07" → "2023년 7월" / "Jul 2023".
    static QString period(const QString &period, Language language);
};

} // namespace Atlas
