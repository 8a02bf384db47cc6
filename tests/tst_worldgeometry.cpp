// The bundled world map: TopoJSON decoding, names, the antimeridian fix and hit-testing.
#include "equalearthprojection.h"
#include "testsupport.h"
#include "worldgeometry.h"

#include <QTest>

using namespace Atlas;

class TstWorldGeometry : public QObject
{
    Q_OBJECT

    WorldGeometry m_world;

private slots:
    void initTestCase()
    {
        const QString maps = AtlasTest::sourcePath(QStringLiteral("resources/maps/"));
        QVERIFY2(m_world.load(maps + QStringLiteral("countries-50m.json"), maps + QStringLiteral("countries.tsv"),
                              maps + QStringLiteral("names-overrides.tsv")),
                 qPrintable(m_world.errorString()));
        QVERIFY(m_world.loadPlaces(maps + QStringLiteral("places.tsv")));
    }

    void decodesEveryCountry()
    {
        // 241 features; Australia's Ashmore and Cartier Islands and Indian Ocean Territories join Australia.
        QCOMPARE(m_world.countries().size(), 239);
        for (const char *id : { "KOR", "USA", "FRA", "SGP", "PRK", "CHN", "RUS", "FJI", "ATA", "LSO", "XKX" })
            QVERIFY2(m_world.country(QString::fromLatin1(id)), id);
        QCOMPARE(m_world.country(QStringLiteral("KOR"))->numeric, QStringLiteral("410"));
        for (const WorldGeometry::Country &c : m_world.countries()) {
            QVERIFY2(!c.nameEn.isEmpty(), qPrintable(c.id));
            QVERIFY2(c.path.contains(c.anchor) || c.id == u"XSG", qPrintable(c.id));
        }
    }

    void namesFollowKoreanUsage()
    {
        QCOMPARE(m_world.country(QStringLiteral("PRK"))->nameKo, QStringLiteral("북한"));
        QCOMPARE(m_world.country(QStringLiteral("RUS"))->nameKo, QStringLiteral("러시아"));
        QCOMPARE(m_world.country(QStringLiteral("TWN"))->nameKo, QStringLiteral("대만"));
        QCOMPARE(m_world.country(QStringLiteral("USA"))->nameKo, QStringLiteral("미국"));
        QCOMPARE(m_world.country(QStringLiteral("GBR"))->nameKo, QStringLiteral("영국"));
        QCOMPARE(m_world.country(QStringLiteral("FRA"))->nameKo, QStringLiteral("프랑스"));
        QCOMPARE(m_world.country(QStringLiteral("RUS"))->name(Language::English), QStringLiteral("Russia"));
        QCOMPARE(m_world.country(QStringLiteral("KOR"))->name(Language::English), QStringLiteral("South Korea"));
    }

    void noStreaksAcrossTheAntimeridian()
    {
        // A streak is an edge running across the map; real borders are short once densified.
        const double maxEdge = EqualEarthProjection::maxX() * 0.25;
        const QRectF bounds = EqualEarthProjection::bounds().adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
        for (const WorldGeometry::Country &c : m_world.countries()) {
            QVERIFY2(bounds.contains(c.bounds), qPrintable(c.id));
            for (const QPolygonF &ring : c.path.toSubpathPolygons()) {
                for (qsizetype i = 1; i < ring.size(); ++i) {
                    const QPointF d = ring.at(i) - ring.at(i - 1);
                    QVERIFY2(std::hypot(d.x(), d.y()) < maxEdge, qPrintable(c.id));
                }
            }
        }
        // Chukotka, east of 180°, is drawn on the west edge; Fiji on both sides.
        QCOMPARE(m_world.countryAt(WorldGeometry::project(-175, 66.5)), QStringLiteral("RUS"));
        QCOMPARE(m_world.countryAt(WorldGeometry::project(178.3, -17.8)), QStringLiteral("FJI"));
        QCOMPARE(m_world.countryAt(WorldGeometry::project(0, -85)), QStringLiteral("ATA"));
    }

    void hitTesting_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("id");
        QTest::newRow("Seoul") << 127.0 << 37.5 << "KOR";
        QTest::newRow("Pyongyang") << 125.75 << 39.0 << "PRK";
        QTest::newRow("Paris") << 2.35 << 48.85 << "FRA";
        QTest::newRow("Kansas") << -98.0 << 38.5 << "USA";
        QTest::newRow("Lesotho in South Africa's hole") << 28.2 << -29.5 << "LSO";
        QTest::newRow("Johannesburg") << 28.0 << -26.2 << "ZAF";
        QTest::newRow("Atlantic") << -30.0 << 30.0 << "";
    }
    void hitTesting()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, id);
        QCOMPARE(m_world.countryAt(WorldGeometry::project(lon, lat)), id);
    }

    void anchorsAreInsideTheirCountry()
    {
        for (const char *id : { "KOR", "FRA", "USA", "SGP", "CHL", "NOR" }) {
            const WorldGeometry::Country *c = m_world.country(QString::fromLatin1(id));
            QCOMPARE(m_world.countryAt(c->anchor), c->id);
        }
        bool found = false;
        QVERIFY(m_world.country(QStringLiteral("CHN"))->path.contains(m_world.place(QStringLiteral("CHN-BEIJING"), &found)));
        QVERIFY(found);
    }

    void reportsBrokenFiles()
    {
        WorldGeometry broken;
        QVERIFY(!broken.load(QStringLiteral("/nonexistent.json")));
        QVERIFY(!broken.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWorldGeometry)
#include "tst_worldgeometry.moc"
