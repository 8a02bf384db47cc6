// Views refresh only while seen, and the map's cached layers follow the data: pages are built on
// first show, a hidden page marks itself stale on a filter change and refreshes when shown, and
// the map's pixels change when its category or month changes (the cache is dropped).
#include "atlascontext.h"
#include "countriesview.h"
#include "countrystatsmodel.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "mapwidget.h"
#include "testsupport.h"
#include "theme.h"
#include "timelineview.h"
#include "timelinewidget.h"
#include "worldgeometry.h"

#include <QApplication>

using namespace Atlas;

class TstViewRefresh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void pagesAreBuiltOnFirstShow()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        QVERIFY(!window.builtPage(ViewId::Browse)); // not even the start page before the window shows
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.builtPage(ViewId::Browse));
        for (ViewId v : { ViewId::Map, ViewId::Timeline, ViewId::Charts, ViewId::Countries })
            QVERIFY(!window.builtPage(v));
        QVERIFY(window.showView(QStringLiteral("map")));
        QVERIFY(window.builtPage(ViewId::Map));
        QCOMPARE(window.currentView(), ViewId::Map);
        QVERIFY(window.mapView()->isVisible());
        // The accessors build a page on demand, without showing it.
        QVERIFY(window.chartsView());
        QCOMPARE(window.currentView(), ViewId::Map);
        QVERIFY(window.showView(QStringLiteral("country:KOR")));
        QCOMPARE(window.currentViewSpec(), QStringLiteral("country:KOR"));
    }

    void hiddenPagesRefreshWhenShown()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("map")));
        QVERIFY(window.showView(QStringLiteral("timeline")));
        QVERIFY(window.showView(QStringLiteral("country:USA")));
        QVERIFY(window.showView(QStringLiteral("browse")));
        CountryStatsModel *stats = window.mapView()->statsModel();
        const int allKorea = stats->value(QStringLiteral("KOR")).toInt();
        QVERIFY(allKorea > 0);
        const int allTimeline = window.timelineView()->canvas()->visibleItemCount();

        ItemFilter f;
        f.categories = { QStringLiteral("industry") };
        context.setFilter(f);
        QCOMPARE(window.itemModel()->totalCount(), 1); // the shown page and the status bar at once
        // Hidden pages wait: no query for what nobody sees.
        QVERIFY(stats->filter() != f);
        QCOMPARE(stats->value(QStringLiteral("KOR")).toInt(), allKorea);

        QVERIFY(window.showView(QStringLiteral("map")));
        QCOMPARE(stats->filter(), f);
        QVERIFY(stats->value(QStringLiteral("KOR")).toInt() < allKorea);

        QVERIFY(window.showView(QStringLiteral("timeline")));
        QCOMPARE(window.timelineView()->canvas()->visibleItemCount(), 1);

        const QString before = window.countriesView()->profileHtml();
        QVERIFY(window.showView(QStringLiteral("country:USA")));
        QVERIFY(window.countriesView()->profileHtml() != before);

        // Back to everything, seen from the map: the timeline is stale again and catches up on show.
        QVERIFY(window.showView(QStringLiteral("map")));
        context.setFilter({});
        QCOMPARE(stats->value(QStringLiteral("KOR")).toInt(), allKorea);
        QVERIFY(window.showView(QStringLiteral("timeline")));
        QCOMPARE(window.timelineView()->canvas()->visibleItemCount(), allTimeline);
    }

    void worldGeometryBinaryCache()
    {
        WorldGeometry decoded;
        QVERIFY(decoded.load());
        const QByteArray hash = WorldGeometry::sourceHash();
        QCOMPARE(hash.size(), 40);
        const QString path = m_dir.filePath(QStringLiteral("cache/world.bin"));
        QVERIFY(decoded.saveCache(path, hash));
        WorldGeometry cached;
        QVERIFY(!cached.loadCache(path, QByteArray("another source")));
        QVERIFY(cached.loadCache(path, hash));
        QCOMPARE(cached.countries().size(), decoded.countries().size());
        const WorldGeometry::Country *korea = cached.country(QStringLiteral("KOR"));
        QVERIFY(korea);
        QCOMPARE(korea->nameKo, decoded.country(QStringLiteral("KOR"))->nameKo);
        QCOMPARE(korea->path, decoded.country(QStringLiteral("KOR"))->path);
        QCOMPARE(cached.countryAt(korea->anchor), QStringLiteral("KOR"));
        // A damaged file is refused, not half-read.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        WorldGeometry damaged;
        QVERIFY(!damaged.loadCache(path, hash));
    }

    void mapCacheFollowsCategoryAndMonth()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MapWidget *map = view.mapWidget();
        map->fitWorld(false);
        const QImage all = map->grab().toImage();
        const int renders = map->cacheRenderCount();
        // Nothing changed: a repaint is a blit of the cached layers, pixel for pixel the same.
        QCOMPARE(map->grab().toImage(), all);
        QCOMPARE(map->cacheRenderCount(), renders);

        view.setCategory(QStringLiteral("industry"));
        const QImage industry = map->grab().toImage();
        QVERIFY(map->cacheRenderCount() > renders);
        QVERIFY(industry != all);

        view.setCategory(QString());
        QCOMPARE(map->grab().toImage(), all); // back to the same picture

        view.setMonth(QDate(2016, 1, 1));
        const QImage early = map->grab().toImage();
        QVERIFY(early != all);
        view.setMonth({});
        QCOMPARE(map->grab().toImage(), all);

        // A zoom renders the layers for the new view.
        const int beforeZoom = map->cacheRenderCount();
        map->zoomIn();
        QVERIFY(map->grab().toImage() != all);
        QVERIFY(map->cacheRenderCount() > beforeZoom);

        // An explicit invalidation (a theme change) renders again, to the same pixels.
        map->fitWorld(false);
        const QImage again = map->grab().toImage();
        const int beforeInvalidate = map->cacheRenderCount();
        map->invalidateCache();
        QCOMPARE(map->grab().toImage(), again);
        QCOMPARE(map->cacheRenderCount(), beforeInvalidate + 1);
    }

    void mapPartsOutsideTheDataAreKeptAcrossNewCounts()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MapWidget *map = view.mapWidget();
        map->fitWorld(false);
        const QImage all = map->grab().toImage();
        const int renders = map->cacheRenderCount();
        const int parts = map->cachePartRenderCount();
        QVERIFY(parts >= 3); // ocean and graticule, hatching, borders

        // New counts repaint the fills only: the ocean, the hatching (the same countries have no
        // data) and the borders are reused.
        ItemFilter f;
        f.categories = { QStringLiteral("research") };
        context.setFilter(f);
        const QImage research = map->grab().toImage();
        QVERIFY(research != all);
        QVERIFY(map->cacheRenderCount() > renders);
        QCOMPARE(map->cachePartRenderCount(), parts);
        context.setFilter({});
        map->grab();
        QCOMPARE(map->cachePartRenderCount(), parts);

        // Other colours draw every part again.
        const Theme::Mode mode = Theme::instance()->mode();
        Theme::instance()->setMode(Theme::Mode::Dark, false);
        const QImage dark = map->grab().toImage();
        QVERIFY(dark != all);
        QCOMPARE(map->cachePartRenderCount(), parts + 3);
        Theme::instance()->setMode(mode, false);
        map->grab();
        QCOMPARE(map->cachePartRenderCount(), parts + 6);
    }
};

QTEST_MAIN(TstViewRefresh)
#include "tst_viewrefresh.moc"
