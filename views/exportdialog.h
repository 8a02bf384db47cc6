#pragma once

#include "slideexporter.h"
#include "xlsxexporter.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTimer;

namespace Atlas {

// What a view hands to the export dialog: the slide (its default title, unit line and source
// line, and the painter of its body) and, for tables and chart data, the table and its sources.
struct ExportContent
{
    QString fileName; // suggested name without suffix: "map", "timeline", "chart-…"
    Slide slide;
    const QAbstractItemModel *table = nullptr; // offers CSV and XLSX when set
    QList<XlsxSourceRow> sources; // the Sources sheet of the XLSX
    // Optional writers that replace the generic ones (the browse view writes every filtered item,
    // not only the rows its lazy model has fetched). Title, subtitle and source line as edited.
    std::function<bool(const QString &file, QString *error)> csvWriter;
    std::function<bool(const QString &file, const SlideSpec &spec, QString *error)> xlsxWriter;

    bool hasTable() const { return table || csvWriter || xlsxWriter; }
};

// The one export dialog behind every export: File › Export… (Ctrl+E) and each view's Export
// button. PNG at 1×, 2×, 3×, SVG and PDF for every view; CSV and XLSX for tables and chart data.
// The title, unit line and source line can be edited; a thumbnail previews the slide. Save…,
// Copy to clipboard and Print… (with preview, A4 landscape by default). All pictures are drawn
// by SlideExporter, so the saved, copied and printed slide are the same.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png1x, Png2x, Png3x, Svg, Pdf, Csv, Xlsx };
    Q_ENUM(Format)

    explicit ExportDialog(ExportContent content, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Opens the dialog for `content` (modal); `format` presets the format when given.
    static void run(ExportContent content, QWidget *parent, std::optional<Format> format = {});

    Format format() const;
    void setFormat(Format format);
    bool isAvailable(Format format) const;
    static QString suffix(Format format);
    static qreal scale(Format format);

    QString title() const;
    void setTitle(const QString &title);
    QString subtitle() const;
    void setSubtitle(const QString &subtitle);
    QString sourceLine() const;
    void setSourceLine(const QString &sourceLine);

    // The slide with the texts as edited.
    Slide slide() const;
    // Writes the current format to `file`, without asking; false with a message on failure.
    bool exportTo(const QString &file, QString *error = nullptr) const;
    // Paints the slide on the printer's page, fitted with its 16:9 shape kept (one page).
    void print(QPrinter *printer) const;
    // A4 landscape, the default of Print….
    static void setUpPrinter(QPrinter *printer);
    // A slide body that draws a table model as a table: the header, then as many rows as fit.
    static SlidePainter tablePainter(const QAbstractItemModel *model);
    QImage previewImage() const;

public slots:
    void save();
    void copyToClipboard();
    void printWithPreview();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void updateInfo();
    QString fileFilter(Format format) const;
    void remember() const;

    ExportContent m_content;
    QComboBox *m_format;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QLineEdit *m_source;
    QLabel *m_preview;
    QLabel *m_info;
    QLabel *m_formatLabel;
    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_sourceLabel;
    QPushButton *m_saveButton;
    QPushButton *m_copyButton;
    QPushButton *m_printButton;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace Atlas
