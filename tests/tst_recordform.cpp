#include "actordirectory.h"
#include "atlascontext.h"
#include "database.h"
#include "itemrepository.h"
#include "mainwindow.h"
#include "recordform.h"
#include "testsupport.h"
#include "undocommands.h"
#include "userdatastore.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Atlas;

// The form for the user's own records, and undo/redo of every change to them.
class TestRecordForm : public QObject
{
    Q_OBJECT

private:
    static void setLine(RecordForm &form, const char *field, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(form.editor(QString::fromLatin1(field)));
        QVERIFY2(edit, field);
        edit->setText(text);
    }
    static void setText(RecordForm &form, const char *field, const QString &text)
    {
        auto *edit = qobject_cast<QPlainTextEdit *>(form.editor(QString::fromLatin1(field)));
        QVERIFY2(edit, field);
        edit->setPlainText(text);
    }
    static void setCombo(RecordForm &form, const char *field, const QString &id)
    {
        auto *combo = qobject_cast<QComboBox *>(form.editor(QString::fromLatin1(field)));
        QVERIFY2(combo, field);
        combo->setCurrentIndex(combo->findData(id));
        QVERIFY(combo->currentIndex() > 0);
    }
    static QString shownMessage(RecordForm &form, const char *field)
    {
        auto *label = form.findChild<QLabel *>(QStringLiteral("problem_") + QString::fromLatin1(field));
        return label && !label->isHidden() ? label->text() : QString();
    }
    void fillValidItem(RecordForm &form)
    {
        setLine(form, "date", QStringLiteral("2024-05-21"));
        setLine(form, "actors", QStringLiteral("KOR"));
        setCombo(form, "category", QStringLiteral("policy"));
        setCombo(form, "type", QStringLiteral("law"));
        setLine(form, "title_ko", QStringLiteral("인공지능 기본법 통과"));
        setLine(form, "title_en", QStringLiteral("AI Basic Act passed"));
        setText(form, "summary_ko", QStringLiteral("국회가 인공지능 기본법을 통과시켰다."));
        setText(form, "summary_en", QStringLiteral("The National Assembly passed the AI Basic Act."));
    }

    QTemporaryDir m_dir;
    QString m_base;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    void newItemValidatesAsItIsFilled()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("form.sqlite"))));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        RecordForm form(&context, QStringLiteral("item"));
        // Empty: every required field says so, OK is disabled.
        QVERIFY(!form.okButton()->isEnabled());
        for (const char *field : { "date", "actors", "category", "type", "title_ko", "title_en", "summary_ko", "summary_en" })
            QVERIFY2(!form.problem(QString::fromLatin1(field)).isEmpty(), field);
        QCOMPARE(shownMessage(form, "title_ko"), RecordForm::tr("Required."));

        fillValidItem(form);
        QVERIFY2(form.isValid(), qPrintable(QStringList(form.record().keys()).join(u',')));
        QVERIFY(form.okButton()->isEnabled());
        QCOMPARE(form.record().value(u"id").toString(), QStringLiteral("user-ai-basic-act-passed"));
        QVERIFY(shownMessage(form, "date").isEmpty());

        // Each invalid field gets its own message, worded as an import would word it.
        setLine(form, "date", QStringLiteral("2024-13"));
        QCOMPARE(shownMessage(form, "date"), QStringLiteral("\"2024-13\" is not a date"));
        QVERIFY(!form.okButton()->isEnabled());
        setLine(form, "date", QStringLiteral("2024"));
        QVERIFY(form.okButton()->isEnabled());
        setLine(form, "actors", QStringLiteral("KOR, MARS"));
        QCOMPARE(shownMessage(form, "actors"), QStringLiteral("\"MARS\" is not a known actor"));
        QVERIFY(!form.okButton()->isEnabled());
        setLine(form, "actors", QStringLiteral("kor, chn-beijing"));
        QVERIFY(form.okButton()->isEnabled());
        QCOMPARE(form.record().value(u"actors").toArray().size(), 2);
        setText(form, "summary_en", QStringLiteral("   "));
        QCOMPARE(form.problem(QStringLiteral("summary_en")), RecordForm::tr("Required."));
        QVERIFY(!form.okButton()->isEnabled());
        setText(form, "summary_en", QStringLiteral("Passed."));
        setLine(form, "tags", QStringLiteral("Not A Tag"));
        QVERIFY(!form.problem(QStringLiteral("tags")).isEmpty());
        setLine(form, "tags", QStringLiteral("ai-law"));
        QVERIFY(form.okButton()->isEnabled());
    }

    void figureAndActorForms()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("form2.sqlite"))));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        RecordForm figure(&context, QStringLiteral("figure"));
        setLine(figure, "actor", QStringLiteral("KOR"));
        setLine(figure, "period", QStringLiteral("2024"));
        setLine(figure, "metric_ko", QStringLiteral("AI 예산"));
        setLine(figure, "metric_en", QStringLiteral("AI budget"));
        setLine(figure, "value", QStringLiteral("abc"));
        setCombo(figure, "unit", QStringLiteral("KRW:1000000000000"));
        QCOMPARE(figure.problem(QStringLiteral("value")), QStringLiteral("\"abc\" is not a number"));
        setLine(figure, "value", QStringLiteral("1.5"));
        QVERIFY(figure.okButton()->isEnabled());
        QCOMPARE(figure.record().value(u"currency").toString(), QStringLiteral("KRW"));
        setLine(figure, "period", QStringLiteral("2024-Q5"));
        QVERIFY(!figure.problem(QStringLiteral("period")).isEmpty());

        RecordForm actor(&context, QStringLiteral("actor"));
        setCombo(actor, "kind", QStringLiteral("company"));
        setLine(actor, "name_ko", QStringLiteral("우리 회사"));
        setLine(actor, "name_en", QStringLiteral("Our company"));
        QVERIFY(actor.okButton()->isEnabled());
        QCOMPARE(actor.record().value(u"id").toString(), QStringLiteral("USER_OUR_COMPANY"));
        setLine(actor, "country", QStringLiteral("XXX"));
        QVERIFY(!actor.okButton()->isEnabled());
    }

    void undoRedoRestoresExactRecords()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("undo.sqlite"))));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        QSignalSpy changed(&context, &AtlasContext::ownRecordsChanged);
        UserDataStore store(db.connection());
        ItemRepository items(db.connection());
        QUndoStack stack;

        RecordForm form(&context, QStringLiteral("item"));
        fillValidItem(form);
        const QJsonObject record = form.record();
        const QString id = record.value(u"id").toString();
        stack.push(RecordCommand::add(&context, QStringLiteral("item"), record));
        QCOMPARE(stack.undoText(), QStringLiteral("Add item ‘AI Basic Act passed’"));
        QCOMPARE(store.userRecord(QStringLiteral("item"), id).object(), record);
        QVERIFY(items.item(id).isValid());
        QVERIFY(db.hasOverlay());
        QCOMPARE(changed.count(), 1);

        stack.undo();
        QVERIFY(store.userRecord(QStringLiteral("item"), id).isNull());
        QVERIFY(!items.item(id).isValid());
        QVERIFY(!db.hasOverlay());
        stack.redo();
        QCOMPARE(store.userRecord(QStringLiteral("item"), id).object(), record);
        QVERIFY(items.item(id).isValid());

        // Edit, then undo: the stored row is exactly what it was (JSON, origin and time).
        const UserDataStore::UserRecord before = store.userRecord(QStringLiteral("item"), id);
        QJsonObject edited = record;
        edited.insert(QStringLiteral("title_en"), QStringLiteral("AI Basic Act enacted"));
        QVERIFY(!RecordCommand::edit(&context, QStringLiteral("item"), record)); // nothing changed: no command
        stack.push(RecordCommand::edit(&context, QStringLiteral("item"), edited));
        QCOMPARE(stack.undoText(), QStringLiteral("Edit item ‘AI Basic Act enacted’"));
        QCOMPARE(items.item(id).titleEn, QStringLiteral("AI Basic Act enacted"));
        stack.undo();
        const UserDataStore::UserRecord undone = store.userRecord(QStringLiteral("item"), id);
        QCOMPARE(undone.json, before.json);
        QCOMPARE(undone.modified, before.modified);
        QCOMPARE(undone.origin, before.origin);
        QCOMPARE(items.item(id).titleEn, QStringLiteral("AI Basic Act passed"));
        stack.redo();
        QCOMPARE(store.userRecord(QStringLiteral("item"), id).object(), edited);

        // Delete, then undo.
        const UserDataStore::UserRecord beforeDelete = store.userRecord(QStringLiteral("item"), id);
        stack.push(RecordCommand::remove(&context, QStringLiteral("item"), id));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete item ‘AI Basic Act enacted’"));
        QVERIFY(store.userRecord(QStringLiteral("item"), id).isNull());
        QVERIFY(!items.item(id).isValid());
        stack.undo();
        const UserDataStore::UserRecord restored = store.userRecord(QStringLiteral("item"), id);
        QCOMPARE(restored.json, beforeDelete.json);
        QCOMPARE(restored.modified, beforeDelete.modified);
        QVERIFY(items.item(id).isValid());
        // Back to the start: nothing of the user's is left, and no overlay.
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(store.userRecordCount(), 0);
        QVERIFY(!db.hasOverlay());
    }

    void mainWindowEditMenu()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("window.sqlite"))));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        AtlasContext context(&db, &actors);
        MainWindow window(&context);
        QUndoStack *stack = window.undoStack();
        QVERIFY(stack);
        QAction *undo = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        QJsonObject record {
            { QStringLiteral("id"), QStringLiteral("user-test") }, { QStringLiteral("date"), QStringLiteral("2024") },
            { QStringLiteral("actors"), QJsonArray { QStringLiteral("KOR") } },
            { QStringLiteral("category"), QStringLiteral("policy") }, { QStringLiteral("type"), QStringLiteral("law") },
            { QStringLiteral("title_ko"), QStringLiteral("시험") }, { QStringLiteral("title_en"), QStringLiteral("Test") },
            { QStringLiteral("summary_ko"), QStringLiteral("요약") }, { QStringLiteral("summary_en"), QStringLiteral("Summary") },
        };
        stack->push(RecordCommand::add(&context, QStringLiteral("item"), record));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add item ‘Test’"));
        // The detail pane shows the banner of an own record.
        context.selectItem(QStringLiteral("user-test"));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("ownBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        window.deleteRecord(QStringLiteral("item"), QStringLiteral("user-test"));
        QVERIFY(banner->isHidden());
        stack->undo();
        QVERIFY(!banner->isHidden());
    }
};

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
