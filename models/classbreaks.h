#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Atlas {

// The classes of a choropleth legend: a few ranges with round bounds, so a reader can tell
// "20–49 items" apart at a glance (a continuous ramp hides that). Class i holds the values from
// lower(i) up to, not including, lower(i + 1); the last class is open.
class ClassBreaks
{
public:
    // Counts 1 … max in at most `maxClasses` classes with round lower bounds (1, 3, 10, 20, 50 …).
    // Zero is not a class: a map draws zero apart from every class and from "no data".
    static ClassBreaks forCounts(int max, int maxClasses = 5);
    // Any numbers (scores, ranks): one class per value when there are few, else equal steps.
    static ClassBreaks forValues(QList<double> values, int maxClasses = 5);

    int count() const { return int(m_lower.size()); }
    bool isEmpty() const { return m_lower.isEmpty(); }
    double lower(int i) const { return m_lower.at(i); }
    // -1 below the first class.
    int classOf(double value) const;
    // "1–2", "50+", or "3" for a class of one integer; numbers in the locale's format.
    QString label(int i, const QLocale &locale = QLocale()) const;

private:
    QList<double> m_lower;
    double m_max = 0;
    bool m_integral = true;
    bool m_exact = false; // one class per value
};

} // namespace Atlas
