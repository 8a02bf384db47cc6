#include "mainwindow.h"

#include "atlascontext.h"
#include "bookmarklistmodel.h"
#include "bookmarksview.h"
#include "browseview.h"
#include "countriesview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "countrystatsmodel.h"
#include "facetpanel.h"
#include "facetmodel.h"
#include "itemtablemodel.h"
#include "chartpanel.h"
#include "chartsview.h"
#include "mapview.h"
#include "storyboardpanel.h"
#include "theme.h"
#include "timelineview.h"
#include "undocommands.h"
#include "userdatanotifier.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int MaxRecentViews = 8;
const QString kSettingsGroup = QStringLiteral("MainWindow");

// Sets only what changed: one changed key rewrites and syncs the whole file, so a quit with
// nothing changed writes nothing. An empty list reads back as an invalid value ("@Invalid()").
void setIfChanged(QSettings &settings, const QString &key, const QVariant &value)
{
    QVariant stored = settings.value(key);
    if (!stored.isValid() && value.metaType().id() == QMetaType::QStringList && value.toStringList().isEmpty())
        return;
    if (stored.isValid() && stored.convert(value.metaType()) && stored == value)
        return;
    settings.setValue(key, value);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort(); // a set's order changes from run to run
    return list;
}
} // namespace

MainWindow::MainWindow(AtlasContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.aipolicyatlas.Atlas.svg")));
    m_itemModel = new ItemTableModel(this);
    m_itemModel->setLanguage(context->language());
    m_itemModel->setFilter(context->filter());
    m_itemModel->setSource(context->database()->connection(), context->actors());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(context, central);
    layout->addWidget(m_filterBar);
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    layout->addLayout(body, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(136);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; }"
                                               "QListWidget::item { padding: 10px 12px; }"));
    for (int i = 0; i < ViewCount; ++i)
        new QListWidgetItem(m_navigation);
    body->addWidget(m_navigation);

    m_stack = new QStackedWidget(central);
    // In ViewId order: empty placeholders, each replaced by its page on first show (ensurePage), so
    // start-up builds and queries only the page it shows.
    for (int i = 0; i < ViewCount; ++i)
        m_stack->addWidget(new QWidget(m_stack));
    body->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_detailPane = new DetailPane(context, this);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detailPane);
    m_detailDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_storyboardPanel = new StoryboardPanel(this, context, this);
    addDockWidget(Qt::RightDockWidgetArea, m_storyboardPanel);
    m_storyboardPanel->hide(); // shown by View ▸ Storyboard or the first "Add current view"
    m_bookmarks = new BookmarksView(context, this);
    m_bookmarksDock = new QDockWidget(this);
    m_bookmarksDock->setObjectName(QStringLiteral("bookmarksDock"));
    m_bookmarksDock->setWidget(m_bookmarks);
    // Below the views, full width: the list is a wide table, and the detail pane stays beside it.
    addDockWidget(Qt::BottomDockWidgetArea, m_bookmarksDock);
    m_bookmarksDock->hide(); // View ▸ Bookmarks

    m_statusDataset = new QLabel(this);
    m_statusCount = new QLabel(this);
    m_statusLanguage = new QLabel(this);
    statusBar()->addWidget(m_statusDataset, 1);
    statusBar()->addPermanentWidget(m_statusCount);
    statusBar()->addPermanentWidget(m_statusLanguage);

    createActions();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentView(ViewId(row));
    });
    connect(context, &AtlasContext::filterChanged, m_itemModel, &ItemTableModel::setFilter);
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) {
        m_itemModel->setLanguage(l);
        updateStatus();
    });
    connect(m_itemModel, &ItemTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(context, &AtlasContext::itemSelected, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_detailDock->show();
    });
    // Own records changed: models that skip an unchanged filter re-query all the same.
    connect(context, &AtlasContext::ownRecordsChanged, this, [this] {
        m_itemModel->reload();
        if (m_browse)
            m_browse->facetPanel()->model()->refresh();
        if (m_map)
            m_map->statsModel()->refresh();
    });
    connect(m_detailPane, &DetailPane::editRecordRequested, this, &MainWindow::editRecord);
    connect(m_detailPane, &DetailPane::deleteRecordRequested, this, &MainWindow::deleteRecord);
    // Under "Bookmarked only", starring or un-starring changes which items the list holds.
    connect(m_detailPane, &DetailPane::bookmarkChanged, this, [this] {
        if (m_context->filter().bookmarkedOnly)
            m_itemModel->reload();
    });
    connect(m_bookmarks, &BookmarksView::activated, this, [this](const QString &kind, const QString &id) {
        const BookmarkListModel::Kind k = BookmarkListModel::kindOf(kind);
        showView((k == BookmarkListModel::Kind::Item ? QStringLiteral("item:")
                  : k == BookmarkListModel::Kind::Actor ? QStringLiteral("country:")
                                                       : QStringLiteral("chart:")) + id);
    });
    // A star turned on or off anywhere (the Bookmarks list, an import): the detail pane's star and
    // the "Bookmarked only" list follow. Queued, so a pane that is writing is never re-entered.
    connect(UserDataNotifier::instance(), &UserDataNotifier::changed, this,
            [this](const QString &connection, UserDataNotifier::Change change, const QString &kind, const QString &id) {
                if (connection != m_context->database()->connection().connectionName()
                    || change == UserDataNotifier::Change::Note)
                    return;
                if (change == UserDataNotifier::Change::Bookmark && kind != u"item")
                    return;
                const QString shown = m_detailPane->currentItem();
                if (!shown.isEmpty() && (change == UserDataNotifier::Change::Import || id == shown)) {
                    const bool on = UserDataStore(m_context->database()->connection())
                                        .isBookmarked(QStringLiteral("item"), shown);
                    if (m_detailPane->bookmarkButton()->isChecked() != on)
                        m_detailPane->bookmarkButton()->setChecked(on); // writes the same state back, and updates the pane
                }
                if (m_context->filter().bookmarkedOnly)
                    m_itemModel->reload();
            },
            Qt::QueuedConnection);
    connect(context, &AtlasContext::actorActivated, this, [this](const QString &id) {
        showView(QStringLiteral("country:") + id);
    });

    m_navigation->setCurrentRow(int(ViewId::Browse)); // built on show, unless another view is asked for first
    m_deferPages = false;
    resize(1280, 800);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The stack is deleted after the menus; its last indexChanged must not reach their actions.
    if (m_undoStack)
        m_undoStack->disconnect(this);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrentView);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsv);
    m_exportJsonAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportJson);
    m_exportJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importUserData);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportUserDataAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportUserData);
    m_installUpdateAction = m_fileMenu->addAction(QString(), this, &MainWindow::installDatasetUpdate);
    m_fileMenu->addSeparator();
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    // One undo stack for the user's own records; the texts name the change ("Undo Add item ‘…’").
    m_undoStack = new QUndoStack(this);
    m_undoAction = m_editMenu->addAction(QString(), m_undoStack, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = m_editMenu->addAction(QString(), m_undoStack, &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { retranslateUndo(); });
    m_editMenu->addSeparator();
    m_newItemAction = m_editMenu->addAction(QString(), this, [this] { newRecord(QStringLiteral("item")); });
    m_newItemAction->setShortcut(QKeySequence::New);
    m_newFigureAction = m_editMenu->addAction(QString(), this, [this] { newRecord(QStringLiteral("figure")); });
    m_newActorAction = m_editMenu->addAction(QString(), this, [this] { newRecord(QStringLiteral("actor")); });
    m_myRecordsAction = m_editMenu->addAction(QString(), this, [this] { showMyRecords(); });
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), m_filterBar, &FilterBar::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearFiltersAction = m_editMenu->addAction(QString(), this, [this] { m_context->setFilter({}); });
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));

    m_viewMenu = menuBar()->addMenu(QString());
    auto *viewGroup = new QActionGroup(this);
    for (int i = 0; i < ViewCount; ++i) {
        QAction *a = m_viewMenu->addAction(QString());
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        viewGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        m_viewActions[i] = a;
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailDock->toggleViewAction());
    m_viewMenu->addAction(m_storyboardPanel->toggleViewAction());
    m_viewMenu->addAction(m_bookmarksDock->toggleViewAction());
    m_bookmarksDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_viewMenu->addAction(m_storyboardPanel->addSlideAction());
    m_viewMenu->addAction(m_storyboardPanel->presentAction());
    m_viewMenu->addAction(m_storyboardPanel->exportPdfAction());
    m_fullScreenAction = m_viewMenu->addAction(QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(Theme::createMenu(this)); // View ▸ Theme: translates and checks itself
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    // Each language names itself, so a user who cannot read the current one still finds theirs.
    m_koreanAction = m_languageMenu->addAction(QStringLiteral("한국어"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : { m_koreanAction, m_englishAction }) {
        a->setCheckable(true);
        languageGroup->addAction(a);
    }
    connect(m_koreanAction, &QAction::triggered, this, [this] { emit languageRequested(Language::Korean); });
    connect(m_englishAction, &QAction::triggered, this, [this] { emit languageRequested(Language::English); });
    m_languageMenu->addSeparator();
    m_toggleLanguageAction = m_languageMenu->addAction(QString(), this, [this] {
        emit languageRequested(m_context->language() == Language::Korean ? Language::English : Language::Korean);
    });
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_helpMenu = menuBar()->addMenu(QString());
    m_whatChangedAction = m_helpMenu->addAction(QString(), this, [this] { showWhatChanged(); });
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("AI Policy Atlas"));
    for (int i = 0; i < ViewCount; ++i) {
        m_navigation->item(i)->setText(viewTitle(ViewId(i)));
        m_viewActions[i]->setText(viewTitle(ViewId(i)));
    }
    m_navigation->setAccessibleName(tr("Views"));
    m_detailDock->setWindowTitle(tr("Details"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Export the current view: an image, a PDF, a table or an Excel workbook; copy or print it"));
    m_exportCsvAction->setText(tr("Export filtered items as &CSV…"));
    m_exportJsonAction->setText(tr("Export the dataset as &JSON…"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(tr("Import records, notes and bookmarks from an interchange file, after a preview"));
    m_exportUserDataAction->setText(tr("Export &my data…"));
    m_exportUserDataAction->setStatusTip(tr("Write your notes, bookmarks and own records to one file"));
    m_installUpdateAction->setText(tr("Install &dataset update…"));
    m_installUpdateAction->setStatusTip(tr("Replace the dataset with a newer one from an update bundle; your own data is kept"));
    m_whatChangedAction->setText(tr("&What changed in the dataset"));
    m_recentMenu->setTitle(tr("&Recent views"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newItemAction->setText(tr("New &item…"));
    m_newItemAction->setStatusTip(tr("Add your own item: a policy, law, investment or event after the report"));
    m_newFigureAction->setText(tr("New &figure…"));
    m_newActorAction->setText(tr("New &actor…"));
    m_myRecordsAction->setText(tr("&My records…"));
    m_myRecordsAction->setStatusTip(tr("List, edit and delete the items, figures and actors you added or imported"));
    retranslateUndo();
    m_findAction->setText(tr("&Find…"));
    m_clearFiltersAction->setText(tr("C&lear all filters"));
    m_viewMenu->setTitle(tr("&View"));
    m_detailDock->toggleViewAction()->setText(tr("&Detail pane"));
    m_bookmarksDock->setWindowTitle(tr("Bookmarks"));
    m_bookmarksDock->toggleViewAction()->setText(tr("&Bookmarks"));
    m_bookmarksDock->toggleViewAction()->setStatusTip(tr("Every bookmarked item, profile and chart, with your notes"));
    m_storyboardPanel->toggleViewAction()->setText(tr("&Storyboard"));
    m_fullScreenAction->setText(tr("F&ull screen"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toggleLanguageAction->setText(tr("&Switch language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About AI Policy Atlas"));
    m_aboutQtAction->setText(tr("About &Qt"));
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    ensurePage(currentView());
    QMainWindow::showEvent(event);
}

void MainWindow::setCurrentView(ViewId view)
{
    if (!m_deferPages)
        ensurePage(view);
    m_stack->setCurrentIndex(int(view));
    if (m_navigation->currentRow() != int(view))
        m_navigation->setCurrentRow(int(view));
    m_viewActions[int(view)]->setChecked(true);
    rememberView(viewKey(view));
}

ViewId MainWindow::currentView() const
{
    return ViewId(m_stack->currentIndex());
}

QString MainWindow::currentViewSpec() const
{
    if (currentView() == ViewId::Countries && m_countries && !m_countries->currentActor().isEmpty())
        return QStringLiteral("country:") + m_countries->currentActor();
    return viewKey(currentView());
}

bool MainWindow::showView(const QString &spec)
{
    if (spec.startsWith(u"country:")) {
        setCurrentView(ViewId::Countries);
        const bool ok = m_countries->showActor(spec.mid(8));
        if (ok)
            rememberView(spec);
        return ok;
    }
    if (spec == u"bookmarks") {
        m_bookmarksDock->show();
        m_bookmarksDock->raise();
        resizeDocks({ m_bookmarksDock }, { height() / 3 }, Qt::Vertical);
        m_bookmarks->table()->setFocus();
        return true;
    }
    if (spec.startsWith(u"chart:")) {
        setCurrentView(ViewId::Charts);
        return chartsView()->showChart(spec.mid(6));
    }
    if (spec.startsWith(u"item:")) {
        const QString id = spec.mid(5);
        setCurrentView(ViewId::Browse);
        if (!m_browse->selectItem(id)) {
            // Filtered out: show it anyway in the detail pane.
            m_context->selectItem(id);
            return !m_detailPane->citationText().isEmpty();
        }
        return true;
    }
    ViewId view;
    if (!viewFromKey(spec, &view))
        return false;
    setCurrentView(view);
    return true;
}

void MainWindow::rememberView(const QString &spec)
{
    m_recentViews.removeAll(spec);
    m_recentViews.prepend(spec);
    while (m_recentViews.size() > MaxRecentViews)
        m_recentViews.removeLast();
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &spec : std::as_const(m_recentViews)) {
        QString label;
        ViewId view;
        if (spec.startsWith(u"country:"))
            label = tr("Profile: %1").arg(m_context->actors()->name(spec.mid(8), m_context->language()));
        else if (viewFromKey(spec, &view))
            label = viewTitle(view);
        else
            continue;
        m_recentMenu->addAction(label, this, [this, spec] { showView(spec); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateStatus()
{
    const DatasetInfo info = m_context->database()->info();
    const Language l = m_context->language();
    m_statusDataset->setText(
        tr("%1 (dataset %2, version %3)").arg(pickText(l, info.titleKo, info.titleEn), info.id, info.version));
    m_statusCount->setText(m_itemModel->countPending() ? tr("%n+ record(s)", nullptr, m_itemModel->totalCount())
                                                       : tr("%n record(s)", nullptr, m_itemModel->totalCount()));
    m_statusLanguage->setText(l == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English"));
    m_koreanAction->setChecked(l == Language::Korean);
    m_englishAction->setChecked(l == Language::English);
}

void MainWindow::about()
{
    const DatasetInfo info = m_context->database()->info();
    const Language l = m_context->language();
    QMessageBox::about(
        this, tr("About AI Policy Atlas"),
        tr("<h3>AI Policy Atlas %1</h3>"
           "<p>An offline, bilingual atlas of AI policy and industry, built from the report "
           "<i>%2</i> by %3.</p>"
           "<p>Every record cites the report's text line and its original source.</p>"
           "<p>Dataset %4, version %5, schema %6.</p>")
            .arg(QStringLiteral(ATLAS_VERSION), pickText(l, info.titleKo, info.titleEn).toHtmlEscaped(),
                 pickText(l, info.publisherKo, info.publisherEn).toHtmlEscaped(), info.id, info.version)
            .arg(info.schemaVersion)
            + tr("<p>Map: Natural Earth (public domain), from the world-atlas package (ISC licence); "
                 "country names: Debian iso-codes (LGPL-2.1+).</p>"));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    setIfChanged(settings, QStringLiteral("geometry"), saveGeometry());
    setIfChanged(settings, QStringLiteral("state"), saveState());
    setIfChanged(settings, QStringLiteral("view"), currentViewSpec());
    setIfChanged(settings, QStringLiteral("recentViews"), m_recentViews);
    setIfChanged(settings, QStringLiteral("browseHeader"), m_browse ? m_browse->saveHeaderState() : m_browseHeader);
    const ItemFilter f = m_context->filter();
    setIfChanged(settings, QStringLiteral("filter/text"), f.text);
    setIfChanged(settings, QStringLiteral("filter/categories"), sorted(f.categories));
    setIfChanged(settings, QStringLiteral("filter/kinds"), sorted(f.actorKinds));
    setIfChanged(settings, QStringLiteral("filter/actors"), f.actors);
    setIfChanged(settings, QStringLiteral("filter/from"), f.dateFrom);
    setIfChanged(settings, QStringLiteral("filter/to"), f.dateTo);
    setIfChanged(settings, QStringLiteral("filter/bookmarkedOnly"), f.bookmarkedOnly);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_browseHeader = settings.value(QStringLiteral("browseHeader")).toByteArray();
    if (m_browse)
        m_browse->restoreHeaderState(m_browseHeader);
    ItemFilter f;
    f.text = settings.value(QStringLiteral("filter/text")).toString();
    const QStringList cats = settings.value(QStringLiteral("filter/categories")).toStringList();
    f.categories = QSet<QString>(cats.cbegin(), cats.cend());
    const QStringList kinds = settings.value(QStringLiteral("filter/kinds")).toStringList();
    f.actorKinds = QSet<QString>(kinds.cbegin(), kinds.cend());
    for (const QString &a : settings.value(QStringLiteral("filter/actors")).toStringList()) {
        if (m_context->actors()->contains(a)) // a newer dataset may have dropped it
            f.actors << a;
    }
    f.dateFrom = settings.value(QStringLiteral("filter/from")).toString();
    f.dateTo = settings.value(QStringLiteral("filter/to")).toString();
    f.bookmarkedOnly = settings.value(QStringLiteral("filter/bookmarkedOnly"), false).toBool();
    m_context->setFilter(f);
    const QStringList recent = settings.value(QStringLiteral("recentViews")).toStringList();
    const QString view = settings.value(QStringLiteral("view"), QStringLiteral("browse")).toString();
    settings.endGroup();
    m_recentViews = recent;
    if (!showView(view))
        showView(QStringLiteral("browse"));
    m_recentViews = recent;
    rememberView(currentViewSpec());
}

} // namespace Atlas
