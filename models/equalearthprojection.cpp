#include "equalearthprojection.h"

#include <QtMath>

#include <cmath>

namespace Atlas {

namespace {
// The polynomial coefficients of the published projection.
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;

QPolygonF meridian(double lon, double fromLat, double toLat, double step)
{
    QPolygonF out;
    const int n = qMax(1, int(std::ceil(std::abs(toLat - fromLat) / step)));
    for (int i = 0; i <= n; ++i)
        out << EqualEarthProjection::project(lon, fromLat + (toLat - fromLat) * i / n);
    return out;
}
} // namespace

QPointF EqualEarthProjection::project(double lonDegrees, double latDegrees)
{
    const double lambda = qDegreesToRadians(lonDegrees);
    const double phi = qDegreesToRadians(qBound(-90.0, latDegrees, 90.0));
    const double t = std::asin(M * std::sin(phi));
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    const double x = lambda * std::cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    const double y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return { x, -y };
}

bool EqualEarthProjection::inverse(const QPointF &point, double *lonDegrees, double *latDegrees)
{
    const double y = -point.y();
    if (std::abs(y) > maxY() + 1e-9)
        return false;
    // Newton's method on the polynomial in theta.
    double t = y;
    for (int i = 0; i < 12; ++i) {
        const double t2 = t * t;
        const double t6 = t2 * t2 * t2;
        const double fy = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        const double fpy = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
        const double delta = fy / fpy;
        t -= delta;
        if (std::abs(delta) < 1e-12)
            break;
    }
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    const double lambda = M * point.x() * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / std::cos(t);
    const double phi = std::asin(qBound(-1.0, std::sin(t) / M, 1.0));
    const double lon = qRadiansToDegrees(lambda);
    if (std::abs(lon) > 180.0 + 1e-9)
        return false;
    if (lonDegrees)
        *lonDegrees = lon;
    if (latDegrees)
        *latDegrees = qRadiansToDegrees(phi);
    return true;
}

double EqualEarthProjection::maxX()
{
    return project(180.0, 0.0).x();
}

double EqualEarthProjection::maxY()
{
    return -project(0.0, 90.0).y();
}

QRectF EqualEarthProjection::bounds()
{
    return QRectF(QPointF(-maxX(), -maxY()), QPointF(maxX(), maxY()));
}

QPainterPath EqualEarthProjection::outline()
{
    QPolygonF ring = meridian(180.0, 90.0, -90.0, 1.0);
    const QPolygonF west = meridian(-180.0, -90.0, 90.0, 1.0);
    ring << west;
    QPainterPath path;
    path.addPolygon(ring);
    path.closeSubpath();
    return path;
}

QPainterPath EqualEarthProjection::graticule(double stepDegrees)
{
    QPainterPath path;
    for (double lon = -180.0 + stepDegrees; lon < 180.0 - 1e-9; lon += stepDegrees)
        path.addPolygon(meridian(lon, -90.0, 90.0, 2.0));
    for (double lat = -90.0 + stepDegrees; lat < 90.0 - 1e-9; lat += stepDegrees) {
        QPolygonF parallel;
        for (double lon = -180.0; lon <= 180.0 + 1e-9; lon += 2.0)
            parallel << project(lon, lat);
        path.addPolygon(parallel);
    }
    return path;
}

} // namespace Atlas
