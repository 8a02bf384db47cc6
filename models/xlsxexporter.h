#pragma once

#include "language.h"
#include "seriesrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Atlas {

// One line of the Sources sheet: where a row (an item) or a series of the Data sheet comes from.
struct XlsxSourceRow
{
    QString title;
    int reportLine = 0; // the SPRi report's line number; 0 = not known
    QString citation; // the original citation(s)
    bool derived = false; // computed here, not stated by the report
};

// What an .xlsx holds: the table (header row, then rows), and its title, unit line and source line.
struct XlsxDocument
{
    QString title;
    QString subtitle;
    QString sourceLine;
    const QAbstractItemModel *model = nullptr;
    QList<XlsxSourceRow> sources;
};

// Writes a table model as an Excel workbook through libxlsxwriter: a Data sheet (header row bold
// and frozen, numbers as numbers, dates as text, widths that fit the text) and a Sources sheet
// (the title, the unit and source lines, then one line per row or series). Sheet names follow the
// UI language. The workbook is written beside the target under a temporary name and renamed into
// place, so a failure never leaves a half-written file.
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::XlsxExporter)

public:
    static bool write(const QString &file, const XlsxDocument &document, QString *error = nullptr);

    static QString dataSheetName();
    static QString sourcesSheetName();

    // Source lines for a chart's data: one per series, or one per figure.
    static QList<XlsxSourceRow> seriesSources(const QList<SeriesRecord> &series, Language language);
    static QList<XlsxSourceRow> figureSources(const QList<FigureRecord> &figures, Language language);
};

} // namespace Atlas
