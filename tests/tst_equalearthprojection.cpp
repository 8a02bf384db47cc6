// The Equal Earth projection against the published formula's values, its inverse, and the
// property it is chosen for: equal areas.
#include "equalearthprojection.h"

#include <QTest>

#include <cmath>

using namespace Atlas;

class TstEqualEarthProjection : public QObject
{
    Q_OBJECT

    static double sphereCellArea(double west, double east, double south, double north)
    {
        const double d = M_PI / 180.0;
        return (east - west) * d * (std::sin(north * d) - std::sin(south * d));
    }
    static double projectedCellArea(double west, double east, double south, double north)
    {
        QPolygonF ring;
        const int n = 200;
        for (int i = 0; i <= n; ++i)
            ring << EqualEarthProjection::project(west + (east - west) * i / n, south);
        for (int i = 0; i <= n; ++i)
            ring << EqualEarthProjection::project(east, south + (north - south) * i / n);
        for (int i = 0; i <= n; ++i)
            ring << EqualEarthProjection::project(east - (east - west) * i / n, north);
        for (int i = 0; i <= n; ++i)
            ring << EqualEarthProjection::project(west, north - (north - south) * i / n);
        double a = 0;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const QPointF &u = ring.at(i);
            const QPointF &v = ring.at((i + 1) % ring.size());
            a += u.x() * v.y() - v.x() * u.y();
        }
        return std::abs(a) / 2;
    }

private slots:
    void knownPoints_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y"); // north up, as the formula has it
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("antimeridian at the equator") << 180.0 << 0.0 << 2.706629984 << 0.0;
        QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << 1.317362759;
        QTest::newRow("south-west corner") << -180.0 << -90.0 << -1.603588648 << -1.317362759;
        QTest::newRow("Seoul") << 127.0 << 37.5 << 1.718290774 << 0.730401190;
        QTest::newRow("Paris") << 2.35 << 48.85 << 0.029418328 << 0.923255372;
        QTest::newRow("New York") << -74.0 << 40.7 << -0.981862090 << 0.786841444;
        QTest::newRow("Singapore") << 103.8 << 1.35 << 1.560616336 << 0.027347091;
    }
    void knownPoints()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF p = EqualEarthProjection::project(lon, lat);
        QVERIFY2(std::abs(p.x() - x) < 1e-8, qPrintable(QString::number(p.x(), 'f', 9)));
        QVERIFY2(std::abs(-p.y() - y) < 1e-8, qPrintable(QString::number(-p.y(), 'f', 9)));
    }

    void shape()
    {
        // The published aspect ratio (2.05:1) and pole line (0.59 of the equator).
        QVERIFY(std::abs(EqualEarthProjection::maxX() / EqualEarthProjection::maxY() - 2.05458) < 1e-4);
        const double poleLine = EqualEarthProjection::project(180, 90).x() / EqualEarthProjection::maxX();
        QVERIFY(std::abs(poleLine - 0.5925) < 1e-3);
        const QRectF outline = EqualEarthProjection::outline().boundingRect();
        QVERIFY(std::abs(outline.width() - 2 * EqualEarthProjection::maxX()) < 1e-9);
        QVERIFY(std::abs(outline.height() - 2 * EqualEarthProjection::maxY()) < 1e-9);
    }

    void inverseRoundTrip()
    {
        for (double lat = -89.0; lat <= 89.0; lat += 8.9) {
            for (double lon = -179.0; lon <= 179.0; lon += 17.9) {
                double lon2 = 0, lat2 = 0;
                QVERIFY(EqualEarthProjection::inverse(EqualEarthProjection::project(lon, lat), &lon2, &lat2));
                QVERIFY2(std::abs(lon - lon2) < 1e-7 && std::abs(lat - lat2) < 1e-7,
                         qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(lon).arg(lat).arg(lon2).arg(lat2)));
            }
        }
        QVERIFY(!EqualEarthProjection::inverse(QPointF(2.8, 0), nullptr, nullptr)); // beyond ±180°
        QVERIFY(!EqualEarthProjection::inverse(QPointF(0, -1.4), nullptr, nullptr)); // beyond the pole
    }

    void equalArea()
    {
        // Cells of equal area on the sphere have equal area on the map, at any latitude.
        const double total = projectedCellArea(-180, 180, -90, 90);
        QVERIFY2(std::abs(total - 4 * M_PI) < 1e-3, qPrintable(QString::number(total)));
        for (const double south : { 0.0, 30.0, 60.0, -80.0 }) {
            const double sphere = sphereCellArea(100, 110, south, south + 10);
            const double map = projectedCellArea(100, 110, south, south + 10);
            QVERIFY2(std::abs(map / sphere - 1) < 2e-4, qPrintable(QStringLiteral("%1: %2").arg(south).arg(map / sphere)));
        }
    }
};

QTEST_GUILESS_MAIN(TstEqualEarthProjection)
#include "tst_equalearthprojection.moc"
