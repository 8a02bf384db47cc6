#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace Atlas {

// Writes a table model as CSV: UTF-8 with a BOM (so Excel opens Korean correctly), a header row
// from headerData, then every row's DisplayRole, quoted as RFC 4180 says. A chart's Table tab
// and its CSV download are the same model, so they never disagree.
class ModelCsv
{
public:
    static bool write(const QAbstractItemModel *model, QIODevice *out);
    // The same rows for the clipboard: tab-separated text (tabs and line breaks inside a cell become
    // spaces) and an HTML table, which spreadsheets and word processors paste as cells.
    static QString tabSeparated(const QAbstractItemModel *model);
    static QString html(const QAbstractItemModel *model);
};

} // namespace Atlas
