#pragma once

#include "itemfilter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>

namespace Atlas {

// Exports the items matching the shared filter, as the browse view shows them:
// CSV (UTF-8 with a BOM, so Excel opens Korean correctly) and the interchange JSON format.
class ItemExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::ItemExporter)

public:
    explicit ItemExporter(QSqlDatabase db);

    bool writeCsv(QIODevice *device, const ItemFilter &filter);
    // An interchange document with the dataset header, the matching items, and the actors they
    // name (with their home countries and parents), so the file stands on its own for --import.
    bool writeJson(QIODevice *device, const ItemFilter &filter);
    QByteArray toJson(const ItemFilter &filter);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Atlas
