#include "classbreaks.h"

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {
// The round number nearest to v from the series 1, 2, 3, 5, 10, 20, 30, 50, 100 …
double roundNumber(double v)
{
    if (v <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    double best = magnitude;
    for (const double m : { 1.0, 2.0, 3.0, 5.0, 10.0 }) {
        if (std::abs(std::log(m * magnitude / v)) < std::abs(std::log(best / v)))
            best = m * magnitude;
    }
    return best;
}

QString number(double v, bool integral, const QLocale &locale)
{
    return integral ? locale.toString(qint64(std::llround(v))) : locale.toString(v, 'g', 3);
}
} // namespace

ClassBreaks ClassBreaks::forCounts(int max, int maxClasses)
{
    ClassBreaks b;
    b.m_max = max;
    if (max < 1 || maxClasses < 1)
        return b;
    if (max <= maxClasses) {
        for (int v = 1; v <= max; ++v)
            b.m_lower << v;
        b.m_exact = true;
        return b;
    }
    // Geometric steps from 1 to max, rounded: counts are skewed (a few countries have most items).
    b.m_lower << 1;
    for (int i = 1; i < maxClasses; ++i) {
        const double v = roundNumber(std::pow(double(max), double(i) / maxClasses));
        if (v > b.m_lower.constLast() && v <= max)
            b.m_lower << v;
    }
    return b;
}

ClassBreaks ClassBreaks::forValues(QList<double> values, int maxClasses)
{
    ClassBreaks b;
    if (values.isEmpty() || maxClasses < 1)
        return b;
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    b.m_integral = std::all_of(values.cbegin(), values.cend(), [](double v) { return v == std::floor(v); });
    b.m_max = values.constLast();
    if (values.size() <= maxClasses) {
        b.m_lower = values;
        b.m_exact = true;
        return b;
    }
    const double lo = values.constFirst();
    const double step = (b.m_max - lo) / maxClasses;
    for (int i = 0; i < maxClasses; ++i) {
        double v = lo + step * i;
        if (b.m_integral)
            v = std::floor(v);
        if (b.m_lower.isEmpty() || v > b.m_lower.constLast())
            b.m_lower << v;
    }
    return b;
}

int ClassBreaks::classOf(double value) const
{
    int c = -1;
    for (int i = 0; i < m_lower.size(); ++i) {
        if (value >= m_lower.at(i) - 1e-9)
            c = i;
    }
    return c;
}

QString ClassBreaks::label(int i, const QLocale &locale) const
{
    const double lo = m_lower.at(i);
    if (m_exact)
        return number(lo, m_integral, locale);
    const bool last = i + 1 == m_lower.size();
    if (last) {
        if (lo >= m_max)
            return number(lo, m_integral, locale);
        return m_integral ? number(lo, true, locale) + u'+'
                          : QStringLiteral("%1–%2").arg(number(lo, false, locale), number(m_max, false, locale));
    }
    const double next = m_lower.at(i + 1);
    if (m_integral) {
        if (next - 1 <= lo)
            return number(lo, true, locale);
        return QStringLiteral("%1–%2").arg(number(lo, true, locale), number(next - 1, true, locale));
    }
    return QStringLiteral("%1–%2").arg(number(lo, false, locale), number(next, false, locale));
}

} // namespace Atlas
