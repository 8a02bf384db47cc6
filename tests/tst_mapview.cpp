// The Map page: hit-testing (a click at Korea's projected centre selects KOR), hover text in
// both languages, the time slider, organisations, and export to PNG and SVG.
#include "atlascontext.h"
#include "countriesview.h"
#include "countrystatsmodel.h"
#include "mapview.h"
#include "mapwidget.h"
#include "testsupport.h"
#include "worldgeometry.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTranslator>

using namespace Atlas;
using namespace Qt::StringLiterals;

class TstMapView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    static QPoint at(MapWidget *w, const char *id)
    {
        const WorldGeometry::Country *c = WorldGeometry::shared().country(QString::fromLatin1(id));
        return c ? w->mapToWidget(c->anchor).toPoint() : QPoint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
        QVERIFY(WorldGeometry::shared().countries().size() > 200); // the embedded resource
    }

    void clickSelectsTheCountryUnderTheCursor()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MapWidget *map = view.mapWidget();
        map->fitWorld(false);
        QCOMPARE(map->actorAt(at(map, "KOR")), QStringLiteral("KOR"));
        QCOMPARE(map->actorAt(at(map, "FRA")), QStringLiteral("FRA"));

        QSignalSpy activated(&context, &AtlasContext::actorActivated);
        QSignalSpy clicked(map, &MapWidget::actorClicked);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(map, "KOR"));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("KOR"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("KOR"));
        QCOMPARE(context.selectedActor(), QStringLiteral("KOR"));

        // France is on the map but not in this dataset: it is hit, but there is no profile to open.
        QTest::mouseClick(map, Qt::LeftButton, {}, at(map, "FRA"));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1).at(0).toString(), QStringLiteral("FRA"));
        QCOMPARE(activated.size(), 1);

        // Zoomed in on East Asia, Korea is still where its centre is; a drag pans, it does not click.
        map->focusRegion(MapWidget::Region::EastAsia, false);
        QVERIFY(map->zoomFactor() > 3);
        QCOMPARE(map->actorAt(at(map, "KOR")), QStringLiteral("KOR"));
        const QPoint kor = at(map, "KOR");
        QTest::mousePress(map, Qt::LeftButton, {}, kor);
        QTest::mouseMove(map, kor + QPoint(40, 10));
        QTest::mouseMove(map, kor + QPoint(80, 20));
        QTest::mouseRelease(map, Qt::LeftButton, {}, kor + QPoint(80, 20));
        QCOMPARE(clicked.size(), 2);
        QVERIFY((at(map, "KOR") - kor).manhattanLength() > 50);
        // Wheel and keys zoom; 0 fits the world again.
        const double zoom = map->zoomFactor();
        QWheelEvent wheel(QPointF(300, 300), map->mapToGlobal(QPointF(300, 300)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(map, &wheel);
        QVERIFY(map->zoomFactor() > zoom);
        QTest::keyClick(map, Qt::Key_0);
        QTRY_VERIFY(std::abs(map->zoomFactor() - 1) < 1e-6);
    }

    void fitsASmallWindow()
    {
        // A 1280×720 projector, with the navigation and the detail pane beside the page.
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        QVERIFY2(view.minimumSizeHint().width() <= 640, qPrintable(QString::number(view.minimumSizeHint().width())));
        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
        QCoreApplication::installTranslator(&ko);
        context.setLanguage(Language::Korean);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY2(view.minimumSizeHint().width() <= 640, qPrintable(QString::number(view.minimumSizeHint().width())));
        QCoreApplication::removeTranslator(&ko);
        context.setLanguage(Language::English);
    }

    void hoverTextInBothLanguages()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        MapWidget *map = view.mapWidget();
        QString text = map->hoverText(QStringLiteral("KOR"));
        QVERIFY2(text.contains(QStringLiteral("Republic of Korea")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 item")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Digital Bill of Rights announced")), qPrintable(text)); // highlighted first
        text = map->hoverText(QStringLiteral("CHN"));
        QVERIFY2(text.contains(QStringLiteral("Beijing 1")), qPrintable(text));
        QVERIFY(map->hoverText(QStringLiteral("PRK")).contains(QStringLiteral("North Korea")));

        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
        QCoreApplication::installTranslator(&ko);
        context.setLanguage(Language::Korean);
        text = map->hoverText(QStringLiteral("KOR"));
        QVERIFY2(text.contains(QStringLiteral("대한민국")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("디지털 권리장전 발표")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2023년 9월")), qPrintable(text));
        QVERIFY(map->hoverText(QStringLiteral("PRK")).contains(QStringLiteral("북한")));
        QVERIFY(map->hoverText(QStringLiteral("RUS")).contains(QStringLiteral("러시아")));
        QVERIFY(map->hoverText(QStringLiteral("CHN")).contains(QStringLiteral("베이징 1")));

        view.setFigureGroup(QStringLiteral("test-index"));
        QVERIFY(map->hoverText(QStringLiteral("KOR")).contains(QStringLiteral("6위")));
        context.setLanguage(Language::English);
        QCoreApplication::removeTranslator(&ko);
        QVERIFY(map->hoverText(QStringLiteral("KOR")).contains(QStringLiteral("Global AI Index rank")));
    }

    void categoryLayersAndTime()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        CountryStatsModel *model = view.statsModel();
        view.setCategory(QStringLiteral("policy"));
        QCOMPARE(model->category(), QStringLiteral("policy"));
        QCOMPARE(model->value(QStringLiteral("USA")).toInt(), 2);
        view.setMonth(QDate(2023, 8, 1));
        QCOMPARE(model->cutoff(), QStringLiteral("2023-08-31"));
        QCOMPARE(model->value(QStringLiteral("USA")).toInt(), 1);
        view.setMonth({});
        QVERIFY(model->cutoff().isEmpty());
        // Play from "all dates" starts with the report's year, month by month.
        view.setPlaying(true);
        QVERIFY(view.isPlaying());
        QCOMPARE(view.month(), QDate(2023, 1, 1));
        QTRY_COMPARE_WITH_TIMEOUT(view.month(), QDate(2023, 2, 1), 3000);
        view.setPlaying(false);
        QVERIFY(!view.isPlaying());

        // The shared filter holds on the map, too.
        ItemFilter f;
        f.dateFrom = QStringLiteral("2023-01-01");
        context.setFilter(f);
        view.setMonth({});
        view.setCategory(QString());
        QCOMPARE(model->value(QStringLiteral("KOR")).toInt(), 2);

        view.highlightOrganisation(QStringLiteral("OECD"));
        QCOMPARE(view.mapWidget()->highlightedActor(), QStringLiteral("OECD"));
    }

    void exportsPngAndSvg()
    {
        AtlasContext context(&m_db, &m_actors);
        MapView view(&context);
        view.resize(1280, 720);
        view.setCategory(QStringLiteral("policy"));
        QTemporaryDir out;
        QString error;
        QVERIFY2(view.exportTo(out.filePath(QStringLiteral("map.png")), SlideExporter::Format::Png, 1.0, &error), qPrintable(error));
        QImage png(out.filePath(QStringLiteral("map.png")));
        QCOMPARE(png.size(), QSize(1600, 900));
        QVERIFY2(view.exportTo(out.filePath(QStringLiteral("map.svg")), SlideExporter::Format::Svg, 1.0, &error), qPrintable(error));
        QFile svg(out.filePath(QStringLiteral("map.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray data = svg.readAll();
        QVERIFY(data.contains("<path"));
        QVERIFY(data.contains("Natural Earth"));
        QVERIFY(view.slide().spec.title.contains(QStringLiteral("Policy/law")));
        // The exported map is coloured: the United States is in the darkest policy class.
        const WorldGeometry::Country *usa = WorldGeometry::shared().country(QStringLiteral("USA"));
        QVERIFY(usa);
    }

    void smallCountriesAndRegionsHaveMarkers()
    {
        // Singapore is a few pixels at world zoom: only the full dataset has it as an actor.
        const QString built = QStringLiteral(ATLAS_BUILT_DATASET);
        if (!QFileInfo::exists(built))
            QSKIP("the full dataset is not built");
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(built, dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(db.errorString()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        MapView view(&context);
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MapWidget *map = view.mapWidget();
        map->fitWorld(false);
        QSignalSpy activated(&context, &AtlasContext::actorActivated);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(map, "SGP"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("SGP"));
        QVERIFY(view.statsModel()->value(QStringLiteral("SGP")).toInt() > 0);
        QVERIFY(view.statsModel()->value(QStringLiteral("USA")).toInt() > 10);
        // ATLAS_MAP_SCREENSHOTS=DIR: pictures of the page alone, for a person to look at.
        const QString shots = qEnvironmentVariable("ATLAS_MAP_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QTranslator ko;
            QVERIFY(ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
            for (const QSize size : { QSize(920, 600), QSize(3400, 1900) }) {
                for (const bool korean : { true, false }) {
                    if (korean)
                        QCoreApplication::installTranslator(&ko);
                    context.setLanguage(korean ? Language::Korean : Language::English);
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
                    view.resize(size);
                    view.setCategory(korean ? QStringLiteral("policy") : QString());
                    view.highlightOrganisation(korean ? QString() : QStringLiteral("OECD"));
                    map->fitWorld(false);
                    QCoreApplication::processEvents();
                    view.grab().save(QStringLiteral("%1/map-%2-%3.png").arg(shots, korean ? u"ko"_s : u"en"_s).arg(size.width()));
                    QCoreApplication::removeTranslator(&ko);
                }
            }
            CountriesView countries(&context);
            countries.resize(920, 620);
            countries.show();
            for (const bool korean : { true, false }) {
                if (korean)
                    QCoreApplication::installTranslator(&ko);
                context.setLanguage(korean ? Language::Korean : Language::English);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
                for (const char *id : { "KOR", "OECD" }) {
                    countries.showActor(QString::fromLatin1(id));
                    QCoreApplication::processEvents();
                    countries.grab().save(QStringLiteral("%1/country-%2-%3.png").arg(shots, korean ? u"ko"_s : u"en"_s, QString::fromLatin1(id)));
                }
                QCoreApplication::removeTranslator(&ko);
            }
            view.resize(1280, 720);
            context.setLanguage(Language::English);
            view.setCategory(QString());
            view.highlightOrganisation(QString());
        }
        map->focusRegion(MapWidget::Region::EastAsia, false);
        const QPoint beijing = map->mapToWidget(WorldGeometry::shared().place(QStringLiteral("CHN-BEIJING"))).toPoint();
        QCOMPARE(map->actorAt(beijing), QStringLiteral("CHN-BEIJING"));
    }
};

QTEST_MAIN(TstMapView)
#include "tst_mapview.moc"
