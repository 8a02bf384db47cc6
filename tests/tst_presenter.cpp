// Storyboard dock and presenter mode: adding views, stepping with clicker keys restores each
// slide's view and filter, blanking, leaving, the PDF export's pages, and screenshots in both languages.
#include "actordirectory.h"
#include "atlascontext.h"
#include "mainwindow.h"
#include "presenterwindow.h"
#include "slidestate.h"
#include "storyboardpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QProcess>
#include <QTranslator>

using namespace Atlas;

class TstPresenter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;
    QTranslator m_ko;
    AtlasContext *m_context = nullptr;
    MainWindow *m_window = nullptr;

    void setLanguage(Language l)
    {
        QCoreApplication::removeTranslator(&m_ko);
        if (l == Language::Korean)
            QCoreApplication::installTranslator(&m_ko);
        m_context->setLanguage(l);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

    ItemFilter policy2023() const
    {
        ItemFilter f;
        f.categories = { QStringLiteral("policy") };
        f.dateFrom = QStringLiteral("2023-01-01");
        f.dateTo = QStringLiteral("2023-12-31");
        return f;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
        QVERIFY(m_ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
        m_context = new AtlasContext(&m_db, &m_actors, this);
        m_window = new MainWindow(m_context);
        connect(m_window, &MainWindow::languageRequested, this, &TstPresenter::setLanguage);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void buildStoryboard()
    {
        StoryboardPanel *panel = m_window->storyboardPanel();
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());
        QVERIFY(m_window->showView(QStringLiteral("map")));
        m_context->setFilter(policy2023());
        panel->addSlideAction()->trigger(); // makes a storyboard when there is none
        QVERIFY(panel->isVisible());
        QVERIFY(panel->currentStoryboard() > 0);
        QVERIFY(m_window->showView(QStringLiteral("timeline")));
        m_context->setFilter({});
        panel->addCurrentView();
        QVERIFY(m_window->showView(QStringLiteral("country:KOR")));
        ItemFilter text;
        text.text = QStringLiteral("AI");
        m_context->setFilter(text);
        panel->addCurrentView();
        QVERIFY(m_window->showView(QStringLiteral("charts")));
        panel->addCurrentView();
        QCOMPARE(panel->slideList()->count(), 4);
        const QList<StoryboardSlide> slides = panel->store()->slides(panel->currentStoryboard());
        QCOMPARE(slides.at(0).viewSpec, QStringLiteral("map"));
        QCOMPARE(slides.at(0).filter, policy2023());
        QCOMPARE(slides.at(2).viewSpec, QStringLiteral("country:KOR"));
        QCOMPARE(slides.at(2).filter.text, QStringLiteral("AI"));

        // Keyboard reordering: charts moves up above the profile, and back.
        panel->slideList()->setCurrentRow(3);
        panel->moveSelectedSlide(-1);
        QCOMPARE(panel->store()->slides(panel->currentStoryboard()).at(2).viewSpec, QStringLiteral("charts"));
        QCOMPARE(panel->slideList()->currentRow(), 2);
        panel->moveSelectedSlide(1);
        QCOMPARE(panel->store()->slides(panel->currentStoryboard()).at(3).viewSpec, QStringLiteral("charts"));
    }

    void presenterKeysStepAndRestore()
    {
        StoryboardPanel *panel = m_window->storyboardPanel();
        m_window->showView(QStringLiteral("browse"));
        m_context->setFilter({});
        panel->slideList()->setCurrentRow(0);
        panel->presentAction()->trigger();
        PresenterWindow *p = panel->presenter();
        QVERIFY(p);
        QVERIFY(p->isFullScreen());
        QCOMPARE(p->currentIndex(), 0);
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("map"));
        QCOMPARE(m_context->filter(), policy2023());

        QTest::keyClick(p, Qt::Key_PageDown);
        QCOMPARE(p->currentIndex(), 1);
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("timeline"));
        QVERIFY(m_context->filter().isEmpty());
        QTest::keyClick(p, Qt::Key_Space);
        QCOMPARE(p->currentIndex(), 2);
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("country:KOR"));
        QCOMPARE(m_context->filter().text, QStringLiteral("AI"));
        QCOMPARE(panel->slideList()->currentRow(), 2); // the dock follows
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentIndex(), 3);
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("charts"));
        QTest::keyClick(p, Qt::Key_Down); // past the end: stays
        QCOMPARE(p->currentIndex(), 3);
        QTest::keyClick(p, Qt::Key_PageUp);
        QCOMPARE(p->currentIndex(), 2);
        QTest::keyClick(p, Qt::Key_Left);
        QTest::keyClick(p, Qt::Key_Up);
        QCOMPARE(p->currentIndex(), 0);
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("map"));
        QCOMPARE(m_context->filter(), policy2023());
        QTest::keyClick(p, Qt::Key_PageUp); // before the start: stays
        QCOMPARE(p->currentIndex(), 0);

        QVERIFY(!p->isBlank());
        QTest::keyClick(p, Qt::Key_B);
        QVERIFY(p->isBlank());
        const QImage blank = p->renderImage(QSize(320, 180));
        QCOMPARE(blank.pixelColor(160, 90), QColor(Qt::black));
        QTest::keyClick(p, Qt::Key_B);
        QVERIFY(!p->isBlank());

        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!panel->presenter());
        // Leaving puts the window back as it was.
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("browse"));
        QVERIFY(m_context->filter().isEmpty());
    }

    void screenshotsInBothLanguages()
    {
        StoryboardPanel *panel = m_window->storyboardPanel();
        for (Language l : { Language::English, Language::Korean }) {
            setLanguage(l);
            QList<StoryboardSlide> slides = panel->store()->slides(panel->currentStoryboard());
            for (StoryboardSlide &s : slides) {
                s.language = l; // as if the storyboard had been built in that language
                s.title.clear(); // the view's own label
            }
            PresenterWindow p(m_window, m_context);
            p.resize(1280, 720);
            p.setSlides(slides);
            p.goTo(0);
            const QImage image = p.renderImage(QSize(1280, 720));
            QCOMPARE(image.size(), QSize(1280, 720));
            // Not empty: the page was drawn inside the frame (some white, some colour).
            QVERIFY(image.pixelColor(640, 400) != QColor(0x10, 0x10, 0x10));
            const QString name = QStringLiteral("presenter-%1.png").arg(languageCode(l));
            QVERIFY(image.save(m_dir.filePath(name)));
            if (qEnvironmentVariableIsSet("ATLAS_SCREENSHOT_DIR"))
                image.save(qEnvironmentVariable("ATLAS_SCREENSHOT_DIR") + u'/' + name);
            p.goTo(2);
            if (qEnvironmentVariableIsSet("ATLAS_SCREENSHOT_DIR"))
                p.renderImage(QSize(1280, 720)).save(qEnvironmentVariable("ATLAS_SCREENSHOT_DIR") + QStringLiteral("/presenter-country-%1.png").arg(languageCode(l)));
        }
        setLanguage(Language::English);
    }

    void exportsOnePagePerSlide()
    {
        StoryboardPanel *panel = m_window->storyboardPanel();
        m_window->showView(QStringLiteral("browse"));
        const QString file = m_dir.filePath(QStringLiteral("storyboard.pdf"));
        QString error;
        QVERIFY2(panel->exportPdfTo(file, &error), qPrintable(error));
        QCOMPARE(m_window->currentViewSpec(), QStringLiteral("browse")); // put back
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), { file });
        if (!pdfinfo.waitForFinished(20000) || pdfinfo.exitCode() != 0)
            QSKIP("pdfinfo (poppler-utils) is not available");
        const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\b"))), qPrintable(info));
        // 254 × 142.875 mm = 720 × 405 pt: 16:9.
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+720(\\.\\d+)? x 405"))), qPrintable(info));
        if (qEnvironmentVariableIsSet("ATLAS_SCREENSHOT_DIR"))
            QFile::copy(file, qEnvironmentVariable("ATLAS_SCREENSHOT_DIR") + QStringLiteral("/storyboard.pdf"));
    }

    void persistsForTheNextWindow()
    {
        // A second window on the same database sees the same storyboard.
        const int id = m_window->storyboardPanel()->currentStoryboard();
        MainWindow other(m_context);
        QCOMPARE(other.storyboardPanel()->currentStoryboard(), id);
        QCOMPARE(other.storyboardPanel()->slideList()->count(), 4);
    }
};

QTEST_MAIN(TstPresenter)
#include "tst_presenter.moc"
