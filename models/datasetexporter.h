#pragma once

#include "itemfilter.h"
#include "language.h"
#include "records.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>

namespace Atlas {

// Writes the open dataset back out: the interchange format (--export-json) and items as CSV
// (--export-csv; UTF-8 with a BOM so Excel opens Korean correctly).
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetExporter)

public:
    explicit DatasetExporter(QSqlDatabase db);

    // The whole dataset, base + the user's own records, as one interchange document.
    bool readDataset(Dataset *out);
    QByteArray toJson(const Dataset &dataset) const;
    bool writeJson(QIODevice *device);
    // The items matching `filter`, one row per item.
    bool writeCsv(QIODevice *device, const ItemFilter &filter = {});
    QString errorString() const { return m_error; }

    static QString csvField(const QString &value);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Atlas
