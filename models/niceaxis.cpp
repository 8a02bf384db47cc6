#include "niceaxis.h"

#include <cmath>

namespace Atlas {

double NiceAxis::niceStep(double span, int target)
{
    if (span <= 0 || target <= 0)
        return 1;
    const double raw = span / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * magnitude;
}

NiceAxis NiceAxis::linear(double lo, double hi, int target)
{
    NiceAxis axis;
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi <= lo)
        hi = lo + 1;
    const double step = niceStep(hi - lo, target);
    axis.min = std::floor(lo / step) * step;
    axis.max = std::ceil(hi / step) * step;
    if (axis.max < hi * 1.02 && hi > 0)
        axis.max += step; // leave a little room above the highest value for its label
    for (double t = axis.min; t <= axis.max + step / 2; t += step)
        axis.ticks << (std::abs(t) < step * 1e-9 ? 0.0 : t);
    return axis;
}

NiceAxis NiceAxis::logarithmic(double lo, double hi)
{
    NiceAxis axis;
    if (lo <= 0 || hi <= 0) {
        axis = linear(lo, hi);
        return axis;
    }
    const int first = int(std::floor(std::log10(lo)));
    const int last = int(std::ceil(std::log10(hi)));
    const bool fine = last - first <= 3;
    axis.min = std::pow(10.0, first);
    axis.max = std::pow(10.0, last);
    for (int e = first; e <= last; ++e) {
        const double decade = std::pow(10.0, e);
        for (double m : { 1.0, 2.0, 5.0 }) {
            if (m != 1.0 && (!fine || e == last))
                continue;
            axis.ticks << m * decade;
        }
    }
    // Trim decades that hold no value, keeping one tick below and above the data.
    while (axis.ticks.size() > 2 && axis.ticks.at(1) <= lo)
        axis.ticks.removeFirst();
    while (axis.ticks.size() > 2 && axis.ticks.at(axis.ticks.size() - 2) >= hi)
        axis.ticks.removeLast();
    axis.min = axis.ticks.constFirst();
    axis.max = axis.ticks.constLast();
    return axis;
}

} // namespace Atlas
