// Browse and search in the window: Korean IME composition, hit highlighting, facets, the
// detail pane's highlights, related items and citation, and exports of the filtered set.
#include "actordirectory.h"
#include "atlascontext.h"
#include "browseview.h"
#include "detailpane.h"
#include "facetmodel.h"
#include "facetpanel.h"
#include "filterbar.h"
#include "highlightdelegate.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Atlas;

class TstBrowseView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;
    QTranslator m_ko;

    static void compose(QLineEdit *edit, const QString &commit, const QString &preedit)
    {
        QList<QInputMethodEvent::Attribute> attributes;
        if (!preedit.isEmpty())
            attributes << QInputMethodEvent::Attribute(QInputMethodEvent::Cursor, int(preedit.size()), 1);
        QInputMethodEvent event(preedit, attributes);
        if (!commit.isEmpty())
            event.setCommitString(commit);
        QCoreApplication::sendEvent(edit, &event);
    }

    static QModelIndex facet(FacetModel *model, FacetModel::Group group, const QString &key)
    {
        const QModelIndex parent = model->index(group, 0);
        for (int r = 0; r < model->rowCount(parent); ++r) {
            if (model->index(r, 0, parent).data(FacetModel::KeyRole).toString() == key)
                return model->index(r, 0, parent);
        }
        return {};
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

    // On a large dataset the first page comes before the count: the label says "2+ items" until
    // the exact count lands, then the count itself.
    void countShownAsLowerBoundUntilItLands()
    {
        AtlasContext context(&m_db, &m_actors);
        ItemTableModel model;
        model.setDeferredCountThreshold(0);
        model.setPageSize(2);
        model.setSource(m_db.connection(), &m_actors);
        BrowseView view(&context, &model);
        QTRY_VERIFY(!model.countPending());
        auto *count = view.findChild<QLabel *>(QStringLiteral("itemCount"));
        QVERIFY(count);
        ItemFilter filter;
        filter.text = QStringLiteral("AI");
        model.setFilter(filter);
        // The count's result arrives through the event loop: nothing has run it yet.
        QVERIFY(model.countPending());
        QCOMPARE(count->text(), QStringLiteral("2+ item(s)")); // English source text: no translator loaded
        QTRY_VERIFY(!model.countPending());
        QVERIFY(model.totalCount() > 2);
        QCOMPARE(count->text(), QStringLiteral("%1 item(s)").arg(model.totalCount()));
        // In Korean: "항목 2개 이상" while counting.
        QCoreApplication::installTranslator(&m_ko);
        model.setFilter({});
        model.setFilter(filter);
        QVERIFY(model.countPending());
        QCOMPARE(count->text(), QStringLiteral("항목 2개 이상"));
        QTRY_VERIFY(!model.countPending());
        QCoreApplication::removeTranslator(&m_ko);
    }

    // Results follow every keystroke of a Korean IME, and the last syllable is never lost.
    void koreanImeComposition()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("browse")));
        QLineEdit *search = window.filterBar()->searchField();
        window.activateWindow();
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());

        compose(search, {}, QStringLiteral("ㅈ"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("ㅈ"));
        compose(search, {}, QStringLiteral("저"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("저"));
        compose(search, {}, QStringLiteral("적"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("적"));
        // "ㅏ" splits the syllable: "저" is committed and "자" starts, in one event.
        compose(search, QStringLiteral("저"), QStringLiteral("자"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("저자"));
        compose(search, {}, QStringLiteral("작"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("저작"));
        // The search delay fires mid-composition: it must keep the syllable being composed.
        QTest::qWait(300);
        QCOMPARE(context.filter().text, QStringLiteral("저작"));
        QCOMPARE(window.itemModel()->totalCount(), 2); // results while "작" is still composing
        compose(search, QStringLiteral("작"), QStringLiteral("ㄱ"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("저작ㄱ"));
        compose(search, {}, QStringLiteral("권"));
        QTRY_COMPARE(context.filter().text, QStringLiteral("저작권"));
        QTest::qWait(300);
        QCOMPARE(context.filter().text, QStringLiteral("저작권"));
        // Composition ends (Enter, or focus leaves): the last syllable is committed and stays.
        compose(search, QStringLiteral("권"), {});
        QTRY_COMPARE(search->text(), QStringLiteral("저작권"));
        QTest::qWait(300);
        QCOMPARE(context.filter().text, QStringLiteral("저작권"));
        QCOMPARE(window.itemModel()->totalCount(), 2);
        QCOMPARE(window.itemModel()->sortColumn(), int(ItemTableModel::RelevanceSort));
        QCOMPARE(window.browseView()->table()->horizontalHeader()->sortIndicatorSection(), -1);
        QCOMPARE(window.itemModel()->index(0, 0).data(ItemTableModel::IdRole).toString(),
                 QStringLiteral("usa-2023-copyright-inquiry"));
    }

    void hitsAreHighlightedInTheTable()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("browse")));
        // The page fits a projector-sized window beside the navigation and the detail pane.
        QVERIFY2(window.browseView()->minimumSizeHint().width() < 700,
                 qPrintable(QString::number(window.browseView()->minimumSizeHint().width())));
        QTableView *table = window.browseView()->table();
        const auto highlighted = [&] {
            QApplication::processEvents();
            const QImage image = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QRgb hit = HighlightDelegate::hitBackground().rgb();
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    n += line[x] == hit;
            }
            return n;
        };
        QCOMPARE(highlighted(), 0);
        ItemFilter f;
        f.text = QStringLiteral("copyright");
        context.setFilter(f);
        table->clearSelection();
        QVERIFY(highlighted() > 50);
        // Korean, through the glossary: "저작권" also marks the English word that matched.
        context.setLanguage(Language::Korean);
        f.text = QStringLiteral("저작권");
        context.setFilter(f);
        QVERIFY(highlighted() > 50);
        context.setLanguage(Language::English);
    }

    void facetsFilterOnClick()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("browse")));
        FacetPanel *panel = window.browseView()->facetPanel();
        QVERIFY(panel->isVisible());
        FacetModel *model = panel->model();
        panel->activate(facet(model, FacetModel::CategoryGroup, QStringLiteral("policy")));
        QCOMPARE(context.filter().categories, QSet<QString> { QStringLiteral("policy") });
        QCOMPARE(window.itemModel()->totalCount(), 4);
        // The facets follow the filter: the year 2022 has no policy item.
        QCOMPARE(facet(model, FacetModel::YearGroup, QStringLiteral("2022")).isValid(), false);
        panel->activate(facet(model, FacetModel::ActorGroup, QStringLiteral("USA")));
        QCOMPARE(window.itemModel()->totalCount(), 2);
        // With the keyboard: Space on the current value takes it out again.
        QTreeView *tree = panel->tree();
        tree->setFocus();
        tree->setCurrentIndex(facet(model, FacetModel::ActorGroup, QStringLiteral("USA")));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(context.filter().actors.isEmpty());
        panel->activate(facet(model, FacetModel::CategoryGroup, QStringLiteral("policy")));
        QVERIFY(context.filter().isEmpty());
        // Hidden, the panel waits; shown again, it catches up.
        window.showView(QStringLiteral("map"));
        ItemFilter f;
        f.text = QStringLiteral("AI");
        context.setFilter(f);
        QVERIFY(model->filter().text.isEmpty());
        window.showView(QStringLiteral("browse"));
        QTRY_COMPARE(model->filter().text, QStringLiteral("AI"));
    }

    void detailPaneMarksHitsAndCites()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DetailPane *pane = window.detailPane();
        ItemFilter f;
        f.text = QStringLiteral("copyright");
        context.setFilter(f);
        context.selectItem(QStringLiteral("usa-2023-copyright-inquiry"));
        QVERIFY(pane->html().contains(QStringLiteral("#ffe066")));
        QVERIFY(pane->relatedItems().contains(QStringLiteral("oecd-2023-ai-skills-report"))); // shares the tag
        QVERIFY(pane->relatedItems().contains(QStringLiteral("usa-2023-10-30-executive-order"))); // shares the actor
        QCOMPARE(pane->relatedItems().constFirst(), QStringLiteral("oecd-2023-ai-skills-report")); // a tag weighs more
        QVERIFY(!pane->relatedItems().contains(QStringLiteral("usa-2023-copyright-inquiry")));
        const QString en = pane->citationText();
        QVERIFY2(en.startsWith(QStringLiteral("Test (2023), \"Test dataset\", Ch. 3 > test (text line ")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("; original: ")), qPrintable(en));

        QCoreApplication::installTranslator(&m_ko);
        context.setLanguage(Language::Korean);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QString ko = pane->citationText();
        QVERIFY2(ko.startsWith(QStringLiteral("테스트 (2023), 「테스트 데이터셋」, 제3장 > 테스트")), qPrintable(ko));
        QVERIFY2(ko.contains(QStringLiteral("; original: Source ")), qPrintable(ko));
        QVERIFY(pane->html().contains(QStringLiteral("저작권"))); // the tag in Korean
        // The highlight goes when the search does.
        context.setFilter({});
        QVERIFY(!pane->html().contains(QStringLiteral("#ffe066")));
        QCoreApplication::removeTranslator(&m_ko);
        context.setLanguage(Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    void exportsTheFilteredSet()
    {
        AtlasContext context(&m_db, &m_actors);
        MainWindow window(&context);
        ItemFilter f;
        f.categories = { QStringLiteral("workforce") };
        context.setFilter(f);
        const QString csv = m_dir.filePath(QStringLiteral("items.csv"));
        const QString json = m_dir.filePath(QStringLiteral("items.json"));
        QString error;
        QVERIFY2(window.browseView()->exportCsv(csv, &error), qPrintable(error));
        QVERIFY2(window.browseView()->exportJson(json, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(data.count("\r\n"), 1 + 2); // header + the two workforce items
        QVERIFY(!window.browseView()->exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
    // For a person to look at: ATLAS_SHOT_DIR=/tmp ./tst_browseview reviewScreenshots writes the
    // browse view searching the real dataset, in both languages.
    void reviewScreenshots()
    {
        const QString dir = qEnvironmentVariable("ATLAS_SHOT_DIR");
        if (dir.isEmpty() || !QFile::exists(QStringLiteral(ATLAS_BUILT_DATASET)))
            QSKIP("set ATLAS_SHOT_DIR (and build the dataset) to write review screenshots");
        Database db;
        QVERIFY(db.open(QStringLiteral(ATLAS_BUILT_DATASET), m_dir.filePath(QStringLiteral("shot-user.sqlite"))));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        // The browse page as the window lays it out: filter bar, facets and table, detail pane.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new FilterBar(&context, &window));
        auto *split = new QSplitter(&window);
        auto *model = new ItemTableModel(&window);
        model->setLanguage(context.language());
        model->setSource(db.connection(), &actors);
        connect(&context, &AtlasContext::filterChanged, model, &ItemTableModel::setFilter);
        connect(&context, &AtlasContext::languageChanged, model, &ItemTableModel::setLanguage);
        auto *browse = new BrowseView(&context, model, split);
        split->addWidget(browse);
        split->addWidget(new DetailPane(&context, split));
        split->setSizes({ 900, 380 });
        layout->addWidget(split, 1);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ItemFilter f;
        f.text = qEnvironmentVariable("ATLAS_SHOT_QUERY", QStringLiteral("저작권"));
        context.setFilter(f);
        browse->table()->selectRow(1);
        for (const bool korean : { true, false }) {
            if (korean)
                QCoreApplication::installTranslator(&m_ko);
            else
                QCoreApplication::removeTranslator(&m_ko);
            context.setLanguage(korean ? Language::Korean : Language::English);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QTest::qWait(200);
            QVERIFY(window.grab().save(dir + (korean ? QStringLiteral("/search-query-ko.png") : QStringLiteral("/search-query-en.png"))));
        }
    }
};

QTEST_MAIN(TstBrowseView)
#include "tst_browseview.moc"
