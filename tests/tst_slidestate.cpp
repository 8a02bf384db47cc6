// Finer storyboard state: every view's saveState() survives the user database and restoring a
// slide puts the view back exactly; an old user database (before migration 004) migrates and its
// slides still restore.
#include "actordirectory.h"
#include "annotationpanel.h"
#include "atlascontext.h"
#include "browseview.h"
#include "chartcatalogmodel.h"
#include "chartpanel.h"
#include "chartsview.h"
#include "countriesview.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "mapwidget.h"
#include "migrator.h"
#include "slidestate.h"
#include "storyboardstore.h"
#include "testsupport.h"
#include "timelinelanemodel.h"
#include "timelineview.h"
#include "timelinewidget.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Atlas;

class TstSlideState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    Database m_db;
    ActorDirectory m_actors;
    AtlasContext *m_context = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
        QVERIFY2(m_db.open(m_base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
        m_context = new AtlasContext(&m_db, &m_actors, this);
        m_window = new MainWindow(m_context);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void everyViewRoundTrips()
    {
        QList<StoryboardSlide> captured;
        ItemFilter policy;
        policy.categories = { QStringLiteral("policy"), QStringLiteral("research") };

        // Map: a category, a month, zoomed on Europe, Korea selected.
        QVERIFY(m_window->showView(QStringLiteral("map")));
        MapView *map = m_window->mapView();
        map->setCategory(QStringLiteral("policy"));
        map->mapWidget()->focusRegion(MapWidget::Region::Europe, false);
        m_context->selectActor(QStringLiteral("KOR"));
        map->setMonth(QDate(2023, 6, 1));
        captured << SlideState::capture(m_window, m_context);
        QCOMPARE(captured.last().state.value(u"view").toString(), QStringLiteral("map"));
        QCOMPARE(captured.last().state.value(u"category").toString(), QStringLiteral("policy"));
        QCOMPARE(captured.last().state.value(u"selected").toString(), QStringLiteral("KOR"));

        // Timeline: by category, a range, one lane hidden, with a filter.
        m_context->setFilter(policy);
        QVERIFY(m_window->showView(QStringLiteral("timeline")));
        TimelineView *timeline = m_window->timelineView();
        QJsonObject t = timeline->saveState();
        t.insert(QStringLiteral("mode"), QStringLiteral("categories"));
        timeline->restoreState(t);
        QVERIFY(timeline->laneModel()->rowCount() > 1);
        timeline->laneModel()->setHidden(1, true);
        timeline->canvas()->setRange(QDate(2023, 3, 1), QDate(2023, 6, 30));
        captured << SlideState::capture(m_window, m_context);
        QCOMPARE(captured.last().state.value(u"from").toString(), QStringLiteral("2023-03-01"));
        QCOMPARE(captured.last().state.value(u"mode").toString(), QStringLiteral("categories"));
        QCOMPARE(captured.last().state.value(u"hidden").toArray().size(), 1);

        // Charts: the last chart, the table tab, log scale.
        m_context->setFilter({});
        QVERIFY(m_window->showView(QStringLiteral("charts")));
        ChartsView *charts = m_window->chartsView();
        QVERIFY(charts->catalog()->rowCount() > 0);
        const QString lastChart = charts->catalog()->id(charts->catalog()->rowCount() - 1);
        QVERIFY(charts->showChart(lastChart));
        charts->panel()->setLogScale(true);
        charts->panel()->setCurrentTab(ChartPanel::Tab::Table);
        captured << SlideState::capture(m_window, m_context);
        QCOMPARE(captured.last().state.value(u"chart").toString(), lastChart);
        QCOMPARE(captured.last().state.value(u"tab").toString(), QStringLiteral("table"));

        // Browse: sorted by title, a record selected.
        QVERIFY(m_window->showView(QStringLiteral("browse")));
        BrowseView *browse = m_window->browseView();
        m_window->itemModel()->sort(ItemTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(m_window->itemModel()->rowCount() > 2);
        const QString item = m_window->itemModel()->index(2, 0).data(ItemTableModel::IdRole).toString();
        QVERIFY(browse->selectItem(item));
        captured << SlideState::capture(m_window, m_context);
        QCOMPARE(captured.last().state.value(u"selected").toString(), item);
        QCOMPARE(captured.last().state.value(u"sortColumn").toInt(), int(ItemTableModel::TitleColumn));

        // Countries: no state of its own.
        QVERIFY(m_window->showView(QStringLiteral("countries")));
        captured << SlideState::capture(m_window, m_context);

        // Through the database.
        StoryboardStore store(m_db.connection());
        const int board = store.create(QStringLiteral("Every view"));
        QVERIFY(board > 0);
        for (const StoryboardSlide &s : std::as_const(captured))
            QVERIFY2(store.addSlide(board, s), qPrintable(store.errorString()));
        const QList<StoryboardSlide> loaded = store.slides(board);
        QCOMPARE(loaded.size(), captured.size());
        for (int i = 0; i < loaded.size(); ++i)
            QCOMPARE(loaded.at(i), captured.at(i));
        // Reordering keeps the state with its slide.
        QVERIFY(store.moveSlide(board, 0, 4));
        QCOMPARE(store.slides(board).at(4), captured.at(0));
        QVERIFY(store.moveSlide(board, 4, 0));

        // Restoring, in an order that changes every view in between, gives back the same state.
        for (int i : { 3, 0, 2, 1, 4, 0, 1, 2, 3 }) {
            QVERIFY(SlideState::restore(m_window, m_context, loaded.at(i)));
            QCoreApplication::processEvents();
            QCOMPARE(SlideState::viewState(m_window), loaded.at(i).state);
            QCOMPARE(m_context->filter(), loaded.at(i).filter);
        }
        // The map's own widgets follow too.
        QVERIFY(SlideState::restore(m_window, m_context, loaded.at(0)));
        QCOMPARE(map->category(), QStringLiteral("policy"));
        QCOMPARE(map->month(), QDate(2023, 6, 1));
        QVERIFY(map->mapWidget()->zoomFactor() > 1.5);
        QVERIFY(SlideState::restore(m_window, m_context, loaded.at(2)));
        QCOMPARE(charts->currentChart(), lastChart);
        QVERIFY(charts->panel()->logScale());
        QCOMPARE(charts->panel()->currentTab(), ChartPanel::Tab::Table);
    }

    // Slides (presenter, PDF) show the view, not the user's bookmark star and note box; the page
    // gets the room they took, and they are back on screen afterwards.
    void annotationPanelsStayOffSlides()
    {
        for (const QString &view : { QStringLiteral("charts"), QStringLiteral("country:KOR") }) {
            QVERIFY(m_window->showView(view));
            QWidget *page = m_window->chartsView();
            if (view != u"charts")
                page = m_window->countriesView();
            auto *panel = page->findChild<AnnotationPanel *>();
            QVERIFY(panel);
            QVERIFY(panel->isVisible());
            bool shownOnSlide = true;
            QSize pageSize;
            SlideState::withPageAt(m_window, QSize(960, 540), [&](QWidget *slide) {
                shownOnSlide = panel->isVisible();
                pageSize = slide->size();
            });
            QVERIFY(!shownOnSlide);
            QCOMPARE(pageSize, QSize(960, 540));
            QVERIFY(panel->isVisible());
        }
    }

    void oldUserDatabaseMigrates()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-user.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_slidestate_old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator migrator(Migrator::Set::User);
            QVERIFY2(migrator.migrate(db, QStringLiteral("main"), 3), qPrintable(migrator.errorString()));
            QCOMPARE(Migrator::userVersion(db), 3);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO storyboard (id, name, created) VALUES (1, '발표', '2024-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO storyboard_slide (storyboard_id, ord, view_spec, filter_json, language, title) "
                                          "VALUES (1, 0, 'map', '{\"categories\":[\"policy\"]}', 'ko', '지도')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_slidestate_old"));

        Database db;
        QVERIFY2(db.open(m_base, path), qPrintable(db.errorString()));
        QSqlDatabase c = db.connection();
        QVERIFY(Migrator::userVersion(c) >= 4);
        StoryboardStore store(c);
        QList<StoryboardSlide> slides = store.slides(1);
        QCOMPARE(slides.size(), 1);
        QCOMPARE(slides.at(0).viewSpec, QStringLiteral("map"));
        QCOMPARE(slides.at(0).title, QStringLiteral("지도"));
        QCOMPARE(slides.at(0).language, Language::Korean);
        QVERIFY(slides.at(0).filter.categories.contains(QStringLiteral("policy")));
        QVERIFY(slides.at(0).state.isEmpty()); // '{}' by default
        // New slides keep their state in the migrated database.
        StoryboardSlide s = slides.at(0);
        s.state = QJsonObject { { QStringLiteral("view"), QStringLiteral("map") }, { QStringLiteral("category"), QStringLiteral("research") } };
        QVERIFY(store.addSlide(1, s));
        QCOMPARE(store.slides(1).at(1).state, s.state);
    }
};

QTEST_MAIN(TstSlideState)
#include "tst_slidestate.moc"
