#pragma once

#include "itemfilter.h"
#include "language.h"
#include "xlsxexporter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStandardItemModel>

namespace Atlas {

// The items matching a filter as a plain table for a spreadsheet: every matching row, not only the
// rows the lazy browse model has fetched, with the titles and summaries in the UI language and one
// Sources line per item. Feeds XlsxExporter for the browse view's export and --export-xlsx.
class ItemSheet
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::ItemSheet)

public:
    enum Column { IdColumn, DateColumn, ActorsColumn, CategoryColumn, TypeColumn, TitleColumn, SummaryColumn,
                  ReportLineColumn, SourcesColumn, ColumnCount };

    explicit ItemSheet(QSqlDatabase db);

    // Fills `model` (cleared first) and `sources`; false with errorString() on an SQL error.
    bool read(const ItemFilter &filter, Language language, QStandardItemModel *model, QList<XlsxSourceRow> *sources);
    // read() and XlsxExporter::write() in one step.
    bool writeXlsx(const QString &file, const ItemFilter &filter, Language language, const QString &title,
                   const QString &subtitle, const QString &sourceLine);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Atlas
