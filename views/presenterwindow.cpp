#include "presenterwindow.h"

#include "atlascontext.h"
#include "mainwindow.h"
#include "slidestate.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QWindow>

namespace Atlas {

namespace {
// High contrast on a projector: near-black ground, white type, a yellow accent frame.
const QColor kGround(0x10, 0x10, 0x10);
const QColor kText(0xff, 0xff, 0xff);
const QColor kMuted(0xc8, 0xc8, 0xc8);
const QColor kFrame(0xf0, 0xe4, 0x42); // Okabe–Ito yellow
} // namespace

PresenterWindow::PresenterWindow(MainWindow *window, AtlasContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_window(window)
    , m_context(context)
{
    setObjectName(QStringLiteral("presenterWindow"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("Presenter"));
}

void PresenterWindow::setSlides(const QList<StoryboardSlide> &slides, const QString &storyboardName)
{
    m_slides = slides;
    m_storyboardName = storyboardName;
    m_index = -1;
    m_blank = false;
}

void PresenterWindow::present(int startIndex)
{
    QScreen *screen = m_window->screen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens) {
        if (s != screen) { // a projector or a second monitor
            screen = s;
            break;
        }
    }
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    goTo(startIndex);
}

void PresenterWindow::goTo(int index)
{
    if (m_slides.isEmpty() || index < 0 || index >= m_slides.size())
        return;
    m_index = index;
    SlideState::restore(m_window, m_context, m_slides.at(index));
    refresh();
    emit currentChanged(index);
}

void PresenterWindow::next()
{
    goTo(m_index + 1);
}

void PresenterWindow::previous()
{
    goTo(m_index - 1);
}

void PresenterWindow::toggleBlank()
{
    m_blank = !m_blank;
    update();
}

QRect PresenterWindow::bodyRect(const QRect &rect) const
{
    const int margin = qMax(12, rect.height() / 40);
    const int title = rect.height() / 9;
    const int footer = rect.height() / 22;
    return QRect(rect.left() + margin, rect.top() + margin + title, rect.width() - 2 * margin,
                 rect.height() - 2 * margin - title - footer - margin / 2);
}

void PresenterWindow::refresh()
{
    if (m_index < 0 || !m_window)
        return;
    const QSize body = bodyRect(rect()).size() - QSize(8, 8); // inside the frame
    // Large type for the back of the room: lay the page out smaller and draw it magnified, at the
    // full pixel density (1.25× on a 720p projector, more on bigger screens).
    const qreal zoom = qMax(1.0, 1.25 * height() / 720.0);
    m_page = SlideState::renderPage(m_window, (QSizeF(body) / zoom).toSize(), devicePixelRatioF() * zoom);
    update();
}

void PresenterWindow::paintSlide(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, m_blank ? Qt::black : kGround);
    if (m_blank)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int margin = qMax(12, rect.height() / 40);
    if (m_index < 0 || m_index >= m_slides.size()) {
        QFont f = font();
        f.setPixelSize(qMax(16, rect.height() / 20));
        painter.setFont(f);
        painter.setPen(kText);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         m_slides.isEmpty() ? tr("This storyboard has no slides.\nPress Esc to leave.") : QString());
        return;
    }
    const StoryboardSlide &slide = m_slides.at(m_index);

    // Title, large, and the filter as a subtitle beside it.
    QFont title = font();
    title.setPixelSize(qMax(18, rect.height() / 16));
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(kText);
    const QRect body = bodyRect(rect);
    const QRect titleRect(body.left(), rect.top() + margin, body.width(), body.top() - rect.top() - margin);
    const QString summary = SlideState::filterSummary(m_context, slide.filter);
    const QString titleText = slide.title.isEmpty() ? SlideState::viewLabel(m_context, slide.viewSpec) : slide.title;
    if (summary.isEmpty()) {
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(titleText, Qt::ElideRight, titleRect.width()));
    } else {
        const QRect top(titleRect.left(), titleRect.top(), titleRect.width(), titleRect.height() * 62 / 100);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(titleText, Qt::ElideRight, top.width()));
        QFont sub = font();
        sub.setPixelSize(qMax(12, rect.height() / 34));
        painter.setFont(sub);
        painter.setPen(kMuted);
        const QRect bottom(titleRect.left(), top.bottom() + 1, titleRect.width(), titleRect.bottom() - top.bottom());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(summary, Qt::ElideRight, bottom.width()));
    }

    // The page, in a high-contrast frame.
    painter.setPen(QPen(kFrame, 4));
    painter.setBrush(Qt::white);
    painter.drawRect(body.adjusted(2, 2, -2, -2));
    if (!m_page.isNull()) {
        const QSizeF logical = QSizeF(m_page.size()) / m_page.devicePixelRatio();
        const QRect inner = body.adjusted(4, 4, -4, -4);
        const QSizeF drawn = logical.scaled(inner.size(), Qt::KeepAspectRatio);
        const QRectF target(inner.left() + (inner.width() - drawn.width()) / 2,
                            inner.top() + (inner.height() - drawn.height()) / 2, drawn.width(), drawn.height());
        painter.drawPixmap(target, m_page, QRectF(QPointF(), m_page.size()));
    }

    // Footer: the source line and where we are.
    QFont small = font();
    small.setPixelSize(qMax(10, rect.height() / 48));
    painter.setFont(small);
    painter.setPen(kMuted);
    const QRect footer(body.left(), body.bottom() + margin / 2, body.width(), rect.bottom() - body.bottom() - margin / 2);
    const QString position = tr("%1 / %2").arg(m_index + 1).arg(m_slides.size());
    const int positionWidth = painter.fontMetrics().horizontalAdvance(position) + margin;
    painter.drawText(footer.adjusted(0, 0, -positionWidth, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(SlideState::sourceLine(m_context), Qt::ElideRight,
                                                      footer.width() - positionWidth));
    painter.setPen(kText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, position);
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintSlide(painter, rect());
}

QImage PresenterWindow::renderImage(const QSize &size)
{
    if (size != this->size()) {
        resize(size);
        refresh();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paintSlide(painter, QRect(QPoint(), size));
    painter.end();
    return image;
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(int(m_slides.size()) - 1);
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what many clickers send for "blank"
        toggleBlank();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit finished();
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Presenter"));
        refresh(); // the page was re-translated: grab it again
    }
    QWidget::changeEvent(event);
}

} // namespace Atlas
