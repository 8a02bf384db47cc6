#pragma once

#include "storyboardstore.h"

#include <QCoreApplication>
#include <QPicture>
#include <QPixmap>

#include <functional>

class QWidget;

namespace Atlas {

class AtlasContext;
class MainWindow;

// Capturing and restoring what a storyboard slide shows, and drawing the main window's page for
// it. Shared by the storyboard dock (add, PDF export) and the presenter window.
class SlideState
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::SlideState)

public:
    // The current view, the shared filter and the record language, with a readable title.
    static StoryboardSlide capture(const MainWindow *window, const AtlasContext *context);
    // Sets the filter, asks for the language and shows the view. False if the view is gone
    // (a country or item no longer in the dataset).
    static bool restore(MainWindow *window, AtlasContext *context, const StoryboardSlide &slide);
    // The current view's own state (MapView::saveState() …), {} for views without one.
    static QJsonObject viewState(const MainWindow *window);
    // Hands `state` to the view it was saved from, if that view is showing.
    static void restoreViewState(MainWindow *window, const QJsonObject &state);

    // "Map", "Profile: Korea", "Item: …": what a slide shows, in the UI language.
    static QString viewLabel(const AtlasContext *context, const QString &spec);
    // "Policy/law · Korea, Japan · 2023-01-01 – 2023-12-31": the filter in one line (empty = none).
    static QString filterSummary(const AtlasContext *context, const ItemFilter &filter);
    // "Source: <report> (<publisher>) · AI Policy Atlas".
    static QString sourceLine(const AtlasContext *context);

    // The page the main window shows (map, timeline …), without navigation and filter bar.
    static QWidget *currentPage(const MainWindow *window);
    // Renders the current page laid out at `size` (logical pixels) and puts it back as it was:
    // the page is resized for the grab only, never reparented.
    static QPixmap renderPage(const MainWindow *window, const QSize &size, qreal devicePixelRatio = 1.0);
    // The same, recorded as vector drawing commands (for PDF pages), through SlideExporter::widgetPainter.
    static QPicture recordPage(const MainWindow *window, const QSize &size);
    // What both use: the current page laid out at `size` as a slide (without the user's bookmark
    // and note boxes), handed to `use`, then put back as it was.
    static void withPageAt(const MainWindow *window, const QSize &size, const std::function<void(QWidget *)> &use);
};

} // namespace Atlas
