#pragma once

#include <QChart>
#include <QColor>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QMenu;
class QWidget;

namespace Atlas {

// The colours painters need beyond the widget palette: the map, the timeline, charts. The four
// category colours are not here: they stay Okabe–Ito in every theme (category.h).
struct ThemeColors
{
    bool dark = false;
    bool highContrast = false;
    QColor window, text, mutedText, accent;
    // Map
    QColor mapBackground, mapOcean, mapGraticule, mapZero, mapNoData, mapNoDataHatch, mapBorder, mapInk, mapHalo,
        mapEuOutline, mapHighlight, mapMarkerOutline, legendBackground, legendBorder;
    // Timeline
    QColor timelineGrid, timelineMajorGrid, timelineText;
    // Charts
    QColor chartBackground, chartText, chartGrid, chartAxis, chartLabel;
    QChart::ChartTheme chartTheme = QChart::ChartThemeLight;
    qreal outlineWidth = 1.0; // thicker in high contrast
    QColor focusFrame;
};

// The application's theme: Light, Dark, High contrast, or System (the default), which follows the
// platform palette. Qt 6.4 has no QStyleHints::colorScheme, so "dark" is judged from the platform
// palette's window colour, again whenever the platform sends ApplicationPaletteChange/ThemeChange.
// Setting a theme applies a QPalette (on Fusion, which honours it everywhere), remembers the
// choice in QSettings and emits themeChanged, on which custom painters repaint.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark, HighContrast };
    enum class Look { Light, Dark, HighContrast }; // what System resolves to

    static Theme *instance();

    Mode mode() const { return m_mode; }
    Look look() const { return m_look; }
    bool isDark() const { return m_look != Look::Light; }
    const ThemeColors &colors() const { return m_colors; }

    // Applies `mode`; `persist` writes it to QSettings ("theme").
    void setMode(Mode mode, bool persist = true);
    // The saved choice (System when none), applied.
    void loadSettings();

    static QString modeKey(Mode mode); // "system", "light", "dark", "high-contrast"
    static bool modeFromKey(const QString &key, Mode *out);
    static QString modeName(Mode mode); // translated, for the menu
    static QList<Mode> modes();

    // Pure: dark when the window colour is darker than its text (or than mid-grey).
    static bool isDarkPalette(const QPalette &palette);
    static QPalette paletteFor(Look look);
    static ThemeColors colorsFor(Look look);
    // Colours for exports and print: always the light ones.
    static ThemeColors printColors() { return colorsFor(Look::Light); }

    // View ▸ Theme: a menu of the four modes that keeps itself checked and translated.
    static QMenu *createMenu(QWidget *parent);

signals:
    void themeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Theme(QObject *parent = nullptr);
    void apply();
    void rejudgeSystem();

    Mode m_mode = Mode::System;
    Look m_look = Look::Light;
    ThemeColors m_colors;
    QString m_platformStyle; // the style before we switched to Fusion
    bool m_applying = false;
};

} // namespace Atlas
