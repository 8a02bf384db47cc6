#pragma once

#include <QList>

namespace Atlas {

// Tick positions a reader can take in at a glance: 0, 500, 1,000 … (1, 2 or 5 × 10ⁿ apart), or
// whole decades on a log scale. The labels come from Formatter, so ticks read like the values.
struct NiceAxis
{
    double min = 0;
    double max = 1;
    QList<double> ticks;

    // Linear: from 0 (or below, for negatives) to just above hi, about `target` ticks.
    static NiceAxis linear(double lo, double hi, int target = 5);
    // Log: ticks at 1, 2, 5 × 10ⁿ when the range spans few decades, at 10ⁿ otherwise. lo, hi > 0.
    static NiceAxis logarithmic(double lo, double hi);
    // The 1-2-5 step that divides `span` into about `target` parts.
    static double niceStep(double span, int target);
};

} // namespace Atlas
