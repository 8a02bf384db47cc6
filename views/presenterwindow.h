#pragma once

#include "storyboardstore.h"

#include <QPixmap>
#include <QWidget>

class QMenu;

namespace Atlas {

class AtlasContext;
class MainWindow;

// Presenter mode (F5): a full-screen, high-contrast window that steps through a storyboard with
// the keys clickers send. Each step restores the slide's view and filter in the main window and
// draws that page, laid out at the presenter's size, under a large title. Nothing is reparented.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(MainWindow *window, AtlasContext *context, QWidget *parent = nullptr);

    void setSlides(const QList<StoryboardSlide> &slides, const QString &storyboardName = {});
    // Full screen on the screen chosen in the presenter menu, else on a screen that does not show
    // the main window, else on the main window's screen. Follows screens added and removed.
    void present(int startIndex = 0);

    // Pure: the index in `screens` (screen names, in QGuiApplication::screens() order) to present
    // on. `preferred` (the menu's choice) wins if connected; else the first screen other than the
    // main window's; else the main window's; -1 for no screens.
    static int chooseScreen(const QStringList &screens, const QString &mainWindowScreen, const QString &preferred);
    // The presenter menu's choice ("" = automatic), kept in QSettings.
    static QString preferredScreen();
    static void setPreferredScreen(const QString &name);
    // "Present on": Automatic, then each connected screen; checkable, translated, kept current.
    static QMenu *createScreenMenu(QWidget *parent);
    // For --screenshot --view presenter[:VIEW]: the presenter showing VIEW (captured now) or the
    // first slide of the first storyboard (the map if there is none). Empty image if VIEW is unknown.
    static QImage screenshot(MainWindow *window, AtlasContext *context, const QString &spec, const QSize &size);

    int currentIndex() const { return m_index; }
    int slideCount() const { return int(m_slides.size()); }
    bool isBlank() const { return m_blank; }
    // What the screen shows now (also used for screenshots).
    QImage renderImage(const QSize &size);

public slots:
    void next();
    void previous();
    void goTo(int index);
    void toggleBlank();

signals:
    void currentChanged(int index);
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void placeOnScreen();
    void paintSlide(QPainter &painter, const QRect &rect);
    QRect bodyRect(const QRect &rect) const;

    MainWindow *m_window;
    AtlasContext *m_context;
    QList<StoryboardSlide> m_slides;
    QString m_storyboardName;
    int m_index = -1;
    bool m_blank = false;
    QPixmap m_page; // the main window's page for the current slide, at the body size
};

} // namespace Atlas
