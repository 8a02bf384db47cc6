#pragma once

#include "storyboardstore.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QComboBox;
class QListWidget;
class QToolButton;

namespace Atlas {

class AtlasContext;
class MainWindow;
class PresenterWindow;

// The Storyboard dock: the slides of the current storyboard (drag or Alt+Up/Down to reorder,
// Delete to remove, F2 to retitle), "Add current view" (Ctrl+B), storyboards created and renamed
// here, "Present" (F5) and "Export as PDF…" (one 16:9 page per slide). Saved in the user database.
class StoryboardPanel : public QDockWidget
{
    Q_OBJECT

public:
    StoryboardPanel(MainWindow *window, AtlasContext *context, QWidget *parent = nullptr);
    ~StoryboardPanel() override;

    QAction *addSlideAction() const { return m_addAction; }
    QAction *presentAction() const { return m_presentAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }

    StoryboardStore *store() { return &m_store; }
    int currentStoryboard() const { return m_current; }
    void setCurrentStoryboard(int id);
    QListWidget *slideList() const { return m_list; }
    PresenterWindow *presenter() const;

public slots:
    void addCurrentView();
    int newStoryboard(const QString &name = {});
    void renameStoryboard();
    void deleteStoryboard();
    void removeSelectedSlide();
    void moveSelectedSlide(int delta);
    void restoreSelectedSlide();
    void present();
    void exportPdf();
    // Writes the current storyboard as a PDF (no dialog): restores each slide, records its page.
    bool exportPdfTo(const QString &file, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadStoryboards();
    void reloadSlides(int selectRow = -1);
    void syncOrderFromList();
    void updateActions();

    MainWindow *m_window;
    AtlasContext *m_context;
    StoryboardStore m_store;
    int m_current = -1;
    bool m_reloading = false;
    QComboBox *m_boards;
    QListWidget *m_list;
    QToolButton *m_newButton;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
    QAction *m_newAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_presentAction;
    QAction *m_exportPdfAction;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace Atlas
