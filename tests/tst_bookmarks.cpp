// Bookmarks and notes beyond items: the star and note on a country/organisation profile and on a
// chart, the Bookmarks list (model and view), and going from the list to the record.
#include "actordirectory.h"
#include "annotationpanel.h"
#include "atlascontext.h"
#include "bookmarklistmodel.h"
#include "bookmarksview.h"
#include "chartcatalogmodel.h"
#include "chartsview.h"
#include "countriesview.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextCursor>
#include <QToolButton>

using namespace Atlas;

namespace {
const QString kActor = QStringLiteral("actor");
const QString kItem = QStringLiteral("item");
const QString kItemId = QStringLiteral("usa-2023-10-30-executive-order");

// The first gallery row of a kind, or -1.
int chartRow(const ChartCatalogModel *catalog, ChartCatalogModel::Kind kind)
{
    for (int row = 0; row < catalog->rowCount(); ++row) {
        if (catalog->kind(row) == kind)
            return row;
    }
    return -1;
}

int rowFor(const BookmarkListModel &model, const QString &kind, const QString &id)
{
    return model.rowOf(kind, id);
}
} // namespace

class TstBookmarks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    int m_users = 0;

    QString freshUserDatabase() { return m_dir.filePath(QStringLiteral("user-%1.sqlite").arg(++m_users)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    // A profile's star and note are stored under ("actor", id), follow the shown profile, and are
    // there again in a new window.
    void actorStarAndNoteRoundTrip()
    {
        const QString user = freshUserDatabase();
        {
            Database db;
            QVERIFY(db.open(m_base, user));
            ActorDirectory actors;
            QVERIFY(actors.load(db.connection()));
            AtlasContext context(&db, &actors);
            UserDataStore store(db.connection());
            CountriesView view(&context);
            view.resize(1000, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            AnnotationPanel *panel = view.annotationPanel();
            QVERIFY(!panel->bookmarkButton()->isEnabled()); // no profile yet

            QVERIFY(view.showActor(QStringLiteral("KOR")));
            QCOMPARE(panel->targetKind(), kActor);
            QCOMPARE(panel->targetId(), QStringLiteral("KOR"));
            QVERIFY(panel->bookmarkButton()->isEnabled());
            QVERIFY(!panel->bookmarkButton()->isChecked());
            panel->bookmarkButton()->click();
            QVERIFY(store.isBookmarked(kActor, QStringLiteral("KOR")));
            panel->noteEditor()->setFocus();
            QTest::keyClicks(panel->noteEditor(), QStringLiteral("National AI strategy: "));
            panel->noteEditor()->moveCursor(QTextCursor::End);
            panel->noteEditor()->insertPlainText(QStringLiteral("후속 확인")); // as an input method would

            // Another profile writes the pending note first and shows its own (empty) state.
            QVERIFY(view.showActor(QStringLiteral("USA")));
            QCOMPARE(store.note(kActor, QStringLiteral("KOR")), QStringLiteral("National AI strategy: 후속 확인"));
            QVERIFY(!panel->bookmarkButton()->isChecked());
            QCOMPARE(panel->noteEditor()->toPlainText(), QString());
            // The debounce writes on its own too.
            panel->noteEditor()->setPlainText(QStringLiteral("Executive order follow-up"));
            QTRY_COMPARE_WITH_TIMEOUT(store.note(kActor, QStringLiteral("USA")),
                                      QStringLiteral("Executive order follow-up"), 3000);
            // An item with the same id space is a different target.
            QVERIFY(!store.isBookmarked(kItem, QStringLiteral("KOR")));
        }
        Database db;
        QVERIFY(db.open(m_base, user));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        CountriesView view(&context);
        QVERIFY(view.showActor(QStringLiteral("KOR")));
        QVERIFY(view.annotationPanel()->bookmarkButton()->isChecked());
        QCOMPARE(view.annotationPanel()->noteEditor()->toPlainText(), QStringLiteral("National AI strategy: 후속 확인"));
        // Un-starring keeps the note.
        view.annotationPanel()->bookmarkButton()->click();
        UserDataStore store(db.connection());
        QVERIFY(!store.isBookmarked(kActor, QStringLiteral("KOR")));
        QCOMPARE(store.note(kActor, QStringLiteral("KOR")), QStringLiteral("National AI strategy: 후속 확인"));
    }

    // A chart's star and note: a series under ("series", id), a figure group under ("group", id).
    void chartStarAndNoteRoundTrip()
    {
        const QString user = freshUserDatabase();
        QString seriesId, groupId;
        {
            Database db;
            QVERIFY(db.open(m_base, user));
            ActorDirectory actors;
            QVERIFY(actors.load(db.connection()));
            AtlasContext context(&db, &actors);
            UserDataStore store(db.connection());
            ChartsView view(&context);
            const int seriesRow = chartRow(view.catalog(), ChartCatalogModel::Kind::Series);
            const int groupRow = chartRow(view.catalog(), ChartCatalogModel::Kind::FigureGroup);
            QVERIFY(seriesRow >= 0);
            QVERIFY(groupRow >= 0);
            seriesId = view.catalog()->id(seriesRow);
            groupId = view.catalog()->id(groupRow);

            QVERIFY(view.showChart(seriesId));
            AnnotationPanel *panel = view.annotationPanel();
            QCOMPARE(panel->targetKind(), QStringLiteral("series"));
            QCOMPARE(panel->targetId(), seriesId);
            panel->bookmarkButton()->click();
            panel->noteEditor()->setPlainText(QStringLiteral("Use on slide 3"));

            QVERIFY(view.showChart(groupId));
            QCOMPARE(panel->targetKind(), QStringLiteral("group"));
            QVERIFY(!panel->bookmarkButton()->isChecked());
            panel->bookmarkButton()->click();
            QVERIFY(panel->saveNote());
            QVERIFY(store.isBookmarked(QStringLiteral("series"), seriesId));
            QVERIFY(store.isBookmarked(QStringLiteral("group"), groupId));
            QCOMPARE(store.note(QStringLiteral("series"), seriesId), QStringLiteral("Use on slide 3"));
        }
        Database db;
        QVERIFY(db.open(m_base, user));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        ChartsView view(&context);
        QVERIFY(view.showChart(seriesId));
        QVERIFY(view.annotationPanel()->bookmarkButton()->isChecked());
        QCOMPARE(view.annotationPanel()->noteEditor()->toPlainText(), QStringLiteral("Use on slide 3"));
        // The export carries both, so another installation gets them back.
        const QByteArray exported = UserDataStore(db.connection()).exportUserData();
        QVERIFY(exported.contains(seriesId.toUtf8()));
        QVERIFY(exported.contains(groupId.toUtf8()));
    }

    // The list model: passes the tester, lists every kind with title and note, filters by kind,
    // follows language, and reloads whenever a bookmark or note changes anywhere.
    void listModel()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        UserDataStore store(db.connection());
        AtlasContext context(&db, &actors);
        ChartsView charts(&context); // its gallery gives chart titles
        const ChartCatalogModel *catalog = charts.catalog();
        const QString seriesId = catalog->id(chartRow(catalog, ChartCatalogModel::Kind::Series));

        BookmarkListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(db.connection(), &actors, catalog);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(BookmarkListModel::ColumnCount));

        // Changes made elsewhere show at once.
        QVERIFY(store.setBookmarked(kItem, kItemId, true));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(store.setBookmarked(kActor, QStringLiteral("KOR"), true));
        QVERIFY(store.setBookmarked(QStringLiteral("series"), seriesId, true));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        QVERIFY(store.setNote(kActor, QStringLiteral("KOR"),
                              QStringLiteral("First line\nsecond line of a note that goes on and on and on, well past what "
                                             "a list can show in one row without eliding it")));

        const int item = rowFor(model, kItem, kItemId);
        const int actor = rowFor(model, kActor, QStringLiteral("KOR"));
        const int chart = rowFor(model, QStringLiteral("series"), seriesId);
        QVERIFY(item >= 0 && actor >= 0 && chart >= 0);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(actor, BookmarkListModel::TitleColumn), actors.name(QStringLiteral("KOR"), Language::English));
        QVERIFY(text(actor, BookmarkListModel::NoteColumn).startsWith(u"First line second line"));
        QVERIFY(text(actor, BookmarkListModel::NoteColumn).endsWith(u'…'));
        QVERIFY(text(actor, BookmarkListModel::NoteColumn).size() <= 80);
        QCOMPARE(model.index(actor, 0).data(BookmarkListModel::NoteRole).toString().count(u'\n'), 1);
        QCOMPARE(text(chart, BookmarkListModel::KindColumn), BookmarkListModel::kindName(BookmarkListModel::Kind::Chart));
        QVERIFY(!text(item, BookmarkListModel::TitleColumn).isEmpty());
        QVERIFY(text(item, BookmarkListModel::TitleColumn) != kItemId); // a title, not an id
        QCOMPARE(model.index(item, 0).data(BookmarkListModel::TargetIdRole).toString(), kItemId);

        // Both languages.
        const QString english = text(item, BookmarkListModel::TitleColumn);
        QVERIFY(actors.name(QStringLiteral("KOR"), Language::Korean) != actors.name(QStringLiteral("KOR"), Language::English));
        model.setLanguage(Language::Korean);
        QCOMPARE(text(rowFor(model, kActor, QStringLiteral("KOR")), BookmarkListModel::TitleColumn),
                 actors.name(QStringLiteral("KOR"), Language::Korean));
        QVERIFY(text(rowFor(model, kItem, kItemId), BookmarkListModel::TitleColumn) != english);
        model.setLanguage(Language::English);

        // Filter by kind.
        model.setKindFilter(BookmarkListModel::Kind::Actor);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 3);
        model.setKindFilter(BookmarkListModel::Kind::Chart);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.targetId(0), seriesId);
        model.setKindFilter(BookmarkListModel::Kind::All);
        QCOMPARE(model.rowCount(), 3);

        // Removing from the list takes the bookmark away and keeps the note.
        QVERIFY(model.removeBookmark(rowFor(model, kActor, QStringLiteral("KOR"))));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!store.isBookmarked(kActor, QStringLiteral("KOR")));
        QVERIFY(!store.note(kActor, QStringLiteral("KOR")).isEmpty());

        // A bookmark whose record a newer dataset dropped is still listed, marked as such.
        QVERIFY(store.setBookmarked(kItem, QStringLiteral("gone-2023-item"), true));
        const int gone = rowFor(model, kItem, QStringLiteral("gone-2023-item"));
        QVERIFY(gone >= 0);
        QVERIFY(model.index(gone, 0).data(BookmarkListModel::MissingRole).toBool());

        // Another user database's changes are not ours.
        Database other;
        QVERIFY(other.open(m_base, freshUserDatabase()));
        QVERIFY(UserDataStore(other.connection()).setBookmarked(kActor, QStringLiteral("USA"), true));
        QCOMPARE(model.rowCount(), 3);
    }

    // The window: View › Bookmarks shows the list; a click goes to the item, the profile or the
    // chart; removing there turns the star off where it shows.
    void navigateFromTheList()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        UserDataStore store(db.connection());
        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ChartCatalogModel *catalog = window.chartsView()->catalog();
        const QString groupId = catalog->id(chartRow(catalog, ChartCatalogModel::Kind::FigureGroup));

        QVERIFY(store.setBookmarked(kItem, kItemId, true));
        QVERIFY(store.setBookmarked(kActor, QStringLiteral("CHN"), true));
        QVERIFY(store.setBookmarked(QStringLiteral("group"), groupId, true));

        QVERIFY(!window.bookmarksDock()->isVisible());
        QVERIFY(window.showView(QStringLiteral("bookmarks")));
        QVERIFY(window.bookmarksDock()->isVisible());
        BookmarksView *list = window.bookmarksView();
        BookmarkListModel *model = list->model();
        QCOMPARE(model->rowCount(), 3);
        QTableView *table = list->table();
        const auto click = [&](const QString &kind, const QString &id) {
            const int row = model->rowOf(kind, id);
            QVERIFY(row >= 0);
            const QModelIndex index = model->index(row, BookmarkListModel::TitleColumn);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        };

        click(kActor, QStringLiteral("CHN"));
        QCOMPARE(window.currentView(), ViewId::Countries);
        QCOMPARE(window.countriesView()->currentActor(), QStringLiteral("CHN"));
        QVERIFY(window.countriesView()->annotationPanel()->bookmarkButton()->isChecked());

        click(QStringLiteral("group"), groupId);
        QCOMPARE(window.currentView(), ViewId::Charts);
        QCOMPARE(window.chartsView()->currentChart(), groupId);

        click(kItem, kItemId);
        QCOMPARE(window.detailPane()->currentItem(), kItemId);
        QVERIFY(window.detailPane()->bookmarkButton()->isChecked());

        // Keyboard: the filter and Delete.
        list->kindFilter()->setCurrentIndex(list->kindFilter()->findData(int(BookmarkListModel::Kind::Item)));
        QCOMPARE(model->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(model->index(0, BookmarkListModel::TitleColumn));
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!store.isBookmarked(kItem, kItemId));
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY(!window.detailPane()->bookmarkButton()->isChecked()); // the pane follows
        list->kindFilter()->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 2);

        // Starring in the profile adds to the list at once.
        QVERIFY(window.showView(QStringLiteral("country:KOR")));
        window.countriesView()->annotationPanel()->bookmarkButton()->click();
        QCOMPARE(model->rowCount(), 3);
        // Removing from the list turns the profile's star off.
        table->setCurrentIndex(model->index(model->rowOf(kActor, QStringLiteral("KOR")), 0));
        list->removeCurrent();
        QTRY_VERIFY(!window.countriesView()->annotationPanel()->bookmarkButton()->isChecked());
    }
};

QTEST_MAIN(TstBookmarks)
#include "tst_bookmarks.moc"
