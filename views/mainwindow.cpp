#include "mainwindow.h"

#include "atlascontext.h"
#include "browseview.h"
#include "countriesview.h"
#include "datasetexporter.h"
#include "detailpane.h"
#include "filterbar.h"
#include "importdialog.h"
#include "itemtablemodel.h"
#include "chartsview.h"
#include "mapview.h"
#include "storyboardpanel.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int MaxRecentViews = 8;
const QString kSettingsGroup = QStringLiteral("MainWindow");
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
    m_browse = new BrowseView(context, m_itemModel, m_stack);
    m_countries = new CountriesView(context, m_stack);
    m_map = new MapView(context, m_stack);
    m_timeline = new TimelineView(context, m_stack);
    m_charts = new ChartsView(context, m_stack);
    // In ViewId order.
    for (QWidget *page : std::initializer_list<QWidget *> { m_map, m_timeline, m_charts, m_browse, m_countries })
        m_stack->addWidget(page);
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
    // Under "Bookmarked only", starring or un-starring changes which items the list holds.
    connect(m_detailPane, &DetailPane::bookmarkChanged, this, [this] {
        if (m_context->filter().bookmarkedOnly)
            m_itemModel->reload();
    });
    connect(context, &AtlasContext::actorActivated, this, [this](const QString &id) {
        showView(QStringLiteral("country:") + id);
    });

    m_navigation->setCurrentRow(int(ViewId::Browse));
    resize(1280, 800);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsv);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportJsonAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportJson);
    m_exportJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importUserData);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportUserDataAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportUserData);
    m_fileMenu->addSeparator();
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
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
    m_exportCsvAction->setText(tr("Export filtered items as &CSV…"));
    m_exportJsonAction->setText(tr("Export the dataset as &JSON…"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(tr("Import records, notes and bookmarks from an interchange file, after a preview"));
    m_exportUserDataAction->setText(tr("Export &my data…"));
    m_exportUserDataAction->setStatusTip(tr("Write your notes, bookmarks and own records to one file"));
    m_recentMenu->setTitle(tr("&Recent views"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find…"));
    m_clearFiltersAction->setText(tr("C&lear all filters"));
    m_viewMenu->setTitle(tr("&View"));
    m_detailDock->toggleViewAction()->setText(tr("&Detail pane"));
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

void MainWindow::setCurrentView(ViewId view)
{
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
    if (currentView() == ViewId::Countries && !m_countries->currentActor().isEmpty())
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
    m_statusCount->setText(tr("%n record(s)", nullptr, m_itemModel->totalCount()));
    m_statusLanguage->setText(l == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English"));
    m_koreanAction->setChecked(l == Language::Korean);
    m_englishAction->setChecked(l == Language::English);
}

void MainWindow::exportJson()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the dataset"), QStringLiteral("atlas.json"),
                                                      tr("Interchange format (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    DatasetExporter exporter(m_context->database()->connection());
    if (!out.open(QIODevice::WriteOnly) || !exporter.writeJson(&out) || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2")
                                 .arg(file, exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString()));
    }
}

void MainWindow::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export filtered items"), QStringLiteral("items.csv"),
                                                      tr("CSV for Excel (*.csv)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    DatasetExporter exporter(m_context->database()->connection());
    if (!out.open(QIODevice::WriteOnly) || !exporter.writeCsv(&out, m_context->filter()) || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2")
                                 .arg(file, exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString()));
    }
}

void MainWindow::importUserData()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import records, notes and bookmarks"), QString(),
                                                      tr("Interchange format (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_detailPane->saveNote(); // an import may carry a note for the shown item: write the user's first
    ImportDialog dialog(m_context, this);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_detailPane->reloadUserData();
    statusBar()->showMessage(dialog.resultMessage().section(u'\n', 0, 0), 8000);
    QMessageBox::information(this, tr("Import finished"), dialog.resultMessage());
}

void MainWindow::exportUserData()
{
    m_detailPane->saveNote(); // include what was typed a moment ago
    const QString file = QFileDialog::getSaveFileName(this, tr("Export my data"), QStringLiteral("my-atlas-data.json"),
                                                      tr("Interchange format (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray data = UserDataStore(m_context->database()->connection()).exportUserData();
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Your data was written to %1").arg(QDir::toNativeSeparators(file)), 8000);
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
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("view"), currentViewSpec());
    settings.setValue(QStringLiteral("recentViews"), m_recentViews);
    settings.setValue(QStringLiteral("browseHeader"), m_browse->saveHeaderState());
    const ItemFilter f = m_context->filter();
    settings.setValue(QStringLiteral("filter/text"), f.text);
    settings.setValue(QStringLiteral("filter/categories"), QStringList(f.categories.cbegin(), f.categories.cend()));
    settings.setValue(QStringLiteral("filter/kinds"), QStringList(f.actorKinds.cbegin(), f.actorKinds.cend()));
    settings.setValue(QStringLiteral("filter/actors"), f.actors);
    settings.setValue(QStringLiteral("filter/from"), f.dateFrom);
    settings.setValue(QStringLiteral("filter/to"), f.dateTo);
    settings.setValue(QStringLiteral("filter/bookmarkedOnly"), f.bookmarkedOnly);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_browse->restoreHeaderState(settings.value(QStringLiteral("browseHeader")).toByteArray());
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
