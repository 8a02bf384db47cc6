#include "actordirectory.h"
#include "atlascontext.h"
#include "database.h"
#include "mainwindow.h"
#include "myrecordsdialog.h"
#include "ownrecordlistmodel.h"
#include "recordform.h"
#include "testsupport.h"
#include "undocommands.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Atlas;

// Edit › My records…: the list of the user's own records, and editing and deleting them from it
// through the window's undo stack.
class TestMyRecords : public QObject
{
    Q_OBJECT

private:
    static QJsonObject item()
    {
        return {
            { u"id"_qs, u"user-ai-basic-act-passed"_qs },
            { u"date"_qs, u"2024-05-21"_qs },
            { u"actors"_qs, QJsonArray{ u"KOR"_qs } },
            { u"category"_qs, u"policy"_qs },
            { u"type"_qs, u"law"_qs },
            { u"title_ko"_qs, u"인공지능 기본법 통과"_qs },
            { u"title_en"_qs, u"AI Basic Act passed"_qs },
            { u"summary_ko"_qs, u"국회가 인공지능 기본법을 통과시켰다."_qs },
            { u"summary_en"_qs, u"The National Assembly passed the AI Basic Act."_qs },
        };
    }
    static QJsonObject figure()
    {
        return {
            { u"id"_qs, u"user-ai-budget-share"_qs },
            { u"actor"_qs, u"KOR"_qs },
            { u"period"_qs, u"2024"_qs },
            { u"metric_ko"_qs, u"AI 예산 비중"_qs },
            { u"metric_en"_qs, u"AI budget share"_qs },
            { u"value"_qs, 1.5 },
            { u"unit"_qs, u"percent"_qs },
        };
    }
    static QJsonObject actor()
    {
        return {
            { u"id"_qs, u"USER_OUR_COMPANY"_qs },
            { u"kind"_qs, u"company"_qs },
            { u"name_ko"_qs, u"우리 회사"_qs },
            { u"name_en"_qs, u"Our company"_qs },
            { u"country"_qs, u"KOR"_qs },
        };
    }

    // A fresh user database with an item and a figure from the form and an imported actor.
    void openSeeded(Database &db, ActorDirectory &actors, const QString &name, bool seed = true)
    {
        QVERIFY2(db.open(m_base, m_dir.filePath(name)), qPrintable(db.errorString()));
        if (seed) {
            UserDataStore store(db.connection());
            QVERIFY2(store.writeRecord(u"item"_qs, item(), u"form"_qs), qPrintable(store.errorString()));
            QVERIFY2(store.writeRecord(u"figure"_qs, figure(), u"form"_qs), qPrintable(store.errorString()));
            QVERIFY2(store.writeRecord(u"actor"_qs, actor(), u"/media/usb/update.json"_qs),
                     qPrintable(store.errorString()));
            QVERIFY(db.refreshOverlay());
        }
        QVERIFY(actors.load(db.connection()));
    }

    static QString titleAt(const OwnRecordListModel &model, const QString &kind, const QString &id)
    {
        const int row = model.rowOf(kind, id);
        return row < 0 ? QString() : model.index(row, OwnRecordListModel::TitleColumn).data(OwnRecordListModel::SortRole).toString();
    }

    QTemporaryDir m_dir;
    QString m_base;
    QTranslator m_ko;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
        QVERIFY(m_ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
    }

    void modelListsEveryKindInBothLanguages()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"model.sqlite"_qs);
        OwnRecordListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.connection());
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.columnCount(), int(OwnRecordListModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        // Each kind's own title field, in English.
        QCOMPARE(titleAt(model, u"item"_qs, u"user-ai-basic-act-passed"_qs), u"AI Basic Act passed"_qs);
        QCOMPARE(titleAt(model, u"figure"_qs, u"user-ai-budget-share"_qs), u"AI budget share"_qs);
        QCOMPARE(titleAt(model, u"actor"_qs, u"USER_OUR_COMPANY"_qs), u"Our company"_qs);
        // The figure's row says whose and when, so two years of one metric tell apart.
        const int figureRow = model.rowOf(u"figure"_qs, u"user-ai-budget-share"_qs);
        QCOMPARE(model.index(figureRow, OwnRecordListModel::TitleColumn).data().toString(),
                 u"AI budget share · KOR 2024"_qs);
        QCOMPARE(model.index(figureRow, OwnRecordListModel::KindColumn).data().toString(), u"Figure"_qs);
        QCOMPARE(model.index(figureRow, OwnRecordListModel::IdColumn).data().toString(), u"user-ai-budget-share"_qs);
        QCOMPARE(model.index(figureRow, OwnRecordListModel::OriginColumn).data().toString(), u"Form"_qs);
        QVERIFY(!model.index(figureRow, OwnRecordListModel::ModifiedColumn).data().toString().isEmpty());
        const int actorRow = model.rowOf(u"actor"_qs, u"USER_OUR_COMPANY"_qs);
        QCOMPARE(model.index(actorRow, OwnRecordListModel::OriginColumn).data().toString(), u"Imported (update.json)"_qs);
        QCOMPARE(model.index(actorRow, OwnRecordListModel::OriginColumn).data(Qt::ToolTipRole).toString(),
                 u"/media/usb/update.json"_qs);
        QCOMPARE(model.headerData(OwnRecordListModel::OriginColumn, Qt::Horizontal).toString(), u"Origin"_qs);

        // In Korean: the Korean titles, and the translated kind names and headers.
        QCoreApplication::installTranslator(&m_ko);
        model.setLanguage(Language::Korean);
        QCOMPARE(titleAt(model, u"item"_qs, u"user-ai-basic-act-passed"_qs), u"인공지능 기본법 통과"_qs);
        QCOMPARE(titleAt(model, u"figure"_qs, u"user-ai-budget-share"_qs), u"AI 예산 비중"_qs);
        QCOMPARE(titleAt(model, u"actor"_qs, u"USER_OUR_COMPANY"_qs), u"우리 회사"_qs);
        QCOMPARE(model.headerData(OwnRecordListModel::TitleColumn, Qt::Horizontal).toString(), OwnRecordListModel::tr("Title"));
        QCoreApplication::removeTranslator(&m_ko);
        model.setLanguage(Language::English);

        // The kind filter, one kind at a time.
        const std::pair<OwnRecordListModel::Kind, const char16_t *> kinds[] = {
            { OwnRecordListModel::Kind::Item, u"item" },
            { OwnRecordListModel::Kind::Figure, u"figure" },
            { OwnRecordListModel::Kind::Actor, u"actor" },
        };
        for (const auto &[kind, stored] : kinds) {
            model.setKindFilter(kind);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.totalCount(), 3);
            QCOMPARE(model.recordKind(0), QString::fromUtf16(stored));
            QCOMPARE(model.index(0, 0).data(OwnRecordListModel::KindFilterRole).toInt(), int(kind));
        }
        model.setKindFilter(OwnRecordListModel::Kind::Series);
        QCOMPARE(model.rowCount(), 0);
        model.setKindFilter(OwnRecordListModel::Kind::All);
        QCOMPARE(model.rowCount(), 3);
    }

    void modelRefreshesAfterAddAndDelete()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"refresh.sqlite"_qs);
        AtlasContext context(&db, &actors);
        QUndoStack stack;
        OwnRecordListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.connection());
        connect(&context, &AtlasContext::ownRecordsChanged, &model, &OwnRecordListModel::reload);

        QJsonObject second = actor();
        second[u"id"_qs] = u"USER_SECOND_LAB"_qs;
        second[u"kind"_qs] = u"institute"_qs;
        second[u"name_en"_qs] = u"Second lab"_qs;
        second[u"name_ko"_qs] = u"두 번째 연구소"_qs;
        stack.push(RecordCommand::add(&context, u"actor"_qs, second));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(titleAt(model, u"actor"_qs, u"USER_SECOND_LAB"_qs), u"Second lab"_qs);
        stack.push(RecordCommand::remove(&context, u"item"_qs, u"user-ai-basic-act-passed"_qs));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"item"_qs, u"user-ai-basic-act-passed"_qs), -1);
        stack.undo();
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.rowOf(u"item"_qs, u"user-ai-basic-act-passed"_qs) >= 0);

        // An import announces itself: the list follows without being told.
        UserDataStore store(db.connection());
        QJsonObject third = actor();
        third[u"id"_qs] = u"USER_THIRD"_qs;
        const QJsonObject doc{ { u"format"_qs, u"ai-policy-atlas/1"_qs }, { u"actors"_qs, QJsonArray{ third } } };
        const UserDataStore::ImportPlan plan = store.planImport(QJsonDocument(doc).toJson());
        QVERIFY2(plan.isValid(), qPrintable(plan.problems.join(u'\n')));
        QVERIFY2(store.applyImport(plan, u"third.json"_qs), qPrintable(store.errorString()));
        QCOMPARE(model.rowCount(), 5);
    }

    void deleteFromDialogAndUndoRestoresExactly()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"delete.sqlite"_qs);
        AtlasContext context(&db, &actors);
        QUndoStack stack;
        MyRecordsDialog dialog(&context, &stack);
        dialog.show();
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserDataStore store(db.connection());

        for (const auto &[kind, id] : { std::pair{ u"figure"_qs, u"user-ai-budget-share"_qs },
                                        std::pair{ u"actor"_qs, u"USER_OUR_COMPANY"_qs } }) {
            const UserDataStore::UserRecord before = store.userRecord(kind, id);
            QVERIFY(!before.isNull());
            QVERIFY(dialog.selectRecord(kind, id));
            QCOMPARE(dialog.currentId(), id);
            QVERIFY(dialog.deleteButton()->isEnabled());
            const int rows = dialog.model()->rowCount();
            // The Delete key does what the button does.
            QTest::keyClick(dialog.table(), Qt::Key_Delete);
            QVERIFY(store.userRecord(kind, id).isNull());
            QCOMPARE(dialog.model()->rowCount(), rows - 1);
            QCOMPARE(dialog.model()->rowOf(kind, id), -1);
            QVERIFY(stack.canUndo());

            stack.undo();
            const UserDataStore::UserRecord after = store.userRecord(kind, id);
            QCOMPARE(after.json, before.json);
            QCOMPARE(after.origin, before.origin);
            QCOMPARE(after.modified, before.modified);
            QCOMPARE(dialog.model()->rowCount(), rows);
            QVERIFY(dialog.model()->rowOf(kind, id) >= 0);
            if (kind == u"actor")
                QVERIFY(actors.actor(id)); // the views see it again too
        }
        // Redo deletes the actor again; the dialog's own undo button brings it back.
        stack.redo();
        QVERIFY(store.userRecord(u"actor"_qs, u"USER_OUR_COMPANY"_qs).isNull());
        bool clicked = false;
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == MyRecordsDialog::tr("&Undo")) {
                QVERIFY(button->isEnabled());
                button->click();
                clicked = true;
            }
        }
        QVERIFY(clicked);
        QVERIFY(!store.userRecord(u"actor"_qs, u"USER_OUR_COMPANY"_qs).isNull());
    }

    // An actor that the user's own item names can still be deleted (the item keeps the id, as an
    // import of the same item would); the views still build, and undo brings the actor back.
    void deleteActorNamedByOwnItem()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"named.sqlite"_qs);
        AtlasContext context(&db, &actors);
        QUndoStack stack;
        QJsonObject named = item();
        named[u"actors"_qs] = QJsonArray{ u"KOR"_qs, u"USER_OUR_COMPANY"_qs };
        stack.push(RecordCommand::edit(&context, u"item"_qs, named));
        QVERIFY(!static_cast<const RecordCommand *>(stack.command(0))->failed());
        MyRecordsDialog dialog(&context, &stack);
        QVERIFY(dialog.selectRecord(u"actor"_qs, u"USER_OUR_COMPANY"_qs));
        dialog.deleteCurrent();
        QVERIFY(!static_cast<const RecordCommand *>(stack.command(1))->failed());
        QVERIFY(!actors.actor(u"USER_OUR_COMPANY"_qs));
        QVERIFY(context.reloadOwnRecords());
        QCOMPARE(dialog.model()->rowCount(), 2);
        stack.undo();
        QVERIFY(actors.actor(u"USER_OUR_COMPANY"_qs));
        QCOMPARE(dialog.model()->rowCount(), 3);
    }

    void editActorThroughFormUpdatesRow()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"edit.sqlite"_qs);
        AtlasContext context(&db, &actors);
        QUndoStack stack;
        MyRecordsDialog dialog(&context, &stack);
        dialog.show();
        QVERIFY(dialog.selectRecord(u"actor"_qs, u"USER_OUR_COMPANY"_qs));
        QVERIFY(dialog.editButton()->isEnabled());

        bool formSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *form = qobject_cast<RecordForm *>(QApplication::activeModalWidget());
            if (!form)
                return;
            formSeen = true;
            QCOMPARE(form->kind(), u"actor"_qs);
            QVERIFY(!form->isNew());
            auto *name = qobject_cast<QLineEdit *>(form->editor(u"name_en"_qs));
            QVERIFY(name);
            QCOMPARE(name->text(), u"Our company"_qs);
            name->setText(u"Our renamed company"_qs);
            QVERIFY(form->okButton()->isEnabled());
            form->okButton()->click();
        });
        dialog.editCurrent();
        QVERIFY(formSeen);

        const int row = dialog.model()->rowOf(u"actor"_qs, u"USER_OUR_COMPANY"_qs);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->index(row, OwnRecordListModel::TitleColumn).data().toString(), u"Our renamed company"_qs);
        QCOMPARE(dialog.currentId(), u"USER_OUR_COMPANY"_qs); // the edited record stays selected
        const UserDataStore::UserRecord stored = UserDataStore(db.connection()).userRecord(u"actor"_qs, u"USER_OUR_COMPANY"_qs);
        QCOMPARE(stored.object().value(u"name_en").toString(), u"Our renamed company"_qs);
        QCOMPARE(stored.object().value(u"name_ko").toString(), u"우리 회사"_qs);
        QCOMPARE(stored.origin, u"form"_qs);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(dialog.model()->index(row, OwnRecordListModel::TitleColumn).data().toString(), u"Our company"_qs);
    }

    // Edit › My records… opens one dialog on the window's own undo stack: the window's Undo brings
    // back what the dialog deleted.
    void mainWindowMenuSharesTheUndoStack()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"window.sqlite"_qs);
        AtlasContext context(&db, &actors);
        MainWindow window(&context);
        QAction *menu = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == MainWindow::tr("&My records…"))
                menu = a;
        }
        QVERIFY(menu);
        menu->trigger();
        MyRecordsDialog *dialog = window.findChild<MyRecordsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(window.showMyRecords(), dialog); // one dialog, shown again
        QCOMPARE(dialog->model()->rowCount(), 3);
        QVERIFY(dialog->selectRecord(u"figure"_qs, u"user-ai-budget-share"_qs));
        dialog->deleteCurrent();
        QCOMPARE(dialog->model()->rowCount(), 2);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(dialog->model()->rowCount(), 3);
    }

    void emptyStateAndLanguages()
    {
        Database db;
        ActorDirectory actors;
        openSeeded(db, actors, u"empty.sqlite"_qs, false);
        AtlasContext context(&db, &actors);
        QUndoStack stack;
        MyRecordsDialog dialog(&context, &stack);
        dialog.show();
        QVERIFY(dialog.emptyLabel()->isVisible());
        QVERIFY(!dialog.table()->isVisible());
        QVERIFY(!dialog.editButton()->isEnabled());
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QVERIFY(dialog.emptyLabel()->text().contains(u"no records of your own"));
        dialog.grab().save(u"/tmp/myrecords-empty.png"_qs);

        // With records: a grab in each language for a look.
        stack.push(RecordCommand::add(&context, u"item"_qs, item()));
        stack.push(RecordCommand::add(&context, u"figure"_qs, figure()));
        stack.push(RecordCommand::add(&context, u"actor"_qs, actor()));
        QVERIFY(!dialog.emptyLabel()->isVisible());
        QVERIFY(dialog.table()->isVisible());
        QCOMPARE(dialog.model()->rowCount(), 3);
        dialog.resize(900, 360);
        dialog.grab().save(u"/tmp/myrecords-en.png"_qs);

        QCoreApplication::installTranslator(&m_ko);
        context.setLanguage(Language::Korean);
        QCOMPARE(titleAt(*dialog.model(), u"actor"_qs, u"USER_OUR_COMPANY"_qs), u"우리 회사"_qs);
        // The language change reaches the dialog as an event.
        QTRY_COMPARE(dialog.windowTitle(), u"내 레코드"_qs);
        QCOMPARE(dialog.kindFilter()->itemText(0), MyRecordsDialog::tr("All kinds"));
        QVERIFY(dialog.kindFilter()->itemText(0) != u"All kinds"_qs);
        dialog.grab().save(u"/tmp/myrecords-ko.png"_qs);
        QCoreApplication::removeTranslator(&m_ko);
        context.setLanguage(Language::English);
        QTRY_COMPARE(dialog.windowTitle(), u"My records"_qs);

        // A filter that hides every row says so, not "no records yet".
        dialog.kindFilter()->setCurrentIndex(dialog.kindFilter()->findData(int(OwnRecordListModel::Kind::Series)));
        QVERIFY(dialog.emptyLabel()->isVisible());
        QCOMPARE(dialog.emptyLabel()->text(), MyRecordsDialog::tr("None of your records is of this kind."));
    }
};

QTEST_MAIN(TestMyRecords)
#include "tst_myrecords.moc"
