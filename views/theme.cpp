#include "theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

#include <memory>

namespace Atlas {

namespace {
const QString kSettingsKey = QStringLiteral("theme");
const QString kFusion = QStringLiteral("Fusion");

// High contrast: thick white outlines on black, and a yellow frame around whatever has the focus,
// so the keyboard position is visible from the back of the room.
const QString kHighContrastSheet = QStringLiteral(
    "QLineEdit, QComboBox, QSpinBox, QDateEdit, QAbstractScrollArea, QPushButton { border: 2px solid #ffffff; }"
    "QToolButton { border: 1px solid #ffffff; padding: 2px; }"
    "QToolButton:checked { background: #f0e442; color: #000000; }"
    "QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QAbstractScrollArea:focus, QPushButton:focus,"
    " QToolButton:focus { border: 3px solid #f0e442; }"
    "QCheckBox:focus, QRadioButton:focus { color: #f0e442; }"
    "QCheckBox::indicator, QRadioButton::indicator { border: 2px solid #ffffff; background: #000000; width: 13px; height: 13px; }"
    "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #f0e442; }"
    "QMenu { border: 2px solid #ffffff; }"
    // With a border of their own, combo and spin boxes no longer leave room for their arrows:
    // the padding gives it back, so no text runs under them.
    "QComboBox { padding: 1px 22px 1px 4px; }"
    "QSpinBox, QDateEdit { padding: 1px 20px 1px 4px; }");

void setGroups(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

// View ▸ Theme: keeps itself translated and checked.
class ThemeMenu : public QMenu
{
public:
    explicit ThemeMenu(QWidget *parent)
        : QMenu(parent)
    {
        auto *group = new QActionGroup(this);
        for (Theme::Mode mode : Theme::modes()) {
            QAction *a = addAction(QString());
            a->setCheckable(true);
            a->setData(Theme::modeKey(mode));
            group->addAction(a);
            connect(a, &QAction::triggered, this, [mode] { Theme::instance()->setMode(mode); });
            if (mode == Theme::Mode::System)
                addSeparator();
        }
        connect(Theme::instance(), &Theme::themeChanged, this, &ThemeMenu::sync);
        retranslate();
        sync();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QMenu::changeEvent(event);
    }

private:
    void retranslate()
    {
        setTitle(Theme::tr("&Theme"));
        for (QAction *a : actions()) {
            Theme::Mode mode;
            if (Theme::modeFromKey(a->data().toString(), &mode))
                a->setText(Theme::modeName(mode));
        }
    }
    void sync()
    {
        const QString current = Theme::modeKey(Theme::instance()->mode());
        for (QAction *a : actions())
            a->setChecked(a->data().toString() == current);
    }
};
} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    if (qApp) {
        m_platformStyle = qApp->style() ? qApp->style()->name() : QString();
        m_look = isDarkPalette(QApplication::palette()) ? Look::Dark : Look::Light;
        qApp->installEventFilter(this);
    }
    m_colors = colorsFor(m_look);
}

Theme *Theme::instance()
{
    static QPointer<Theme> theme;
    if (!theme)
        theme = new Theme(qApp);
    return theme;
}

QList<Theme::Mode> Theme::modes()
{
    return { Mode::System, Mode::Light, Mode::Dark, Mode::HighContrast };
}

QString Theme::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

bool Theme::modeFromKey(const QString &key, Mode *out)
{
    for (Mode m : modes()) {
        if (modeKey(m) == key) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("Follow the &system");
    case Mode::Light:
        return tr("&Light");
    case Mode::Dark:
        return tr("&Dark");
    case Mode::HighContrast:
        return tr("&High contrast");
    }
    return {};
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    if (window.lightness() == text.lightness())
        return window.lightness() < 128;
    return window.lightness() < text.lightness();
}

QPalette Theme::paletteFor(Look look)
{
    if (look == Look::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
        QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
        setGroups(p, QPalette::Highlight, QColor(0x00, 0x5a, 0x9c), QColor(0x91, 0x91, 0x91)); // darker Okabe blue: 7:1 with white
        p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
        return p;
    }
    QPalette p;
    if (look == Look::Dark) {
        const QColor text(0xe8, 0xea, 0xed), disabled(0x7c, 0x80, 0x86);
        setGroups(p, QPalette::Window, QColor(0x20, 0x21, 0x24), QColor(0x20, 0x21, 0x24));
        setGroups(p, QPalette::WindowText, text, disabled);
        setGroups(p, QPalette::Base, QColor(0x17, 0x18, 0x1a), QColor(0x1d, 0x1e, 0x20));
        setGroups(p, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b), QColor(0x26, 0x28, 0x2b));
        setGroups(p, QPalette::ToolTipBase, QColor(0x2b, 0x2c, 0x2f), QColor(0x2b, 0x2c, 0x2f));
        setGroups(p, QPalette::ToolTipText, text, disabled);
        setGroups(p, QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6), disabled);
        setGroups(p, QPalette::Text, text, disabled);
        setGroups(p, QPalette::Button, QColor(0x2d, 0x2e, 0x31), QColor(0x26, 0x27, 0x2a));
        setGroups(p, QPalette::ButtonText, text, disabled);
        setGroups(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
        setGroups(p, QPalette::Light, QColor(0x4a, 0x4c, 0x50), QColor(0x4a, 0x4c, 0x50));
        setGroups(p, QPalette::Midlight, QColor(0x3a, 0x3b, 0x3f), QColor(0x3a, 0x3b, 0x3f));
        setGroups(p, QPalette::Mid, QColor(0x55, 0x57, 0x5b), QColor(0x55, 0x57, 0x5b));
        setGroups(p, QPalette::Dark, QColor(0x12, 0x13, 0x14), QColor(0x12, 0x13, 0x14));
        setGroups(p, QPalette::Shadow, QColor(0, 0, 0), QColor(0, 0, 0));
        setGroups(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0), QColor(0x44, 0x46, 0x4a));
        setGroups(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabled);
        setGroups(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8), QColor(0x8a, 0xb4, 0xf8));
        setGroups(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9), QColor(0xc5, 0x8a, 0xf9));
        return p;
    }
    // High contrast: pure black and white, yellow for what is selected or focused.
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), yellow(0xf0, 0xe4, 0x42), disabled(0xa8, 0xa8, 0xa8);
    for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase })
        setGroups(p, role, black, black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText })
        setGroups(p, role, white, disabled);
    setGroups(p, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c), QColor(0x1c, 0x1c, 0x1c));
    setGroups(p, QPalette::PlaceholderText, QColor(0xd8, 0xd8, 0xd8), disabled);
    setGroups(p, QPalette::BrightText, yellow, yellow);
    for (QPalette::ColorRole role : { QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow })
        setGroups(p, role, white, disabled);
    setGroups(p, QPalette::Highlight, yellow, disabled);
    setGroups(p, QPalette::HighlightedText, black, black);
    setGroups(p, QPalette::Link, QColor(0x56, 0xe0, 0xff), QColor(0x56, 0xe0, 0xff));
    setGroups(p, QPalette::LinkVisited, QColor(0xff, 0x9c, 0xf0), QColor(0xff, 0x9c, 0xf0));
    return p;
}

ThemeColors Theme::colorsFor(Look look)
{
    ThemeColors c;
    const QPalette p = paletteFor(look);
    c.window = p.color(QPalette::Window);
    c.text = p.color(QPalette::WindowText);
    c.mutedText = p.color(QPalette::PlaceholderText);
    switch (look) {
    case Look::Light:
        c.accent = QColor(0x00, 0x72, 0xb2);
        c.mapBackground = c.window;
        c.mapOcean = QColor(0xe9, 0xf1, 0xf7);
        c.mapGraticule = QColor(0xd5, 0xe0, 0xea);
        c.mapZero = QColor(0xff, 0xff, 0xff);
        c.mapNoData = QColor(0xd6, 0xd6, 0xd6);
        c.mapNoDataHatch = QColor(0xb4, 0xb4, 0xb4);
        c.mapBorder = QColor(0x9a, 0xa3, 0xab);
        c.mapInk = QColor(0x22, 0x22, 0x22);
        c.mapHalo = QColor(255, 255, 255, 220);
        c.mapEuOutline = QColor(0x1a, 0x1a, 0x1a);
        c.mapHighlight = QColor(0xd5, 0x5e, 0x00);
        c.mapMarkerOutline = QColor(0x11, 0x11, 0x11);
        c.legendBackground = QColor(255, 255, 255, 230);
        c.legendBorder = QColor(0, 0, 0, 40);
        c.timelineGrid = QColor(0, 0, 0, 20);
        c.timelineMajorGrid = QColor(0, 0, 0, 60);
        c.chartBackground = QColor(0xff, 0xff, 0xff);
        c.chartGrid = QColor(0xe3, 0xe3, 0xe3);
        c.chartAxis = QColor(0xbb, 0xbb, 0xbb);
        c.chartLabel = QColor(0x22, 0x22, 0x22);
        c.chartTheme = QChart::ChartThemeLight;
        c.focusFrame = QColor(0x00, 0x72, 0xb2);
        break;
    case Look::Dark:
        c.dark = true;
        c.accent = QColor(0x56, 0xb4, 0xe9);
        c.mapBackground = c.window;
        c.mapOcean = QColor(0x18, 0x22, 0x2c);
        c.mapGraticule = QColor(0x26, 0x33, 0x40);
        c.mapZero = QColor(0x3a, 0x3d, 0x42);
        c.mapNoData = QColor(0x2a, 0x2b, 0x2d);
        c.mapNoDataHatch = QColor(0x58, 0x5a, 0x5e);
        c.mapBorder = QColor(0x10, 0x12, 0x14);
        c.mapInk = QColor(0xec, 0xec, 0xec);
        c.mapHalo = QColor(0, 0, 0, 200);
        c.mapEuOutline = QColor(0xf2, 0xf2, 0xf2);
        c.mapHighlight = QColor(0xff, 0x7a, 0x1f);
        c.mapMarkerOutline = QColor(0xf0, 0xf0, 0xf0);
        c.legendBackground = QColor(0x20, 0x21, 0x24, 235);
        c.legendBorder = QColor(255, 255, 255, 70);
        c.timelineGrid = QColor(255, 255, 255, 28);
        c.timelineMajorGrid = QColor(255, 255, 255, 70);
        c.chartBackground = QColor(0x1b, 0x1c, 0x1e);
        c.chartGrid = QColor(0x3a, 0x3c, 0x40);
        c.chartAxis = QColor(0x70, 0x73, 0x78);
        c.chartLabel = QColor(0xec, 0xec, 0xec);
        c.chartTheme = QChart::ChartThemeDark;
        c.focusFrame = QColor(0x56, 0xb4, 0xe9);
        break;
    case Look::HighContrast:
        c.dark = true;
        c.highContrast = true;
        c.accent = QColor(0xf0, 0xe4, 0x42);
        c.mapBackground = QColor(0, 0, 0);
        c.mapOcean = QColor(0, 0, 0);
        c.mapGraticule = QColor(0x3a, 0x3a, 0x3a);
        c.mapZero = QColor(0x30, 0x30, 0x30);
        c.mapNoData = QColor(0, 0, 0);
        c.mapNoDataHatch = QColor(0xc0, 0xc0, 0xc0);
        c.mapBorder = QColor(0xff, 0xff, 0xff);
        c.mapInk = QColor(0xff, 0xff, 0xff);
        c.mapHalo = QColor(0, 0, 0, 235);
        c.mapEuOutline = QColor(0xff, 0xff, 0xff);
        c.mapHighlight = QColor(0xf0, 0xe4, 0x42);
        c.mapMarkerOutline = QColor(0xff, 0xff, 0xff);
        c.legendBackground = QColor(0, 0, 0);
        c.legendBorder = QColor(0xff, 0xff, 0xff);
        c.timelineGrid = QColor(255, 255, 255, 70);
        c.timelineMajorGrid = QColor(255, 255, 255, 170);
        c.chartBackground = QColor(0, 0, 0);
        c.chartGrid = QColor(0x60, 0x60, 0x60);
        c.chartAxis = QColor(0xff, 0xff, 0xff);
        c.chartLabel = QColor(0xff, 0xff, 0xff);
        c.chartTheme = QChart::ChartThemeDark;
        c.outlineWidth = 2.0;
        c.focusFrame = QColor(0xf0, 0xe4, 0x42);
        break;
    }
    c.timelineText = c.text;
    c.chartText = c.text;
    return c;
}

void Theme::setMode(Mode mode, bool persist)
{
    m_mode = mode;
    if (persist)
        QSettings().setValue(kSettingsKey, modeKey(mode));
    apply();
}

void Theme::loadSettings()
{
    Mode mode = Mode::System;
    modeFromKey(QSettings().value(kSettingsKey).toString(), &mode);
    m_mode = mode;
    apply();
}

void Theme::apply()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    m_applying = true;
    if (m_mode == Mode::System) {
        if (!m_platformStyle.isEmpty() && app->style()->name().compare(m_platformStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(m_platformStyle);
        app->setStyleSheet(QString());
        // A palette that sets no role (and is no copy of the current one) resolves to the platform's.
        QPalette platform = paletteFor(Look::Light);
        platform.setResolveMask(0);
        QApplication::setPalette(platform);
        m_look = isDarkPalette(QApplication::palette()) ? Look::Dark : Look::Light;
        m_colors = colorsFor(m_look);
        // The platform's own window and text colours, not ours.
        m_colors.window = QApplication::palette().color(QPalette::Window);
        m_colors.text = m_colors.timelineText = m_colors.chartText = QApplication::palette().color(QPalette::WindowText);
        m_colors.mapBackground = m_colors.window;
    } else {
        m_look = m_mode == Mode::Light ? Look::Light : m_mode == Mode::Dark ? Look::Dark : Look::HighContrast;
        if (app->style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(kFusion); // honours the palette in every control
        QApplication::setPalette(paletteFor(m_look));
        app->setStyleSheet(m_look == Look::HighContrast ? kHighContrastSheet : QString());
        m_colors = colorsFor(m_look);
    }
    m_applying = false;
    emit themeChanged();
}

void Theme::rejudgeSystem()
{
    if (m_mode != Mode::System || m_applying)
        return;
    const Look look = isDarkPalette(QApplication::palette()) ? Look::Dark : Look::Light;
    const QColor window = QApplication::palette().color(QPalette::Window);
    if (look == m_look && window == m_colors.window)
        return;
    apply();
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    const bool paletteChange = event->type() == QEvent::ApplicationPaletteChange && watched == qApp;
    // ThemeChange goes to the windows; one rejudge is enough, and rejudging twice does nothing.
    if (!m_applying && m_mode == Mode::System && (paletteChange || event->type() == QEvent::ThemeChange)) {
        // The platform switched light/dark: judge again once its palette has settled.
        QTimer::singleShot(0, this, &Theme::rejudgeSystem);
    }
    return QObject::eventFilter(watched, event);
}

QMenu *Theme::createMenu(QWidget *parent)
{
    return new ThemeMenu(parent);
}

} // namespace Atlas
