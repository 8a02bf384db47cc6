#pragma once

#include "language.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace Atlas {

// The world's countries from Natural Earth (TopoJSON of the world-atlas package), projected with
// Equal Earth into map units (EqualEarthProjection), each named in English and Korean from ISO
// 3166-1 (Debian iso-codes) with everyday South-Korean names laid over them. Loaded once: the
// geometry never changes while the app runs.
class WorldGeometry
{
public:
    struct Country
    {
        QString id; // ISO 3166-1 alpha-3; a user-assigned X… code for the few without one (Kosovo)
        QString numeric; // ISO 3166-1 numeric, as the TopoJSON has it
        QString nameEn, nameKo;
        QPainterPath path; // projected, map units, odd-even fill (holes such as Lesotho)
        QRectF bounds;
        QPointF anchor; // inside the largest part: the marker, the label and the hit-test point
        double area = 0; // projected area in map units², proportional to the true area

        QString name(Language l) const { return pickText(l, nameKo, nameEn); }
    };

    static QString defaultTopoJsonPath(); // ":/maps/countries-50m.json"
    static QString defaultNamesPath(); // ":/maps/countries.tsv"
    static QString defaultOverridesPath(); // ":/maps/names-overrides.tsv"
    static QString defaultPlacesPath(); // ":/maps/places.tsv"

    bool load(const QString &topoJsonPath = defaultTopoJsonPath(), const QString &namesPath = defaultNamesPath(),
              const QString &overridesPath = defaultOverridesPath());
    QString errorString() const { return m_error; }

    // The decoded countries in a binary form, so a later start skips the TopoJSON: written to and
    // read from `path`, valid only for the same source files (their hash is stored in it).
    static QByteArray sourceHash(const QString &topoJsonPath = defaultTopoJsonPath(),
                                 const QString &namesPath = defaultNamesPath(),
                                 const QString &overridesPath = defaultOverridesPath());
    bool saveCache(const QString &path, const QByteArray &hash) const;
    bool loadCache(const QString &path, const QByteArray &hash);
    // The cache file in the user's cache folder for the embedded geometry.
    static QString defaultCachePath(const QByteArray &hash);

    // The embedded geometry, loaded on first use (the map's first show) from the binary cache when
    // it matches, else decoded and cached; empty (with a warning) if the resources are missing.
    static const WorldGeometry &shared();

    const QList<Country> &countries() const { return m_countries; }
    const Country *country(const QString &id) const;
    // The country whose shape holds the map point (the smallest one, where shapes nest), or empty.
    QString countryAt(const QPointF &mapPoint) const;
    // A projected point: longitude and latitude in degrees.
    static QPointF project(double lon, double lat);
    // Projected positions of sub-national actors (CHN-BEIJING …) from places.tsv, if loaded.
    bool loadPlaces(const QString &path = defaultPlacesPath());
    QPointF place(const QString &actorId, bool *found = nullptr) const;

private:
    QList<Country> m_countries;
    QHash<QString, int> m_index;
    QHash<QString, QPointF> m_places;
    QString m_error;
};

} // namespace Atlas
