#include "presenterwindow.h"

#include "atlascontext.h"
#include "mainwindow.h"
#include "slidestate.h"
#include "storyboardpanel.h"
#include "theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWindow>

namespace Atlas {

namespace {
const QString kScreenKey = QStringLiteral("presenter/screen");

// High contrast on a projector in every theme: black on white in the light theme, white on
// near-black in the dark ones, with an accent frame (Okabe–Ito blue or yellow).
struct PresenterColors
{
    QColor ground, text, muted, frame;
    qreal frameWidth = 4;
};

PresenterColors presenterColors()
{
    const ThemeColors &c = Theme::instance()->colors();
    if (!c.dark)
        return { QColor(0xff, 0xff, 0xff), QColor(0, 0, 0), QColor(0x30, 0x30, 0x30), QColor(0x00, 0x72, 0xb2), 4 };
    if (c.highContrast)
        return { QColor(0, 0, 0), QColor(0xff, 0xff, 0xff), QColor(0xe6, 0xe6, 0xe6), QColor(0xf0, 0xe4, 0x42), 6 };
    return { QColor(0x10, 0x10, 0x10), QColor(0xff, 0xff, 0xff), QColor(0xc8, 0xc8, 0xc8), QColor(0xf0, 0xe4, 0x42), 4 };
}

// "Present on": rebuilt each time it opens, so it always lists the screens connected now.
class ScreenMenu : public QMenu
{
public:
    explicit ScreenMenu(QWidget *parent)
        : QMenu(parent)
    {
        connect(this, &QMenu::aboutToShow, this, &ScreenMenu::rebuild);
        setTitle(PresenterWindow::tr("Present &on"));
        rebuild();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            setTitle(PresenterWindow::tr("Present &on"));
            rebuild();
        }
        QMenu::changeEvent(event);
    }

private:
    void rebuild()
    {
        clear();
        auto *group = new QActionGroup(this);
        const QString preferred = PresenterWindow::preferredScreen();
        const auto add = [&](const QString &text, const QString &name) {
            QAction *a = addAction(text);
            a->setCheckable(true);
            a->setChecked(name == preferred);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [name] { PresenterWindow::setPreferredScreen(name); });
        };
        add(PresenterWindow::tr("Automatic (a screen without the main window)"), QString());
        addSeparator();
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            const QScreen *s = screens.at(i);
            const QRect g = s->geometry();
            add(PresenterWindow::tr("Screen %1: %2 (%3×%4)").arg(i + 1).arg(s->name()).arg(g.width()).arg(g.height()),
                s->name());
        }
    }
};
} // namespace

int PresenterWindow::chooseScreen(const QStringList &screens, const QString &mainWindowScreen, const QString &preferred)
{
    if (screens.isEmpty())
        return -1;
    if (!preferred.isEmpty() && screens.contains(preferred))
        return int(screens.indexOf(preferred));
    for (int i = 0; i < screens.size(); ++i) {
        if (screens.at(i) != mainWindowScreen)
            return i; // a projector or a second monitor
    }
    return qMax(0, int(screens.indexOf(mainWindowScreen)));
}

QString PresenterWindow::preferredScreen()
{
    return QSettings().value(kScreenKey).toString();
}

void PresenterWindow::setPreferredScreen(const QString &name)
{
    QSettings().setValue(kScreenKey, name);
    // An open presenter moves at once.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *presenter = qobject_cast<PresenterWindow *>(w); presenter && presenter->isVisible())
            presenter->placeOnScreen();
    }
}

QMenu *PresenterWindow::createScreenMenu(QWidget *parent)
{
    return new ScreenMenu(parent);
}

QImage PresenterWindow::screenshot(MainWindow *window, AtlasContext *context, const QString &spec, const QSize &size)
{
    QList<StoryboardSlide> slides;
    QString name;
    const QString view = spec.section(u':', 1);
    if (view.isEmpty() && window->storyboardPanel()) {
        StoryboardStore *store = window->storyboardPanel()->store();
        const QList<Storyboard> boards = store->storyboards();
        for (const Storyboard &b : boards) {
            slides = store->slides(b.id);
            name = b.name;
            if (!slides.isEmpty())
                break;
        }
    }
    if (slides.isEmpty()) {
        if (!window->showView(view.isEmpty() ? QStringLiteral("map") : view))
            return {};
        slides << SlideState::capture(window, context);
    }
    PresenterWindow presenter(window, context);
    presenter.setSlides(slides, name);
    presenter.resize(size);
    presenter.goTo(0);
    return presenter.renderImage(size);
}

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
    connect(Theme::instance(), &Theme::themeChanged, this, &PresenterWindow::refresh);
    // A projector plugged in or pulled out while presenting: choose again (once Qt has settled).
    const auto replace = [this] {
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                placeOnScreen();
        });
    };
    connect(qApp, &QGuiApplication::screenAdded, this, replace);
    connect(qApp, &QGuiApplication::screenRemoved, this, replace);
}

void PresenterWindow::setSlides(const QList<StoryboardSlide> &slides, const QString &storyboardName)
{
    m_slides = slides;
    m_storyboardName = storyboardName;
    m_index = -1;
    m_blank = false;
}

void PresenterWindow::placeOnScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *s : screens)
        names << s->name();
    const QScreen *main = m_window ? m_window->screen() : nullptr;
    const int index = chooseScreen(names, main ? main->name() : QString(), preferredScreen());
    if (index < 0)
        return;
    QScreen *screen = screens.at(index);
    if (screen == this->screen() && geometry() == screen->geometry())
        return;
    const bool full = isFullScreen();
    if (full)
        showNormal(); // a full-screen window moves only once it is normal again
    setScreen(screen);
    setGeometry(screen->geometry());
    if (full)
        showFullScreen();
}

void PresenterWindow::present(int startIndex)
{
    placeOnScreen();
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
    const PresenterColors colors = presenterColors();
    const QColor &ink = colors.text;
    const QColor &muted = colors.muted;
    painter.fillRect(rect, m_blank ? QColor(Qt::black) : colors.ground);
    if (m_blank)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int margin = qMax(12, rect.height() / 40);
    if (m_index < 0 || m_index >= m_slides.size()) {
        QFont f = font();
        f.setPixelSize(qMax(16, rect.height() / 20));
        painter.setFont(f);
        painter.setPen(ink);
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
    painter.setPen(ink);
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
        painter.setPen(muted);
        const QRect bottom(titleRect.left(), top.bottom() + 1, titleRect.width(), titleRect.bottom() - top.bottom());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(summary, Qt::ElideRight, bottom.width()));
    }

    // The page, in a high-contrast frame.
    painter.setPen(QPen(colors.frame, colors.frameWidth));
    painter.setBrush(m_window ? m_window->palette().color(QPalette::Window) : colors.ground);
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
    painter.setPen(muted);
    const QRect footer(body.left(), body.bottom() + margin / 2, body.width(), rect.bottom() - body.bottom() - margin / 2);
    const QString position = tr("%1 / %2").arg(m_index + 1).arg(m_slides.size());
    const int positionWidth = painter.fontMetrics().horizontalAdvance(position) + margin;
    painter.drawText(footer.adjusted(0, 0, -positionWidth, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(SlideState::sourceLine(m_context), Qt::ElideRight,
                                                      footer.width() - positionWidth));
    painter.setPen(ink);
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
