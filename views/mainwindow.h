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

namespace Atlas {

class AtlasContext;
class BrowseView;
class ChartsView;
class MapView;
class TimelineView;
class StoryboardPanel;
class CountriesView;
class DetailPane;
class FilterBar;
class ItemTableModel;

// The main window: a left navigation (Map, Timeline, Charts, Browse, Countries), the shared filter
// bar on top, the detail pane as a dock, and a status bar with the dataset, the record count after
// filters and the language.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "map", "timeline", "charts", "browse", "countries", "country:<ISO3>" or "item:<id>".
    bool showView(const QString &spec);
    ViewId currentView() const;
    QString currentViewSpec() const;

    void restoreSettings();
    void saveSettings() const;

    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detailPane; }
    BrowseView *browseView() const { return m_browse; }
    CountriesView *countriesView() const { return m_countries; }
    MapView *mapView() const { return m_map; }
    TimelineView *timelineView() const { return m_timeline; }
    ChartsView *chartsView() const { return m_charts; }
    StoryboardPanel *storyboardPanel() const { return m_storyboardPanel; }
    ItemTableModel *itemModel() const { return m_itemModel; }

signals:
    // The window asks the application to switch the UI language (translators are app-wide).
    void languageRequested(Atlas::Language language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void setCurrentView(ViewId view);
    void updateStatus();
    void rememberView(const QString &spec);
    void rebuildRecentMenu();
    void exportJson();
    void exportCsv();
    void importUserData();
    void exportUserData();
    void about();

    AtlasContext *m_context;
    ItemTableModel *m_itemModel;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    FilterBar *m_filterBar;
    MapView *m_map;
    TimelineView *m_timeline;
    ChartsView *m_charts;
    BrowseView *m_browse;
    CountriesView *m_countries;
    DetailPane *m_detailPane;
    QDockWidget *m_detailDock;
    StoryboardPanel *m_storyboardPanel;
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
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportUserDataAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_viewActions[ViewCount] = {};
    QAction *m_fullScreenAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Atlas
