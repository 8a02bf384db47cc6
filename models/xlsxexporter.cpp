#include "xlsxexporter.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

#include <algorithm>

namespace Atlas {

namespace {
constexpr int MaxCellText = 32767; // Excel's limit for one cell
constexpr int WidthSampleRows = 2000; // column widths are measured on the first rows only

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Excel counts a column's width in characters of the default font; a Hangul syllable or a
// CJK ideograph takes about two.
double textWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff00 && u <= 0xff60)
            ? 2.0
            : 1.0;
    }
    return width;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODate);
    default:
        return v.toString().left(MaxCellText);
    }
}

// Writes a string cell; libxlsxwriter takes UTF-8.
void writeText(lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *format = nullptr)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.left(MaxCellText).toUtf8();
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format);
}

void writeModel(lxw_worksheet *sheet, const QAbstractItemModel *model, lxw_format *header)
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    QList<double> widths(columns, 6.0);
    for (int c = 0; c < columns; ++c) {
        const QString text = model->headerData(c, Qt::Horizontal).toString();
        writeText(sheet, 0, c, text, header);
        widths[c] = std::max(widths[c], textWidth(text) * 1.15 + 2);
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QVariant v = model->index(r, c).data(Qt::DisplayRole);
            if (!v.isValid() || v.isNull())
                continue;
            double width = 0;
            if (isNumber(v)) {
                const double number = v.toDouble();
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), number, nullptr);
                width = QString::number(number, 'g', 12).size();
            } else if (v.typeId() == QMetaType::Bool) {
                worksheet_write_boolean(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toBool() ? 1 : 0, nullptr);
                width = 5;
            } else {
                const QString text = cellText(v);
                writeText(sheet, r + 1, c, text);
                width = r < WidthSampleRows ? textWidth(text) : 0;
            }
            widths[c] = std::max(widths[c], width + 2);
        }
    }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), 60.0), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (rows > 0 && columns > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(columns - 1));
}

void writeSources(lxw_worksheet *sheet, const XlsxDocument &document, lxw_format *bold, lxw_format *wrap)
{
    int row = 0;
    writeText(sheet, row++, 0, document.title, bold);
    if (!document.subtitle.isEmpty())
        writeText(sheet, row++, 0, document.subtitle);
    if (!document.sourceLine.isEmpty())
        writeText(sheet, row++, 0, document.sourceLine);
    ++row;
    const QStringList header = { XlsxExporter::tr("Title"), XlsxExporter::tr("Report line"),
                                 XlsxExporter::tr("Original citation"), XlsxExporter::tr("Basis") };
    for (int c = 0; c < header.size(); ++c)
        writeText(sheet, row, c, header.at(c), bold);
    worksheet_freeze_panes(sheet, lxw_row_t(row + 1), 0);
    ++row;
    for (const XlsxSourceRow &s : document.sources) {
        writeText(sheet, row, 0, s.title, wrap);
        if (s.reportLine > 0)
            worksheet_write_number(sheet, lxw_row_t(row), 1, s.reportLine, nullptr);
        writeText(sheet, row, 2, s.citation, wrap);
        writeText(sheet, row, 3, s.derived ? XlsxExporter::tr("derived") : XlsxExporter::tr("reported"));
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 50, nullptr);
    worksheet_set_column(sheet, 1, 1, 12, nullptr);
    worksheet_set_column(sheet, 2, 2, 70, nullptr);
    worksheet_set_column(sheet, 3, 3, 12, nullptr);
}
} // namespace

QString XlsxExporter::dataSheetName()
{
    //: Name of the sheet with the table in an exported Excel workbook (at most 31 characters)
    return tr("Data");
}

QString XlsxExporter::sourcesSheetName()
{
    //: Name of the sheet with the sources in an exported Excel workbook (at most 31 characters)
    return tr("Sources");
}

bool XlsxExporter::write(const QString &file, const XlsxDocument &document, QString *error)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!document.model)
        return fail(error, tr("Nothing to export."));
    const QFileInfo target(file);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(error, tr("Cannot write %1: the folder does not exist.").arg(shown));
    if (!folder.isWritable())
        return fail(error, tr("Cannot write %1: the folder is not writable.").arg(shown));

    // Written under a hidden temporary name in the same folder, then renamed over the target.
    const QString temp = target.absolutePath() + QStringLiteral("/.%1.%2.part")
                             .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray tempPath = QFile::encodeName(temp);
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE; // keeps shared strings: smaller files, and Excel prefers them
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *book = workbook_new_opt(tempPath.constData(), &options);
    if (!book)
        return fail(error, tr("Cannot write %1: out of memory.").arg(shown));

    const QByteArray title = document.title.toUtf8();
    const QByteArray subject = document.subtitle.toUtf8();
    const QByteArray comments = document.sourceLine.toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    properties.comments = const_cast<char *>(comments.constData());
    properties.author = const_cast<char *>("AI Policy Atlas");
    workbook_set_properties(book, &properties);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    const QByteArray dataName = dataSheetName().left(31).toUtf8();
    const QByteArray sourcesName = sourcesSheetName().left(31).toUtf8();
    lxw_worksheet *data = workbook_add_worksheet(book, dataName.constData());
    lxw_worksheet *sources = workbook_add_worksheet(book, sourcesName.constData());
    if (!data || !sources) {
        workbook_close(book);
        QFile::remove(temp);
        return fail(error, tr("Cannot write %1: invalid sheet name.").arg(shown));
    }
    writeModel(data, document.model, header);
    writeSources(sources, document, bold, wrap);

    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temp);
        return fail(error, tr("Cannot write %1: %2").arg(shown, QString::fromUtf8(lxw_strerror(result))));
    }
    if (target.exists() && !QFile::remove(file)) {
        QFile::remove(temp);
        return fail(error, tr("Cannot write %1: the existing file cannot be replaced.").arg(shown));
    }
    if (!QFile::rename(temp, file)) {
        QFile::remove(temp);
        return fail(error, tr("Cannot write %1: the file cannot be renamed into place.").arg(shown));
    }
    return true;
}

QList<XlsxSourceRow> XlsxExporter::seriesSources(const QList<SeriesRecord> &series, Language language)
{
    QList<XlsxSourceRow> rows;
    for (const SeriesRecord &s : series) {
        XlsxSourceRow row;
        row.title = s.title(language);
        row.reportLine = s.report.line;
        QStringList citations;
        for (const SourceRef &ref : s.sources)
            citations << ref.citation;
        row.citation = citations.join(QStringLiteral("; "));
        row.derived = std::any_of(s.points.cbegin(), s.points.cend(), [](const SeriesPoint &p) { return p.derived; });
        rows << row;
    }
    return rows;
}

QList<XlsxSourceRow> XlsxExporter::figureSources(const QList<FigureRecord> &figures, Language language)
{
    QList<XlsxSourceRow> rows;
    for (const FigureRecord &f : figures) {
        XlsxSourceRow row;
        row.title = QStringLiteral("%1 (%2, %3)").arg(f.metric(language), f.actor, f.period);
        row.reportLine = f.report.line;
        QStringList citations;
        for (const SourceRef &ref : f.sources)
            citations << ref.citation;
        row.citation = citations.join(QStringLiteral("; "));
        rows << row;
    }
    return rows;
}

} // namespace Atlas
