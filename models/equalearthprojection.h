#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace Atlas {

// The Equal Earth projection (Šavrič, Patterson & Jenny, 2018): equal-area, so a country's size on
// the map is its true size, with a pleasant, Robinson-like shape. Map units are those of a sphere
// of radius 1 with y pointing DOWN (north is up on screen), so a QPainter can draw them directly.
class EqualEarthProjection
{
public:
    // Longitude and latitude in degrees; longitudes outside ±180 are projected as given.
    static QPointF project(double lonDegrees, double latDegrees);
    // The inverse; false where the point lies outside the map.
    static bool inverse(const QPointF &point, double *lonDegrees, double *latDegrees);

    // The x of ±180° at the equator and the y of the poles.
    static double maxX();
    static double maxY();
    static QRectF bounds();
    // The outline of the whole world (the edge meridians and the flat poles), for the ocean.
    static QPainterPath outline();
    // Parallels and meridians every `stepDegrees`.
    static QPainterPath graticule(double stepDegrees = 30.0);
};

} // namespace Atlas
