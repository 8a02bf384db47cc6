#include "slideexporter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace Atlas {

namespace {
constexpr qreal Margin = 48;

void paintSlide(QPainter &painter, const Slide &slide)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF body = SlideExporter::paintFrame(painter, slide.spec);
    if (slide.body) {
        painter.save();
        painter.setClipRect(body);
        slide.body(painter, body);
        painter.restore();
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QRectF SlideExporter::paintFrame(QPainter &painter, const SlideSpec &spec)
{
    const QRectF page(QPointF(0, 0), spec.size);
    painter.fillRect(page, Qt::white);
    QFont title = QApplication::font();
    title.setPixelSize(int(spec.size.height() * 0.05));
    title.setBold(true);
    QFont subtitle = QApplication::font();
    subtitle.setPixelSize(int(spec.size.height() * 0.028));
    QFont source = QApplication::font();
    source.setPixelSize(int(spec.size.height() * 0.022));

    qreal y = Margin * 0.75;
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    painter.setFont(title);
    const QRectF titleRect(Margin, y, page.width() - 2 * Margin, title.pixelSize() * 1.4);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, spec.title);
    y = titleRect.bottom();
    if (!spec.subtitle.isEmpty()) {
        painter.setFont(subtitle);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF r(Margin, y, page.width() - 2 * Margin, subtitle.pixelSize() * 1.5);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, spec.subtitle);
        y = r.bottom();
    }
    y += Margin * 0.25;
    painter.setFont(source);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal sourceHeight = source.pixelSize() * 2.6;
    const QRectF sourceRect(Margin, page.height() - Margin * 0.5 - sourceHeight, page.width() - 2 * Margin, sourceHeight);
    painter.drawText(sourceRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, spec.sourceLine);
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    painter.drawLine(QPointF(Margin, sourceRect.top() - 6), QPointF(page.width() - Margin, sourceRect.top() - 6));
    return QRectF(Margin, y, page.width() - 2 * Margin, sourceRect.top() - 12 - y);
}

void SlideExporter::paint(QPainter &painter, const Slide &slide)
{
    paintSlide(painter, slide);
}

QImage SlideExporter::renderImage(const Slide &slide, qreal scale)
{
    const QSize pixels = (slide.spec.size * scale).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintSlide(painter, slide);
    painter.end();
    return image;
}

bool SlideExporter::savePng(const QString &file, const Slide &slide, qreal scale, QString *error)
{
    const QImage image = renderImage(slide, scale);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool SlideExporter::saveSvg(const QString &file, const Slide &slide, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&out);
        generator.setSize(slide.spec.size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), slide.spec.size));
        generator.setTitle(slide.spec.title);
        generator.setDescription(slide.spec.sourceLine);
        QPainter painter(&generator);
        paintSlide(painter, slide);
    }
    if (!out.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool SlideExporter::savePdf(const QString &file, const QList<Slide> &slides, QString *error)
{
    if (slides.isEmpty())
        return fail(error, tr("Nothing to export."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    {
        QPdfWriter writer(&out);
        // A 16:9 page, 10 × 5.625 inches (the size of a widescreen slide).
        writer.setPageSize(QPageSize(QSizeF(254.0, 142.875), QPageSize::Millimeter, QStringLiteral("Slide 16:9")));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(160);
        writer.setTitle(slides.constFirst().spec.title);
        writer.setCreator(QStringLiteral("AI Policy Atlas"));
        QPainter painter(&writer);
        for (int i = 0; i < slides.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const QRect target = painter.viewport();
            const QSizeF size = slides.at(i).spec.size;
            painter.save();
            painter.scale(target.width() / size.width(), target.height() / size.height());
            paintSlide(painter, slides.at(i));
            painter.restore();
        }
    }
    if (!out.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool SlideExporter::save(const QString &file, Format format, const Slide &slide, qreal scale, QString *error)
{
    switch (format) {
    case Format::Png:
        return savePng(file, slide, scale, error);
    case Format::Svg:
        return saveSvg(file, slide, error);
    case Format::Pdf:
        return savePdf(file, { slide }, error);
    }
    return false;
}

void SlideExporter::copyToClipboard(const Slide &slide, qreal scale)
{
    QGuiApplication::clipboard()->setImage(renderImage(slide, scale));
}

SlidePainter SlideExporter::widgetPainter(QWidget *widget)
{
    return [widget](QPainter &painter, const QRectF &area) {
        if (!widget || widget->width() <= 0 || widget->height() <= 0)
            return;
        const qreal sx = area.width() / widget->width();
        const qreal sy = area.height() / widget->height();
        const qreal s = qMin(sx, sy);
        const QSizeF drawn = QSizeF(widget->size()) * s;
        painter.save();
        painter.translate(area.left() + (area.width() - drawn.width()) / 2, area.top() + (area.height() - drawn.height()) / 2);
        painter.scale(s, s);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    };
}

} // namespace Atlas
