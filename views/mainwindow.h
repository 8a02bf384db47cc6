#pragma once

#include "language.h"
#include "viewid.h"

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Atlas {

class AtlasContext;
class BookmarksView;
class BrowseView;
class ChartsView;
class MapView;
class TimelineView;
class StoryboardPanel;
class CountriesView;
class DetailPane;
class FilterBar;
class ItemTableModel;
class RecordCommand;
class MyRecordsDialog;

// The main window: a left navigation (Map, Timeline, Charts, Browse, Countries), the shared filter
// bar on top, the detail pane as a dock, and a status bar with the dataset, the record count after
// filters and the language.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "map", "timeline", "charts", "browse", "countries", "country:<ISO3>", "item:<id>", "chart:<id>"
    // or "bookmarks" (the Bookmarks list beside the current view).
    bool showView(const QString &spec);
    ViewId currentView() const;
    QString currentViewSpec() const;

    void restoreSettings();
    void saveSettings() const;

    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detailPane; }
    // Pages are built on first show (start-up builds only the start page); these build on demand.
    BrowseView *browseView() const;
    CountriesView *countriesView() const;
    MapView *mapView() const;
    TimelineView *timelineView() const;
    ChartsView *chartsView() const;
    // The page for a view, or nullptr while it has not been built.
    QWidget *builtPage(ViewId view) const;
    StoryboardPanel *storyboardPanel() const { return m_storyboardPanel; }
    ItemTableModel *itemModel() const { return m_itemModel; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The user's own records (Edit menu, detail pane, Browse): each change is one undoable command.
    void newRecord(const QString &kind);
    void editRecord(const QString &kind, const QString &id);
    void deleteRecord(const QString &kind, const QString &id);
    // Edit › My records…: the non-modal list of every own record, built on first use.
    MyRecordsDialog *showMyRecords();
    BookmarksView *bookmarksView() const { return m_bookmarks; }
    QDockWidget *bookmarksDock() const { return m_bookmarksDock; }

signals:
    // The window asks the application to switch the UI language (translators are app-wide).
    void languageRequested(Atlas::Language language);
    // A dataset update was installed (File › Install dataset update…): the application reopens the
    // database and rebuilds the window on it, then shows what changed since previousPath.
    void datasetInstalled(const QString &previousPath);

public slots:
    // Help › What changed in the dataset; empty paths: the replaced (or bundled) and the active one.
    void showWhatChanged(const QString &oldPath = {}, const QString &newPath = {});

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void setCurrentView(ViewId view);
    QWidget *ensurePage(ViewId view);
    void updateStatus();
    void rememberView(const QString &spec);
    void rebuildRecentMenu();
    void exportJson();
    void exportCsv();
    void exportCurrentView();
    void importUserData();
    void retranslateUndo();
    void pushRecordCommand(RecordCommand *command);
    void exportUserData();
    void about();
    void installDatasetUpdate();

    AtlasContext *m_context;
    ItemTableModel *m_itemModel;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    FilterBar *m_filterBar;
    MapView *m_map = nullptr;
    TimelineView *m_timeline = nullptr;
    ChartsView *m_charts = nullptr;
    BrowseView *m_browse = nullptr;
    CountriesView *m_countries = nullptr;
    QByteArray m_browseHeader; // restored before the Browse page exists
    bool m_deferPages = true; // until shown or asked for a view: the start page may still change
    DetailPane *m_detailPane;
    QDockWidget *m_detailDock;
    StoryboardPanel *m_storyboardPanel;
    BookmarksView *m_bookmarks;
    QDockWidget *m_bookmarksDock;
    QLabel *m_statusDataset;
    QLabel *m_statusCount;
    QLabel *m_statusLanguage;
    QStringList m_recentViews;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportAction = nullptr; // File › Export… (Ctrl+E): the current view, through ExportDialog
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportUserDataAction = nullptr;
    QAction *m_installUpdateAction = nullptr;
    QAction *m_whatChangedAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_newFigureAction = nullptr;
    QAction *m_newActorAction = nullptr;
    QAction *m_myRecordsAction = nullptr;
    MyRecordsDialog *m_myRecords = nullptr;
    QAction *m_viewActions[ViewCount] = {};
    QAction *m_fullScreenAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Atlas
