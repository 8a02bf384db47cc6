// Main-window smoke test: every view in both languages, retranslation at run time, and the
// detail pane and filters working across views.
#include "actordirectory.h"
#include "atlascontext.h"
#include "browseview.h"
#include "countriesview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTextLayout>
#include <QTranslator>

using namespace Atlas;

class TstMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;
    QTranslator m_ko;

    // Korean text must render with real glyphs, not boxes.
    static bool rendersHangul(const QString &text, const QFont &font)
    {
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            for (quint32 g : run.glyphIndexes()) {
                if (g == 0)
                    return false;
            }
        }
        return true;
    }

    void setKorean(AtlasContext &context, bool korean)
    {
        QCoreApplication::removeTranslator(&m_ko);
        if (korean)
            QCoreApplication::installTranslator(&m_ko);
        context.setLanguage(korean ? Language::Korean : Language::English);
        // QApplication posts LanguageChange to the windows; deliver it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
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
    }

    void koreanFontIsInstalled()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Korean).isEmpty(),
                 "no Korean font: install fonts-noto-cjk (make test does)");
        QVERIFY(rendersHangul(QStringLiteral("지도 정책/법제"), QApplication::font()));
    }

    void visitsEveryViewInBothLanguages()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const bool korean : { false, true }) {
            setKorean(context, korean);
            for (const char *view : { "map", "timeline", "charts", "browse", "countries", "country:KOR",
                                      "item:usa-2023-10-30-executive-order" }) {
                QVERIFY2(window.showView(QString::fromLatin1(view)), view);
                QApplication::processEvents();
                const QImage image = window.grab().toImage();
                QCOMPARE(image.size(), QSize(1280, 720));
            }
        }
        QVERIFY(!window.showView(QStringLiteral("nowhere")));
        QVERIFY(!window.showView(QStringLiteral("country:ATLANTIS")));
        setKorean(context, false);
    }

    void switchingLanguageRetranslatesTheWindow()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        setKorean(context, false);
        QCOMPARE(window.windowTitle(), QStringLiteral("AI Policy Atlas"));
        QCOMPARE(nav->item(int(ViewId::Map))->text(), QStringLiteral("Map"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        setKorean(context, true);
        QCOMPARE(window.windowTitle(), QStringLiteral("AI 정책 아틀라스"));
        QCOMPARE(nav->item(int(ViewId::Map))->text(), QStringLiteral("지도"));
        QVERIFY(window.menuBar()->actions().constFirst()->text().startsWith(u"파일"));
        // Record text follows too.
        const int row = window.itemModel()->rowOfId(QStringLiteral("usa-2023-10-30-executive-order"));
        QCOMPARE(window.itemModel()->index(row, ItemTableModel::TitleColumn).data().toString(),
                 QStringLiteral("안전하고 신뢰할 수 있는 AI에 관한 행정명령을 공표"));
        QCOMPARE(window.itemModel()->headerData(ItemTableModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("제목"));
        setKorean(context, false);
        QCOMPARE(nav->item(int(ViewId::Map))->text(), QStringLiteral("Map"));
    }

    void filterHoldsAcrossViewsAndShowsInStatus()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.show();
        setKorean(context, false);
        QCOMPARE(window.itemModel()->totalCount(), 8);
        ItemFilter f;
        f.categories = { QStringLiteral("policy") };
        context.setFilter(f);
        QCOMPARE(window.itemModel()->totalCount(), 4);
        QCOMPARE(window.browseView()->table()->model()->rowCount(), 4);
        window.showView(QStringLiteral("country:USA"));
        QVERIFY(window.countriesView()->profileHtml().contains(u"United States"));
        context.setFilter({});
        QCOMPARE(window.itemModel()->totalCount(), 8);
    }

    void typingInTheSearchFieldFilters()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.show();
        QLineEdit *search = window.filterBar()->searchField();
        QTest::keyClicks(search, QStringLiteral("copyright"));
        QTRY_COMPARE(window.itemModel()->totalCount(), 2);
        search->clear();
        QTRY_COMPARE(window.itemModel()->totalCount(), 8);
    }

    void selectingARowFillsTheDetailPane()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.show();
        setKorean(context, false);
        QVERIFY(window.showView(QStringLiteral("item:chn-2023-08-15-generative-ai-measures")));
        QCOMPARE(window.detailPane()->currentItem(), QStringLiteral("chn-2023-08-15-generative-ai-measures"));
        const QString html = window.detailPane()->html();
        QVERIFY(html.contains(u"Interim measures for generative AI services take effect"));
        QVERIFY(html.contains(u"The report&apos;s body and table disagree") || html.contains(u"The report's body and table disagree"));
        QVERIFY(html.contains(u"Report text line 102"));
        QVERIFY(window.detailPane()->citationText().startsWith(u"Test (2023), \"Test dataset\"")); // publisher and year from the dataset header
        setKorean(context, true);
        QVERIFY(window.detailPane()->html().contains(u"생성형 AI 서비스 관리 잠정 방법 시행"));
        setKorean(context, false);
    }

    void settingsPersistViewAndFilter()
    {
        {
            AtlasContext context(&m_db, &m_actors);
            MainWindow window(&context);
            window.showView(QStringLiteral("country:KOR"));
            ItemFilter f;
            f.actors = { QStringLiteral("KOR") };
            f.text = QStringLiteral("권리장전");
            context.setFilter(f);
            window.saveSettings();
        }
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.restoreSettings();
        QCOMPARE(window.currentViewSpec(), QStringLiteral("country:KOR"));
        QCOMPARE(context.filter().actors, QStringList { QStringLiteral("KOR") });
        QCOMPARE(context.filter().text, QStringLiteral("권리장전"));
        QCOMPARE(window.itemModel()->totalCount(), 1);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
