#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QRectF;
class QWidget;

namespace Atlas {

// What goes around every exported picture: a title, a subtitle (the unit, the filters) and a
// source line, laid out for a 16:9 slide. Every view's export goes through here, so a map, a
// timeline and a chart look alike on a slide.
struct SlideSpec
{
    QString title;
    QString subtitle;
    QString sourceLine;
    QSizeF size = QSizeF(1600, 900); // logical pixels; PNG scale multiplies them
};

// Paints the body of the slide (the chart, the map …) into `area`, in logical pixels.
using SlidePainter = std::function<void(QPainter &painter, const QRectF &area)>;

struct Slide
{
    SlideSpec spec;
    SlidePainter body;
};

class SlideExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::SlideExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static QImage renderImage(const Slide &slide, qreal scale = 1.0);
    static bool savePng(const QString &file, const Slide &slide, qreal scale, QString *error = nullptr);
    static bool saveSvg(const QString &file, const Slide &slide, QString *error = nullptr);
    // One 16:9 page per slide (a storyboard is several).
    static bool savePdf(const QString &file, const QList<Slide> &slides, QString *error = nullptr);
    static bool save(const QString &file, Format format, const Slide &slide, qreal scale, QString *error = nullptr);
    static void copyToClipboard(const Slide &slide, qreal scale = 2.0);

    // A body painter that draws a widget (a chart view, the map) scaled into the area, keeping
    // its aspect ratio. Vector devices (SVG, PDF) stay vector where the widget paints vectors.
    static SlidePainter widgetPainter(QWidget *widget);
    // Draws title, subtitle, source line and frame on a slide-sized painter; returns the body area.
    static QRectF paintFrame(QPainter &painter, const SlideSpec &spec);
    // The whole slide (frame and body) on a painter already scaled to the slide's logical size;
    // what Print… draws on its page.
    static void paint(QPainter &painter, const Slide &slide);
};

} // namespace Atlas
