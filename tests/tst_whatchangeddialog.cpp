// The dialogs of dataset updates: "What changed" (filters, double-click, both languages), the
// start-up prompt for a damaged dataset, and installing from the window's side.
// Set ATLAS_SCREENSHOT_DIR to save what they look like; ATLAS_EXTRA_QM adds a translation file.
#include "testsupport.h"

#include "actordirectory.h"
#include "atlascontext.h"
#include "datasetdamageprompt.h"
#include "datasetdiff.h"
#include "datasetdiffmodel.h"
#include "datasetstore.h"
#include "datasetupdateflow.h"
#include "whatchangeddialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace Atlas;

class TestWhatChangedDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialog();
    void damagePrompt();
    void installFromWindow();

private:
    void setKorean(bool korean);
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_dir;
    QString m_mini;
    QString m_edited;
    QTranslator m_app;
    QTranslator m_extra;
};

void TestWhatChangedDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir a(m_dir.filePath(QStringLiteral("a-XXXXXX")));
    a.setAutoRemove(false);
    m_mini = AtlasTest::buildDatabase(a);
    QVERIFY(!m_mini.isEmpty());
    DatasetReader reader;
    reader.setRequireReport(true);
    reader.readPath(AtlasTest::miniDataDir());
    QVERIFY(reader.validate());
    Dataset d = reader.dataset();
    d.header.insert(QStringLiteral("version"), QStringLiteral("1.1"));
    QJsonObject added = d.items.at(0);
    added.insert(QStringLiteral("id"), QStringLiteral("usa-2024-01-15-added-item"));
    added.insert(QStringLiteral("title_ko"), QStringLiteral("업데이트로 추가된 항목"));
    added.insert(QStringLiteral("title_en"), QStringLiteral("An item added in the update"));
    QJsonObject changed = d.items.at(1);
    changed.insert(QStringLiteral("summary_en"), QStringLiteral("A revised summary."));
    d.items[1] = changed;
    d.items.removeAt(2);
    d.items.append(added);
    m_edited = m_dir.filePath(QStringLiteral("edited/atlas.sqlite"));
    DatasetBuilder builder;
    QVERIFY2(builder.build(d, m_edited), qPrintable(builder.errorString()));
}

void TestWhatChangedDialog::setKorean(bool korean)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_extra);
    if (!korean)
        return;
    if (m_app.load(QStringLiteral(":/i18n/atlas_ko.qm")))
        QCoreApplication::installTranslator(&m_app);
    const QString extra = qEnvironmentVariable("ATLAS_EXTRA_QM");
    if (!extra.isEmpty() && m_extra.load(extra))
        QCoreApplication::installTranslator(&m_extra);
}

void TestWhatChangedDialog::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestWhatChangedDialog::dialog()
{
    DatasetDiff diff;
    QVERIFY(diff.compare(m_mini, m_edited));
    WhatChangedDialog dialog(diff, Language::English);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("What changed in the dataset"));
    shoot(&dialog, QStringLiteral("whatchanged-en"));

    // Filter by change through the combo box.
    dialog.changeFilter()->setCurrentIndex(1 + DatasetChange::Changed);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->index(0, DatasetDiffModel::FieldsColumn).data().toString(), QStringLiteral("summary_en"));
    dialog.kindFilter()->setCurrentIndex(1 + DatasetChange::Figure);
    QCOMPARE(dialog.model()->rowCount(), 0);
    dialog.kindFilter()->setCurrentIndex(0);
    dialog.changeFilter()->setCurrentIndex(0);
    QCOMPARE(dialog.model()->rowCount(), 3);

    // Double-click opens a record that is still there; a removed one has nothing to open.
    QSignalSpy spy(&dialog, &WhatChangedDialog::recordActivated);
    emit dialog.view()->activated(dialog.model()->index(0, DatasetDiffModel::TitleColumn));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("usa-2024-01-15-added-item"));
    emit dialog.view()->activated(dialog.model()->index(2, DatasetDiffModel::TitleColumn));
    QCOMPARE(spy.size(), 1);

    // Korean: UI strings and record titles.
    setKorean(true);
    dialog.setLanguage(Language::Korean);
    QCOMPARE(dialog.model()->index(0, DatasetDiffModel::TitleColumn).data().toString(),
             QStringLiteral("업데이트로 추가된 항목"));
    shoot(&dialog, QStringLiteral("whatchanged-ko"));
    setKorean(false);
    dialog.setLanguage(Language::English);
    QCOMPARE(dialog.model()->headerData(DatasetDiffModel::ChangeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Change"));

    // No differences: says so instead of an empty table.
    DatasetDiff none;
    QVERIFY(none.compare(m_mini, m_mini));
    WhatChangedDialog same(none, Language::English);
    QCOMPARE(same.model()->rowCount(), 0);
    QVERIFY(same.view()->isHidden());
}

void TestWhatChangedDialog::damagePrompt()
{
    DatasetDamagePrompt prompt(QStringLiteral("The file /x/atlas.sqlite is not a dataset."));
    QCOMPARE(prompt.restoreButton()->text(), QStringLiteral("&Restore the bundled dataset"));
    QCOMPARE(prompt.quitButton()->text(), QStringLiteral("&Quit"));
    QVERIFY(prompt.text().contains(u"missing or damaged"));
    QCOMPARE(prompt.detailedText(), QStringLiteral("The file /x/atlas.sqlite is not a dataset."));
    shoot(&prompt, QStringLiteral("damage-en"));
    setKorean(true);
    QVERIFY(!prompt.restoreButton()->text().isEmpty());
    shoot(&prompt, QStringLiteral("damage-ko"));
    setKorean(false);
    // Escape means quit, never restore.
    QTimer::singleShot(0, &prompt, [&] { prompt.reject(); });
    QVERIFY(!prompt.ask());
}

void TestWhatChangedDialog::installFromWindow()
{
    QTemporaryDir profile(m_dir.filePath(QStringLiteral("profile-XXXXXX")));
    Database database;
    QVERIFY(database.open(m_mini, profile.filePath(QStringLiteral("user.sqlite"))));
    ActorDirectory actors;
    QVERIFY(actors.load(database.connection()));
    AtlasContext context(&database, &actors);
    // Nothing installed yet, and the active dataset is not the bundled one: compare with bundled.
    const QString previous = DatasetUpdateFlow::installChecked(nullptr, &context, m_edited, false);
    QCOMPARE(previous, m_mini);
    DatasetStore store(profile.path());
    QVERIFY(store.hasInstalled());
    // A bad file installs nothing.
    QCOMPARE(DatasetUpdateFlow::installChecked(nullptr, &context, m_dir.filePath(QStringLiteral("nope")), false),
             QString());
}

QTEST_MAIN(TestWhatChangedDialog)
#include "tst_whatchangeddialog.moc"
