#pragma once

#include "storyboardstore.h"

#include <QPixmap>
#include <QWidget>

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
    // Full screen on the second screen if there is one, else on the main window's screen.
    void present(int startIndex = 0);

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
