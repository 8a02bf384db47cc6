// The timeline view offscreen: a click on an item's mark opens that item, the keyboard steps
// between items, groups collapse, filters apply, lanes persist, and the range exports.
#include "actordirectory.h"
#include "atlascontext.h"
#include "slideexporter.h"
#include "timelinelanemodel.h"
#include "timelineview.h"
#include "timelinewidget.h"
#include "testsupport.h"

#include <QApplication>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>

using namespace Atlas;

class TstTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    static QWidget *viewportOf(TimelineView &view) { return view.canvas()->viewport(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void opensOn2023WithCountryLanes()
    {
        AtlasContext context(&m_db, &m_actors);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.canvas()->rangeFrom(), QDate(2023, 1, 1));
        QCOMPARE(view.canvas()->rangeTo(), QDate(2023, 12, 31));
        // Countries expanded, organisations and companies collapsed into one lane each.
        QStringList keys;
        for (const TimelineRow &r : view.canvas()->rows())
            keys << r.key;
        QCOMPARE(keys, (QStringList { QStringLiteral("@country"), QStringLiteral("KOR"), QStringLiteral("CHN"),
                                      QStringLiteral("USA"), QStringLiteral("@organization"), QStringLiteral("@company") }));
        // 2023 holds 7 of the 8 items; the USA's two and the rest all show.
        QVERIFY(view.canvas()->visibleItemCount() >= 7);
    }

    void clickOnAMarkOpensThatItem()
    {
        AtlasContext context(&m_db, &m_actors);
        QSignalSpy selected(&context, &AtlasContext::itemSelected);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString id = QStringLiteral("usa-2023-10-30-executive-order");
        const QRectF r = view.canvas()->itemRect(id);
        QVERIFY2(r.isValid(), "the executive order's mark is visible");
        QTest::mouseClick(viewportOf(view), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(context.selectedItem(), id);
        QCOMPARE(selected.count(), 1);

        // A month-precise item is a bar over its month: a click anywhere on it opens it.
        const QString month = QStringLiteral("kor-2023-09-digital-bill-of-rights");
        const QRectF bar = view.canvas()->itemRect(month);
        QVERIFY(bar.isValid());
        QVERIFY(bar.width() > 40); // September at ~2 px a day
        QTest::mouseClick(viewportOf(view), Qt::LeftButton, {}, QPoint(int(bar.left() + 5), int(bar.center().y())));
        QCOMPARE(context.selectedItem(), month);

        // A click on empty space opens nothing.
        QTest::mouseClick(viewportOf(view), Qt::LeftButton, {}, QPoint(viewportOf(view)->width() - 3, viewportOf(view)->height() - 3));
        QCOMPARE(context.selectedItem(), month);
    }

    void keyboardStepsBetweenItems()
    {
        AtlasContext context(&m_db, &m_actors);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.canvas()->setFocus();
        QTest::keyClick(view.canvas(), Qt::Key_Right);
        const QString first = context.selectedItem();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(view.canvas(), Qt::Key_Right);
        const QString second = context.selectedItem();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QTest::keyClick(view.canvas(), Qt::Key_Left);
        QCOMPARE(context.selectedItem(), first);
        // Down to the next lane, and Home to its first item even when it is out of view.
        QTest::keyClick(view.canvas(), Qt::Key_Down);
        QVERIFY(!context.selectedItem().isEmpty());
        QTest::keyClick(view.canvas(), Qt::Key_Up);
        QTest::keyClick(view.canvas(), Qt::Key_Home);
        QCOMPARE(context.selectedItem(), QStringLiteral("kor-2022-ai-education"));
        QVERIFY(view.canvas()->rangeFrom() < QDate(2022, 3, 2));
        // + and − zoom.
        const QDate from = view.canvas()->rangeFrom();
        const QDate to = view.canvas()->rangeTo();
        QTest::keyClick(view.canvas(), Qt::Key_Plus);
        QVERIFY(view.canvas()->rangeFrom().daysTo(view.canvas()->rangeTo()) < from.daysTo(to));
    }

    void zoomsFromDecadesToWeeks()
    {
        AtlasContext context(&m_db, &m_actors);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 60; ++i)
            view.canvas()->zoomBy(2);
        QCOMPARE(view.canvas()->rangeFrom().daysTo(view.canvas()->rangeTo()) + 1, 7);
        for (int i = 0; i < 60; ++i)
            view.canvas()->zoomBy(0.5);
        QVERIFY(view.canvas()->rangeFrom().daysTo(view.canvas()->rangeTo()) > 365 * 50);
        QVERIFY(view.canvas()->visibleItemCount() == 8 || view.canvas()->visibleItemCount() > 8);
        view.showEverything();
        QVERIFY(view.canvas()->rangeFrom() <= QDate(2022, 3, 2));
        QVERIFY(view.canvas()->rangeTo() >= QDate(2023, 12, 31));
        view.showPresetSince2016();
        QCOMPARE(view.canvas()->rangeFrom(), QDate(2016, 1, 1));
        // Zoomed into one month, day labels and the executive order on its own.
        view.canvas()->setRange(QDate(2023, 10, 1), QDate(2023, 10, 31));
        QVERIFY(view.canvas()->itemRect(QStringLiteral("usa-2023-10-30-executive-order")).isValid());
    }

    void filtersAndGroupsApply()
    {
        AtlasContext context(&m_db, &m_actors);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int all = view.canvas()->visibleItemCount();
        ItemFilter f;
        f.categories = { QStringLiteral("industry") };
        context.setFilter(f);
        QCOMPARE(view.canvas()->visibleItemCount(), 1); // only OpenAI's launch
        QCOMPARE(view.canvas()->rows().size(), 1); // only the companies' group
        context.setFilter({});
        QCOMPARE(view.canvas()->visibleItemCount(), all);

        view.canvas()->setGroupCollapsed(QStringLiteral("company"), false);
        QVERIFY(view.canvas()->itemRect(QStringLiteral("openai-2023-11-06-gpt-4-turbo")).isValid());
        view.canvas()->setGroupCollapsed(QStringLiteral("country"), true);
        QCOMPARE(view.canvas()->rows().constFirst().key, QStringLiteral("@country"));
        QVERIFY(view.canvas()->rows().constFirst().collapsed);

        view.canvas()->setMode(TimelineLaneMode::Categories);
        QCOMPARE(view.canvas()->rows().size(), 4);
        QCOMPARE(view.canvas()->visibleItemCount(), 7); // 2023 only
    }

    void laneOrderPersists()
    {
        QString moved;
        {
            AtlasContext context(&m_db, &m_actors);
            TimelineView view(&context);
            TimelineLaneModel *lanes = view.laneModel();
            QCOMPARE(lanes->key(0), QStringLiteral("KOR"));
            QVERIFY(lanes->moveLane(2, 0));
            moved = lanes->key(0);
            lanes->setHidden(1, true);
            view.canvas()->setGroupCollapsed(QStringLiteral("company"), false);
        }
        AtlasContext context(&m_db, &m_actors);
        TimelineView view(&context);
        QCOMPARE(view.laneModel()->key(0), moved);
        QVERIFY(view.laneModel()->isHidden(1));
        QVERIFY(!view.canvas()->collapsedGroups().contains(QStringLiteral("company")));
        view.laneModel()->showAll();
        view.laneModel()->resetOrder();
        QSettings().clear();
    }

    void exportsTheRange()
    {
        AtlasContext context(&m_db, &m_actors);
        context.setLanguage(Language::Korean);
        TimelineView view(&context);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Slide slide = view.slide();
        QVERIFY(slide.spec.title.contains(QStringLiteral("2023")));
        QVERIFY(!slide.spec.sourceLine.isEmpty());
        for (const QString &name : { QStringLiteral("t.png"), QStringLiteral("t.svg"), QStringLiteral("t.pdf") }) {
            const QString file = m_dir.filePath(name);
            QString error;
            QVERIFY2(view.exportTo(file, 1.0, &error), qPrintable(error));
            QVERIFY(QFileInfo(file).size() > 1000);
        }
        // The picture is not blank: the category colours appear in it.
        const QImage image = SlideExporter::renderImage(slide, 1.0);
        bool policyBlue = false;
        for (int y = 0; y < image.height() && !policyBlue; y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (image.pixelColor(x, y) == QColor(0x00, 0x72, 0xb2)) {
                    policyBlue = true;
                    break;
                }
            }
        }
        QVERIFY(policyBlue);
    }

    // Renders the view at the size it has in a 1280×720 window, in both languages, zoomed out and
    // into one month. Set ATLAS_TIMELINE_SCREENSHOTS=dir to look at the pictures.
    void rendersInBothLanguages()
    {
        const QString dir = qEnvironmentVariable("ATLAS_TIMELINE_SCREENSHOTS");
        // ATLAS_TIMELINE_DB=…/atlas.sqlite shows the real dataset instead of the fixture.
        Database other;
        ActorDirectory otherActors;
        Database *db = &m_db;
        ActorDirectory *actors = &m_actors;
        if (!qEnvironmentVariable("ATLAS_TIMELINE_DB").isEmpty()) {
            QVERIFY(other.open(qEnvironmentVariable("ATLAS_TIMELINE_DB"), QString()));
            QVERIFY(otherActors.load(other.connection()));
            db = &other;
            actors = &otherActors;
        }
        for (Language language : { Language::English, Language::Korean }) {
            AtlasContext context(db, actors);
            context.setLanguage(language);
            TimelineView view(&context);
            view.resize(880, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const QString code = languageCode(language);
            const auto shot = [&](const QString &name) {
                const QImage image = view.grab().toImage();
                QVERIFY(!image.isNull());
                if (!dir.isEmpty())
                    image.save(QStringLiteral("%1/timeline-%2-%3.png").arg(dir, name, code));
            };
            shot(QStringLiteral("2023"));
            view.canvas()->setRange(QDate(2023, 10, 1), QDate(2023, 10, 31));
            shot(QStringLiteral("october"));
            view.canvas()->setMode(TimelineLaneMode::Categories);
            view.showEverything();
            shot(QStringLiteral("categories"));
            if (!dir.isEmpty())
                SlideExporter::savePng(QStringLiteral("%1/timeline-slide-%2.png").arg(dir, code), view.slide(), 1.0);
        }
    }
};

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
