#include "worldgeometry.h"

#include "equalearthprojection.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {
struct Names
{
    QString alpha3, en, ko;
};

double signedArea(const QPolygonF &p)
{
    double a = 0;
    for (qsizetype i = 0, n = p.size(); i < n; ++i) {
        const QPointF &u = p.at(i);
        const QPointF &v = p.at((i + 1) % n);
        a += u.x() * v.y() - v.x() * u.y();
    }
    return a / 2;
}

QPointF centroid(const QPolygonF &p)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, n = p.size(); i < n; ++i) {
        const QPointF &u = p.at(i);
        const QPointF &v = p.at((i + 1) % n);
        const double c = u.x() * v.y() - v.x() * u.y();
        a += c;
        cx += (u.x() + v.x()) * c;
        cy += (u.y() + v.y()) * c;
    }
    if (std::abs(a) < 1e-15)
        return p.boundingRect().center();
    return { cx / (3 * a), cy / (3 * a) };
}

// Long edges (a clipped edge along ±180°, a closure along a pole) become curves once projected.
QPolygonF densify(const QPolygonF &ring, double stepDegrees = 1.0)
{
    QPolygonF out;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring.at(i);
        out << a;
        if (i + 1 == ring.size())
            break;
        const QPointF b = ring.at(i + 1);
        const int n = int(std::ceil(std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y())) / stepDegrees));
        for (int k = 1; k < n; ++k)
            out << a + (b - a) * (double(k) / n);
    }
    return out;
}

QPolygonF projectRing(const QPolygonF &lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        out << EqualEarthProjection::project(p.x(), p.y());
    return out;
}

// One ring in longitude/latitude → projected polygons without streaks (TECH-NOTES §6.2): unwrap
// the longitude so the ring is continuous, close a ring that circles a pole through that pole,
// then cut what sticks out past ±180° and bring it back from the other side.
QList<QPolygonF> fixRing(QPolygonF ring)
{
    if (ring.size() < 3)
        return {};
    double shift = 0;
    bool jumped = false;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double d = ring[i].x() + shift - ring[i - 1].x();
        if (d > 180) {
            shift -= 360;
            jumped = true;
        } else if (d < -180) {
            shift += 360;
            jumped = true;
        }
        ring[i].rx() += shift;
    }
    if (!jumped)
        return { projectRing(ring) };
    if (std::abs(shift) > 1) {
        // A ring around a pole (Antarctica): its way back runs along the pole itself.
        double meanLat = 0;
        for (const QPointF &p : std::as_const(ring))
            meanLat += p.y();
        const double pole = meanLat < 0 ? -90.0 : 90.0;
        ring << QPointF(ring.constLast().x(), pole) << QPointF(ring.constFirst().x(), pole);
    }
    if (std::abs(signedArea(ring)) < 1e-9)
        return {};
    QPainterPath path;
    path.addPolygon(ring);
    path.closeSubpath();
    const QRectF world(-180, -90, 360, 180);
    QList<QPolygonF> out;
    for (const double dx : { 0.0, -360.0, 360.0 }) {
        const QPainterPath piece = path.translated(dx, 0).intersected([&] {
            QPainterPath r;
            r.addRect(world);
            return r;
        }());
        for (const QPolygonF &poly : piece.toSubpathPolygons()) {
            if (poly.size() >= 3 && std::abs(signedArea(poly)) > 1e-9)
                out << projectRing(densify(poly));
        }
    }
    return out;
}

QList<QStringList> readTable(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<QStringList> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        rows << QString::fromUtf8(line).split(u'\t');
    }
    return rows;
}

// A point inside the polygon, as central as a cheap search finds: the centroid if it is inside
// (most countries), else the inside grid point nearest to it (a crescent such as Chile's coast).
QPointF insidePoint(const QPolygonF &poly)
{
    const QPointF c = centroid(poly);
    if (poly.containsPoint(c, Qt::OddEvenFill))
        return c;
    const QRectF b = poly.boundingRect();
    QPointF best = c;
    double bestDistance = -1;
    constexpr int N = 24;
    for (int i = 0; i <= N; ++i) {
        for (int j = 0; j <= N; ++j) {
            const QPointF p(b.left() + b.width() * i / N, b.top() + b.height() * j / N);
            if (!poly.containsPoint(p, Qt::OddEvenFill))
                continue;
            const double d = std::hypot(p.x() - c.x(), p.y() - c.y());
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
    }
    return best;
}
} // namespace

QString WorldGeometry::defaultTopoJsonPath()
{
    return QStringLiteral(":/maps/countries-50m.json");
}

QString WorldGeometry::defaultNamesPath()
{
    return QStringLiteral(":/maps/countries.tsv");
}

QString WorldGeometry::defaultOverridesPath()
{
    return QStringLiteral(":/maps/names-overrides.tsv");
}

QString WorldGeometry::defaultPlacesPath()
{
    return QStringLiteral(":/maps/places.tsv");
}

const WorldGeometry &WorldGeometry::shared()
{
    static const WorldGeometry geometry = [] {
        WorldGeometry g;
        const QByteArray hash = sourceHash();
        const QString cache = defaultCachePath(hash);
        if (hash.isEmpty() || !g.loadCache(cache, hash)) {
            if (g.load() && !hash.isEmpty())
                g.saveCache(cache, hash); // best effort: a read-only cache folder only costs time
        }
        if (g.m_countries.isEmpty() || !g.loadPlaces())
            qWarning("World map not loaded: %s", qUtf8Printable(g.errorString()));
        return g;
    }();
    return geometry;
}

QPointF WorldGeometry::project(double lon, double lat)
{
    return EqualEarthProjection::project(lon, lat);
}

bool WorldGeometry::load(const QString &topoJsonPath, const QString &namesPath, const QString &overridesPath)
{
    m_countries.clear();
    m_index.clear();
    m_error.clear();

    // Names: ISO numeric → alpha-3 and names, then the everyday overrides.
    QHash<QString, Names> byNumeric;
    QHash<QString, Names *> byAlpha3;
    for (const QStringList &row : readTable(namesPath, &m_error)) {
        if (row.size() >= 4)
            byNumeric.insert(row.at(0), { row.at(1), row.at(2), row.at(3) });
    }
    if (!m_error.isEmpty())
        return false;
    for (auto it = byNumeric.begin(); it != byNumeric.end(); ++it)
        byAlpha3.insert(it->alpha3, &*it);
    QHash<QString, Names> extra; // features without a numeric id, by TopoJSON name
    for (const QStringList &row : readTable(overridesPath, &m_error)) {
        const QString alpha3 = row.value(0);
        const QString en = row.value(1);
        const QString ko = row.value(2);
        const QString feature = row.value(3);
        if (!feature.isEmpty()) {
            extra.insert(feature, { alpha3, en, ko });
            continue;
        }
        if (Names *n = byAlpha3.value(alpha3)) {
            if (!en.isEmpty())
                n->en = en;
            if (!ko.isEmpty())
                n->ko = ko;
        }
    }
    if (!m_error.isEmpty())
        return false;

    QFile file(topoJsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(topoJsonPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject topo = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || topo.value(u"type").toString() != u"Topology") {
        m_error = QStringLiteral("%1: not a TopoJSON topology (%2)").arg(topoJsonPath, parseError.errorString());
        return false;
    }
    const QJsonObject transform = topo.value(u"transform").toObject();
    const QJsonArray scale = transform.value(u"scale").toArray();
    const QJsonArray translate = transform.value(u"translate").toArray();
    const bool quantized = scale.size() == 2 && translate.size() == 2;
    const double sx = quantized ? scale.at(0).toDouble() : 1, sy = quantized ? scale.at(1).toDouble() : 1;
    const double tx = quantized ? translate.at(0).toDouble() : 0, ty = quantized ? translate.at(1).toDouble() : 0;

    // Arcs are quantized and delta-encoded.
    QList<QPolygonF> arcs;
    const QJsonArray jsonArcs = topo.value(u"arcs").toArray();
    arcs.reserve(jsonArcs.size());
    for (const QJsonValue &arc : jsonArcs) {
        QPolygonF points;
        double x = 0, y = 0;
        for (const QJsonValue &p : arc.toArray()) {
            const QJsonArray xy = p.toArray();
            if (quantized) {
                x += xy.at(0).toDouble();
                y += xy.at(1).toDouble();
            } else {
                x = xy.at(0).toDouble();
                y = xy.at(1).toDouble();
            }
            points << QPointF(x * sx + tx, y * sy + ty);
        }
        arcs << points;
    }
    // A ring lists arc indices; ~i means arc i reversed; consecutive arcs share their end point.
    const auto ring = [&arcs](const QJsonArray &indices) {
        QPolygonF out;
        for (const QJsonValue &v : indices) {
            const int i = v.toInt();
            const bool reversed = i < 0;
            const int a = reversed ? ~i : i;
            if (a < 0 || a >= arcs.size())
                continue;
            QPolygonF part = arcs.at(a);
            if (reversed)
                std::reverse(part.begin(), part.end());
            if (!out.isEmpty() && !part.isEmpty())
                part.removeFirst();
            out << part;
        }
        return out;
    };

    const QJsonArray geometries =
        topo.value(u"objects").toObject().value(u"countries").toObject().value(u"geometries").toArray();
    if (geometries.isEmpty()) {
        m_error = QStringLiteral("%1: no countries object").arg(topoJsonPath);
        return false;
    }
    for (const QJsonValue &value : geometries) {
        const QJsonObject g = value.toObject();
        const QString type = g.value(u"type").toString();
        const QString numeric = g.value(u"id").toString();
        const QString featureName = g.value(u"properties").toObject().value(u"name").toString();
        Names names;
        if (byNumeric.contains(numeric))
            names = byNumeric.value(numeric);
        else if (extra.contains(featureName))
            names = extra.value(featureName);
        else
            names = { QStringLiteral("X-") + featureName, featureName, QString() };

        QList<QJsonArray> polygons;
        if (type == u"Polygon") {
            polygons << g.value(u"arcs").toArray();
        } else if (type == u"MultiPolygon") {
            for (const QJsonValue &p : g.value(u"arcs").toArray())
                polygons << p.toArray();
        } else {
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        QPolygonF largest;
        double largestArea = 0;
        for (const QJsonArray &polygon : std::as_const(polygons)) {
            for (const QJsonValue &r : polygon) {
                for (const QPolygonF &projected : fixRing(ring(r.toArray()))) {
                    path.addPolygon(projected);
                    path.closeSubpath();
                    const double a = std::abs(signedArea(projected));
                    if (a > largestArea) {
                        largestArea = a;
                        largest = projected;
                    }
                }
            }
        }
        if (path.isEmpty())
            continue;

        const auto existing = m_index.constFind(names.alpha3);
        if (existing != m_index.constEnd()) {
            // The same country twice (Australia and its Ashmore and Cartier Islands): one shape.
            Country &c = m_countries[*existing];
            c.path.addPath(path);
            c.bounds = c.path.boundingRect();
            if (largestArea > c.area) {
                c.anchor = insidePoint(largest);
                c.area = largestArea;
            }
            continue;
        }
        Country c;
        c.id = names.alpha3;
        c.numeric = numeric;
        c.nameEn = names.en.isEmpty() ? featureName : names.en;
        c.nameKo = names.ko;
        c.path = path;
        c.bounds = path.boundingRect();
        c.anchor = insidePoint(largest);
        c.area = largestArea;
        m_index.insert(c.id, int(m_countries.size()));
        m_countries.append(c);
    }
    // Recompute every area as the sum of its parts (the anchor stays in the largest part).
    for (Country &c : m_countries) {
        double total = 0;
        for (const QPolygonF &p : c.path.toSubpathPolygons())
            total += std::abs(signedArea(p));
        c.area = total;
    }
    return true;
}

namespace {
constexpr quint32 kCacheMagic = 0x41574731; // "AWG1"
constexpr quint32 kCacheVersion = 1; // bump when Country or the decoding changes
} // namespace

QByteArray WorldGeometry::sourceHash(const QString &topoJsonPath, const QString &namesPath, const QString &overridesPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &path : { topoJsonPath, namesPath, overridesPath }) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
            return {};
    }
    return hash.result().toHex();
}

QString WorldGeometry::defaultCachePath(const QByteArray &hash)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/world-geometry-") + QString::fromLatin1(hash.left(16)) + QStringLiteral(".bin");
}

bool WorldGeometry::saveCache(const QString &path, const QByteArray &hash) const
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kCacheMagic << kCacheVersion << hash << qint32(m_countries.size());
    for (const Country &c : m_countries)
        out << c.id << c.numeric << c.nameEn << c.nameKo << c.path << c.bounds << c.anchor << c.area;
    return out.status() == QDataStream::Ok && file.commit();
}

bool WorldGeometry::loadCache(const QString &path, const QByteArray &hash)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QByteArray stored;
    qint32 count = 0;
    in >> magic >> version >> stored >> count;
    if (in.status() != QDataStream::Ok || magic != kCacheMagic || version != kCacheVersion || stored != hash || count <= 0
        || count > 10000)
        return false;
    QList<Country> countries;
    countries.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        Country c;
        in >> c.id >> c.numeric >> c.nameEn >> c.nameKo >> c.path >> c.bounds >> c.anchor >> c.area;
        countries.append(c);
    }
    if (in.status() != QDataStream::Ok)
        return false; // truncated or damaged: decode again
    m_countries = countries;
    m_index.clear();
    for (int i = 0; i < m_countries.size(); ++i)
        m_index.insert(m_countries.at(i).id, i);
    return true;
}

bool WorldGeometry::loadPlaces(const QString &path)
{
    m_places.clear();
    QString error;
    for (const QStringList &row : readTable(path, &error)) {
        bool okLon = false, okLat = false;
        const double lon = row.value(1).toDouble(&okLon);
        const double lat = row.value(2).toDouble(&okLat);
        if (okLon && okLat)
            m_places.insert(row.value(0), project(lon, lat));
    }
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    return true;
}

QPointF WorldGeometry::place(const QString &actorId, bool *found) const
{
    const auto it = m_places.constFind(actorId);
    if (found)
        *found = it != m_places.constEnd();
    return it == m_places.constEnd() ? QPointF() : *it;
}

const WorldGeometry::Country *WorldGeometry::country(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_countries.at(*it);
}

QString WorldGeometry::countryAt(const QPointF &mapPoint) const
{
    const Country *best = nullptr;
    for (const Country &c : m_countries) {
        if (!c.bounds.contains(mapPoint) || !c.path.contains(mapPoint))
            continue;
        if (!best || c.area < best->area)
            best = &c;
    }
    return best ? best->id : QString();
}

} // namespace Atlas
