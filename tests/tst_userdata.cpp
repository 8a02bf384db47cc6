// The user's data in the window: the detail pane's note and bookmark star, the "Bookmarked only"
// filter, and File › Import…'s preview dialog with a good and a bad file.
#include "actordirectory.h"
#include "atlascontext.h"
#include "detailpane.h"
#include "filterbar.h"
#include "importdialog.h"
#include "itemrepository.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "userdatastore.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>

using namespace Atlas;

namespace {
const QString kItemA = QStringLiteral("usa-2023-10-30-executive-order");
const QString kItemB = QStringLiteral("kor-2023-09-digital-bill-of-rights");
const QString kItemC = QStringLiteral("chn-2023-08-15-generative-ai-measures");
const QString kItem = QStringLiteral("item");

QJsonObject item2024(const QString &id, const QString &actor = QStringLiteral("KOR"),
                     const QString &date = QStringLiteral("2024-01"))
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("date"), date },
             { QStringLiteral("actors"), QJsonArray { actor } },
             { QStringLiteral("category"), QStringLiteral("policy") },
             { QStringLiteral("type"), QStringLiteral("law") },
             { QStringLiteral("title_ko"), QStringLiteral("AI 기본법 제정") },
             { QStringLiteral("title_en"), QStringLiteral("AI Basic Act enacted") },
             { QStringLiteral("summary_ko"), QStringLiteral("요약") },
             { QStringLiteral("summary_en"), QStringLiteral("Summary") } };
}

QString writeDoc(const QTemporaryDir &dir, const QString &name, const QJsonObject &root)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

int childCount(QTreeWidget *tree, const QString &groupPrefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(groupPrefix))
            return tree->topLevelItem(i)->childCount();
    }
    return -1;
}
} // namespace

class TstUserData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    int m_users = 0;

    // Every test gets its own user database.
    QString freshUserDatabase() { return m_dir.filePath(QStringLiteral("user-%1.sqlite").arg(++m_users)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    // A note typed for one item is still there after showing another and coming back; the star
    // follows the item it belongs to.
    void notePersistsAcrossItems()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        UserDataStore store(db.connection());
        auto pane = std::make_unique<DetailPane>(&context);
        pane->resize(400, 700);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));

        QVERIFY(!pane->noteEditor()->isEnabled()); // nothing shown yet
        QVERIFY(!pane->bookmarkButton()->isEnabled());

        context.selectItem(kItemA);
        QVERIFY(pane->noteEditor()->isEnabled());
        QCOMPARE(pane->noteEditor()->toPlainText(), QString());
        pane->noteEditor()->setFocus();
        QTest::keyClicks(pane->noteEditor(), QStringLiteral("Cite in the May briefing"));
        QCOMPARE(pane->noteEditor()->toPlainText(), QStringLiteral("Cite in the May briefing"));

        // Switching items writes the pending note at once (no waiting for the debounce).
        context.selectItem(kItemB);
        QCOMPARE(store.note(kItem, kItemA), QStringLiteral("Cite in the May briefing"));
        QCOMPARE(pane->noteEditor()->toPlainText(), QString());

        // The debounce writes on its own, a moment after typing stops.
        pane->noteEditor()->setPlainText(QStringLiteral("한국어 메모: 후속 조치 확인"));
        QTRY_COMPARE_WITH_TIMEOUT(store.note(kItem, kItemB), QStringLiteral("한국어 메모: 후속 조치 확인"), 3000);

        context.selectItem(kItemA);
        QCOMPARE(pane->noteEditor()->toPlainText(), QStringLiteral("Cite in the May briefing"));
        context.selectItem(kItemB);
        QCOMPARE(pane->noteEditor()->toPlainText(), QStringLiteral("한국어 메모: 후속 조치 확인"));

        // Focus leaving the editor writes too.
        pane->noteEditor()->setFocus();
        pane->noteEditor()->appendPlainText(QStringLiteral("second line"));
        QVERIFY(store.note(kItem, kItemB).indexOf(u"second line") < 0);
        pane->bookmarkButton()->setFocus();
        QTRY_VERIFY(store.note(kItem, kItemB).endsWith(u"second line"));

        // Clearing the note deletes it.
        pane->noteEditor()->clear();
        QVERIFY(pane->saveNote());
        QCOMPARE(store.notes().size(), 1);

        // Closing the pane right after typing still keeps the text.
        context.selectItem(kItemC);
        pane->noteEditor()->setPlainText(QStringLiteral("typed just before closing"));
        pane.reset();
        QCOMPARE(store.note(kItem, kItemC), QStringLiteral("typed just before closing"));
    }

    void starTogglesBookmark()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        UserDataStore store(db.connection());
        DetailPane pane(&context);
        QSignalSpy changed(&pane, &DetailPane::bookmarkChanged);

        context.selectItem(kItemA);
        QToolButton *star = pane.bookmarkButton();
        QVERIFY(star->isEnabled());
        QVERIFY(!star->isChecked());
        const QString offText = star->text();
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(star->isChecked());
        QVERIFY(store.isBookmarked(kItem, kItemA));
        QVERIFY(star->text() != offText);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), kItemA);
        QCOMPARE(changed.at(0).at(1).toBool(), true);

        context.selectItem(kItemB);
        QVERIFY(!star->isChecked());
        QCOMPARE(changed.count(), 1); // showing another item changes no bookmark
        context.selectItem(kItemA);
        QVERIFY(star->isChecked());

        star->click();
        QVERIFY(!star->isChecked());
        QVERIFY(!store.isBookmarked(kItem, kItemA));
        QVERIFY(store.bookmarks().isEmpty());
    }

    // "Bookmarked only" narrows every count to the bookmarked items; the filter bar shows it as a
    // toggle and a chip, and the window remembers it.
    void bookmarkedOnlyFilter()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        UserDataStore store(db.connection());
        ItemRepository repository(db.connection());

        ItemFilter f;
        const int all = repository.count(f);
        QVERIFY(all > 2);
        f.bookmarkedOnly = true;
        QVERIFY(!f.isEmpty());
        QVERIFY(f != ItemFilter());
        QCOMPARE(repository.count(f), 0);
        QVERIFY(store.setBookmarked(kItem, kItemA, true));
        QVERIFY(store.setBookmarked(kItem, kItemB, true));
        QVERIFY(store.setBookmarked(QStringLiteral("actor"), kItemC, true)); // another kind: not an item
        QCOMPARE(repository.count(f), 2);
        f.categories.insert(QStringLiteral("policy"));
        QVERIFY(repository.count(f) <= 2);

        AtlasContext context(&db, &actors);
        {
            MainWindow window(&context);
            FilterBar *bar = window.filterBar();
            QToolButton *toggle = bar->bookmarkedOnlyButton();
            QVERIFY(!toggle->isChecked());
            toggle->click();
            QVERIFY(context.filter().bookmarkedOnly);
            bool chip = false;
            const auto buttons = bar->findChildren<QToolButton *>();
            for (const QToolButton *b : buttons)
                chip = chip || (b->isVisibleTo(bar) && b->toolTip() == FilterBar::tr("Remove this filter"));
            QVERIFY(chip);
            window.saveSettings();
        }
        context.setFilter({});
        QVERIFY(!context.filter().bookmarkedOnly);
        {
            MainWindow window(&context);
            window.restoreSettings();
            QVERIFY(context.filter().bookmarkedOnly);
            QVERIFY(window.filterBar()->bookmarkedOnlyButton()->isChecked());
            window.filterBar()->bookmarkedOnlyButton()->click(); // off again, for the next test's settings
            QVERIFY(!context.filter().bookmarkedOnly);
            window.saveSettings();
        }
    }

    void importDialogGoodFile()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        UserDataStore store(db.connection());
        QVERIFY(store.applyImport(store.planImport(QJsonDocument(QJsonObject {
                                                                     { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
                                                                     { QStringLiteral("items"), QJsonArray { item2024(QStringLiteral("kor-2024-02-old")) } } })
                                                       .toJson()),
                                  QStringLiteral("test")));

        QJsonObject changedOld = item2024(QStringLiteral("kor-2024-02-old"));
        changedOld.insert(QStringLiteral("title_en"), QStringLiteral("Renamed"));
        const QString path = writeDoc(
            m_dir, QStringLiteral("good.json"),
            { { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
              { QStringLiteral("items"), QJsonArray { item2024(QStringLiteral("kor-2024-01-ai-basic-act")), changedOld } },
              { QStringLiteral("notes"),
                QJsonArray { QJsonObject { { QStringLiteral("target_kind"), kItem },
                                           { QStringLiteral("target_id"), kItemA },
                                           { QStringLiteral("text"), QStringLiteral("from the other laptop") } } } },
              { QStringLiteral("bookmarks"),
                QJsonArray { QJsonObject { { QStringLiteral("target_kind"), kItem }, { QStringLiteral("target_id"), kItemB } } } } });
        QVERIFY(!path.isEmpty());

        ImportDialog dialog(&context);
        QVERIFY(!dialog.importButton()->isEnabled()); // no file yet
        dialog.setFile(path);
        QVERIFY(dialog.plan().isValid());
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("To add")), 1);
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("To change")), 1);
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("Notes")), 1);
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("Bookmarks")), 1);
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("Problems")), -1);
        QCOMPARE(store.userRecordCount(), 1); // nothing written by the preview
        QVERIFY(store.note(kItem, kItemA).isEmpty());

        QVERIFY(dialog.importNow());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.resultMessage().isEmpty());
        QCOMPARE(store.userRecordCount(), 2);
        QCOMPARE(store.note(kItem, kItemA), QStringLiteral("from the other laptop"));
        QVERIFY(store.isBookmarked(kItem, kItemB));

        // A file with nothing new: Import stays disabled, and the dialog says why.
        const QString same = writeDoc(m_dir, QStringLiteral("same.json"),
                                      { { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
                                        { QStringLiteral("items"), QJsonArray { changedOld } } });
        ImportDialog again(&context);
        again.setFile(same);
        QVERIFY(again.plan().isValid());
        QCOMPARE(again.plan().unchanged, QStringList { QStringLiteral("items/kor-2024-02-old") });
        QVERIFY(!again.importButton()->isEnabled());
    }

    void importDialogBadFile()
    {
        Database db;
        QVERIFY(db.open(m_base, freshUserDatabase()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        UserDataStore store(db.connection());

        const QString path = writeDoc(
            m_dir, QStringLiteral("bad.json"),
            { { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
              { QStringLiteral("items"),
                QJsonArray { item2024(QStringLiteral("fine-one")), item2024(QStringLiteral("atlantis-2024"), QStringLiteral("ATLANTIS")),
                             item2024(QStringLiteral("bad-date"), QStringLiteral("KOR"), QStringLiteral("2024-13-01")) } },
              { QStringLiteral("bookmarks"), QJsonArray { QJsonObject { { QStringLiteral("target_kind"), kItem },
                                                                        { QStringLiteral("target_id"), kItemB } } } } });
        ImportDialog dialog(&context);
        dialog.setFile(path);
        QVERIFY(!dialog.plan().isValid());
        QVERIFY(!dialog.importButton()->isEnabled());
        const QStringList problems = dialog.plan().problems;
        QVERIFY2(problems.size() >= 2, qPrintable(problems.join(u'\n')));
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("Problems")), int(problems.size()));
        QStringList shown;
        for (int i = 0; i < dialog.planTree()->topLevelItem(0)->childCount(); ++i)
            shown << dialog.planTree()->topLevelItem(0)->child(i)->text(0);
        QCOMPARE(shown, problems);
        QVERIFY(problems.contains(QStringLiteral("items[1].actors[0]: \"ATLANTIS\" is not a known actor")));
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) { return p.startsWith(u"items[2].date: "); }),
                 qPrintable(problems.join(u'\n')));

        QVERIFY(!dialog.importNow());
        QCOMPARE(store.userRecordCount(), 0);
        QVERIFY(store.bookmarks().isEmpty());
        QVERIFY(store.notes().isEmpty());

        // Not JSON at all, and a file that is not there.
        QFile junk(m_dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();
        dialog.setFile(junk.fileName());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(childCount(dialog.planTree(), QStringLiteral("Problems")) >= 1);
        dialog.setFile(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(childCount(dialog.planTree(), QStringLiteral("Problems")), 1);
        QCOMPARE(store.userRecordCount(), 0);
    }
};

QTEST_MAIN(TstUserData)
#include "tst_userdata.moc"
