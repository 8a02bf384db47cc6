#include "exportdialog.h"

#include "modelcsv.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QMimeData>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Atlas {

namespace {
const QString FolderKey = QStringLiteral("export/folder");
const QString FormatKey = QStringLiteral("export/format");
const QString TableFormatKey = QStringLiteral("export/tableFormat");
constexpr int PreviewWidth = 400;

constexpr ExportDialog::Format AllFormats[] = { ExportDialog::Format::Png1x, ExportDialog::Format::Png2x,
                                                ExportDialog::Format::Png3x, ExportDialog::Format::Svg,
                                                ExportDialog::Format::Pdf,   ExportDialog::Format::Csv,
                                                ExportDialog::Format::Xlsx };

bool isTableFormat(ExportDialog::Format f)
{
    return f == ExportDialog::Format::Csv || f == ExportDialog::Format::Xlsx;
}

QString formatKey(ExportDialog::Format f)
{
    return QString::fromLatin1(QMetaEnum::fromType<ExportDialog::Format>().valueToKey(int(f)));
}
} // namespace

ExportDialog::ExportDialog(ExportContent content, QWidget *parent)
    : QDialog(parent)
    , m_content(std::move(content))
    , m_format(new QComboBox(this))
    , m_title(new QLineEdit(m_content.slide.spec.title, this))
    , m_subtitle(new QLineEdit(m_content.slide.spec.subtitle, this))
    , m_source(new QLineEdit(m_content.slide.spec.sourceLine, this))
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_subtitle->setObjectName(QStringLiteral("exportSubtitle"));
    m_source->setObjectName(QStringLiteral("exportSource"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setFixedSize(PreviewWidth + 2, PreviewWidth * 9 / 16 + 2);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    for (const Format f : AllFormats) {
        if (isAvailable(f))
            m_format->addItem(QString(), QVariant::fromValue(f));
    }
    m_formatLabel->setBuddy(m_format);
    m_titleLabel->setBuddy(m_title);
    m_subtitleLabel->setBuddy(m_subtitle);
    m_sourceLabel->setBuddy(m_source);

    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_subtitleLabel, m_subtitle);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(QString(), m_info);
    m_title->setMinimumWidth(360);

    auto *top = new QHBoxLayout;
    top->addWidget(m_preview, 0, Qt::AlignTop);
    top->addLayout(form, 1);

    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_copyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::printWithPreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QLineEdit *edit : { m_title, m_subtitle, m_source })
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateInfo);

    // The last format used, kept apart for pictures and for tables (a table's last choice is
    // usually XLSX, a chart's a PNG).
    const QSettings settings;
    const QString key = m_content.hasTable() ? TableFormatKey : FormatKey;
    const QString last = settings.value(key, m_content.hasTable() ? formatKey(Format::Xlsx) : formatKey(Format::Png2x)).toString();
    bool ok = false;
    const int value = QMetaEnum::fromType<Format>().keyToValue(last.toLatin1().constData(), &ok);
    setFormat(ok && isAvailable(Format(value)) ? Format(value) : Format::Png2x);

    for (QLineEdit *edit : { m_title, m_subtitle, m_source })
        edit->setCursorPosition(0); // show the start of a long source line
    retranslateUi();
    updatePreview();
    updateInfo();
}

SlidePainter ExportDialog::tablePainter(const QAbstractItemModel *model)
{
    return [model](QPainter &painter, const QRectF &area) {
        if (!model || model->columnCount() == 0)
            return;
        const int columns = model->columnCount();
        QFont font = QGuiApplication::font();
        font.setPixelSize(qMax(10, int(area.height() / 34)));
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font);
        const qreal rowHeight = fm.height() * 1.5;
        const int fitting = qMax(0, int(area.height() / rowHeight) - 2);
        const int rows = model->rowCount();
        const int shown = rows > fitting + 1 ? fitting : rows;
        // Columns as wide as their text (header and shown rows), squeezed to the width.
        QList<qreal> widths(columns, 0);
        for (int c = 0; c < columns; ++c) {
            widths[c] = QFontMetricsF(bold).horizontalAdvance(model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < shown; ++r)
                widths[c] = qMax(widths[c], fm.horizontalAdvance(model->index(r, c).data().toString()));
            widths[c] = qMin(widths[c], area.width() * 0.45) + fm.averageCharWidth() * 2;
        }
        qreal total = 0;
        for (const qreal w : std::as_const(widths))
            total += w;
        const qreal k = total > area.width() ? area.width() / total : 1.0;
        painter.save();
        qreal y = area.top();
        auto drawRow = [&](int r) {
            qreal x = area.left();
            for (int c = 0; c < columns; ++c) {
                const qreal w = widths.at(c) * k;
                const QRectF cell(x + fm.averageCharWidth() * 0.5, y, w - fm.averageCharWidth(), rowHeight);
                QString text = r < 0 ? model->headerData(c, Qt::Horizontal).toString() : model->index(r, c).data().toString();
                text = painter.fontMetrics().elidedText(text, Qt::ElideRight, int(cell.width()));
                const QVariant align = r < 0 ? QVariant() : model->index(r, c).data(Qt::TextAlignmentRole);
                const Qt::Alignment h = align.isValid() ? Qt::Alignment(align.toInt()) & Qt::AlignHorizontal_Mask : Qt::AlignLeft;
                painter.drawText(cell, int(h | Qt::AlignVCenter), text);
                x += w;
            }
            y += rowHeight;
        };
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        painter.setFont(bold);
        drawRow(-1);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + total * k, y));
        painter.setFont(font);
        for (int r = 0; r < shown; ++r) {
            if (r % 2 == 1)
                painter.fillRect(QRectF(area.left(), y, total * k, rowHeight), QColor(0xf3, 0xf3, 0xf3));
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            drawRow(r);
        }
        if (shown < rows) {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(area.left(), y, area.width(), rowHeight), int(Qt::AlignLeft | Qt::AlignVCenter),
                             tr("… and %n more row(s) in the CSV or Excel export", nullptr, rows - shown));
        }
        painter.restore();
    };
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::run(ExportContent content, QWidget *parent, std::optional<Format> format)
{
    ExportDialog dialog(std::move(content), parent);
    if (format && dialog.isAvailable(*format))
        dialog.setFormat(*format);
    dialog.exec();
}

ExportDialog::Format ExportDialog::format() const
{
    return m_format->currentData().value<Format>();
}

void ExportDialog::setFormat(Format format)
{
    const int i = m_format->findData(QVariant::fromValue(format));
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

bool ExportDialog::isAvailable(Format format) const
{
    if (format == Format::Csv)
        return m_content.table || m_content.csvWriter;
    if (format == Format::Xlsx)
        return m_content.table || m_content.xlsxWriter;
    return true;
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Png1x:
    case Format::Png2x:
    case Format::Png3x:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

qreal ExportDialog::scale(Format format)
{
    return format == Format::Png3x ? 3.0 : format == Format::Png1x ? 1.0 : 2.0;
}

QString ExportDialog::title() const { return m_title->text(); }
void ExportDialog::setTitle(const QString &title) { m_title->setText(title); }
QString ExportDialog::subtitle() const { return m_subtitle->text(); }
void ExportDialog::setSubtitle(const QString &subtitle) { m_subtitle->setText(subtitle); }
QString ExportDialog::sourceLine() const { return m_source->text(); }
void ExportDialog::setSourceLine(const QString &sourceLine) { m_source->setText(sourceLine); }

Slide ExportDialog::slide() const
{
    Slide s = m_content.slide;
    s.spec.title = title();
    s.spec.subtitle = subtitle();
    s.spec.sourceLine = sourceLine();
    return s;
}

bool ExportDialog::exportTo(const QString &file, QString *error) const
{
    const Format f = format();
    switch (f) {
    case Format::Png1x:
    case Format::Png2x:
    case Format::Png3x:
        return SlideExporter::save(file, SlideExporter::Format::Png, slide(), scale(f), error);
    case Format::Svg:
        return SlideExporter::save(file, SlideExporter::Format::Svg, slide(), 1.0, error);
    case Format::Pdf:
        return SlideExporter::save(file, SlideExporter::Format::Pdf, slide(), 1.0, error);
    case Format::Csv: {
        if (m_content.csvWriter)
            return m_content.csvWriter(file, error);
        QSaveFile out(file);
        if (m_content.table && out.open(QIODevice::WriteOnly) && ModelCsv::write(m_content.table, &out) && out.commit())
            return true;
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    case Format::Xlsx: {
        const SlideSpec spec = slide().spec;
        if (m_content.xlsxWriter)
            return m_content.xlsxWriter(file, spec, error);
        XlsxDocument document;
        document.title = spec.title;
        document.subtitle = spec.subtitle;
        document.sourceLine = spec.sourceLine;
        document.model = m_content.table;
        document.sources = m_content.sources;
        return XlsxExporter::write(file, document, error);
    }
    }
    return false;
}

void ExportDialog::setUpPrinter(QPrinter *printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(QStringLiteral("AI Policy Atlas"));
}

void ExportDialog::print(QPrinter *printer) const
{
    const Slide s = slide();
    printer->setDocName(s.spec.title);
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    // The slide keeps its 16:9 shape, centred on the page (the same layout as a PDF slide).
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution()).translated(
        -printer->pageLayout().paintRectPixels(printer->resolution()).topLeft());
    const QSizeF size = s.spec.size;
    const qreal k = qMin(page.width() / size.width(), page.height() / size.height());
    painter.translate(page.left() + (page.width() - size.width() * k) / 2, page.top() + (page.height() - size.height() * k) / 2);
    painter.scale(k, k);
    SlideExporter::paint(painter, s);
}

QImage ExportDialog::previewImage() const
{
    return SlideExporter::renderImage(slide(), PreviewWidth / slide().spec.size.width());
}

void ExportDialog::updatePreview()
{
    QImage image = previewImage();
    image.setDevicePixelRatio(1.0);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::updateInfo()
{
    const Format f = format();
    const QSize px = (m_content.slide.spec.size * scale(f)).toSize();
    QString text;
    switch (f) {
    case Format::Png1x:
    case Format::Png2x:
    case Format::Png3x:
        text = tr("A %1 × %2 pixel image for a 16:9 slide.").arg(px.width()).arg(px.height());
        break;
    case Format::Svg:
        text = tr("A vector drawing that stays sharp at any size.");
        break;
    case Format::Pdf:
        text = tr("One 16:9 PDF page.");
        break;
    case Format::Csv:
        text = m_content.table ? tr("%n row(s) as CSV (UTF-8 with BOM, opens in Excel).", nullptr, m_content.table->rowCount())
                               : tr("The rows as CSV (UTF-8 with BOM, opens in Excel).");
        break;
    case Format::Xlsx:
        text = m_content.table
            ? tr("%n row(s) in an Excel workbook: a Data sheet and a Sources sheet.", nullptr, m_content.table->rowCount())
            : tr("An Excel workbook: a Data sheet and a Sources sheet.");
        break;
    }
    m_info->setText(text);
    m_copyButton->setToolTip(tr("Copy the slide as a %1 × %2 pixel image").arg(px.width()).arg(px.height()));
}

QString ExportDialog::fileFilter(Format format) const
{
    switch (format) {
    case Format::Png1x:
    case Format::Png2x:
    case Format::Png3x:
        return tr("PNG images (*.png)");
    case Format::Svg:
        return tr("SVG images (*.svg)");
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    case Format::Csv:
        return tr("CSV files (*.csv)");
    case Format::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    }
    return {};
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(isTableFormat(format()) || m_content.hasTable() ? TableFormatKey : FormatKey, formatKey(format()));
}

void ExportDialog::save()
{
    QSettings settings;
    const QString folder = settings.value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const Format f = format();
    QString name = m_content.fileName.isEmpty() ? QStringLiteral("export") : m_content.fileName;
    if (f == Format::Png2x || f == Format::Png3x)
        name += QStringLiteral("@%1x").arg(int(scale(f)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(name + u'.' + suffix(f)),
                                                      fileFilter(f));
    if (file.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(file).absolutePath());
    remember();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(file, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    accept();
}

void ExportDialog::copyToClipboard()
{
    const Format f = format();
    if (isTableFormat(f) && m_content.table) {
        // A table format chosen: the rows, as cells a spreadsheet or a slide's table takes.
        auto *data = new QMimeData;
        data->setText(ModelCsv::tabSeparated(m_content.table));
        data->setHtml(ModelCsv::html(m_content.table));
        QGuiApplication::clipboard()->setMimeData(data);
        remember();
        m_info->setText(tr("Copied the table to the clipboard: paste it into a spreadsheet or a document."));
        return;
    }
    SlideExporter::copyToClipboard(slide(), f == Format::Svg || f == Format::Pdf ? 2.0 : scale(f));
    remember();
    m_info->setText(tr("Copied to the clipboard."));
}

void ExportDialog::printWithPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { print(p); });
    preview.exec();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_formatLabel->setText(tr("&Format:"));
    m_titleLabel->setText(tr("&Title:"));
    m_subtitleLabel->setText(tr("&Unit and filters:"));
    m_sourceLabel->setText(tr("S&ource line:"));
    for (int i = 0; i < m_format->count(); ++i) {
        QString text;
        switch (m_format->itemData(i).value<Format>()) {
        case Format::Png1x:
            text = tr("PNG image, 1×");
            break;
        case Format::Png2x:
            text = tr("PNG image, 2× (high-DPI)");
            break;
        case Format::Png3x:
            text = tr("PNG image, 3×");
            break;
        case Format::Svg:
            text = tr("SVG drawing");
            break;
        case Format::Pdf:
            text = tr("PDF slide");
            break;
        case Format::Csv:
            text = tr("CSV table (UTF-8)");
            break;
        case Format::Xlsx:
            text = tr("Excel workbook (.xlsx)");
            break;
        }
        m_format->setItemText(i, text);
    }
    m_saveButton->setText(tr("&Save…"));
    m_copyButton->setText(tr("&Copy to clipboard"));
    m_printButton->setText(tr("&Print…"));
    updateInfo();
}

} // namespace Atlas
