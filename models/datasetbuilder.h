#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Atlas {

// Compiles a validated Dataset into a base SQLite file (the shipped, read-only atlas.sqlite).
// It writes to a temporary file beside the target and renames it into place only when every
// record is in, so a failed build never leaves a half-written dataset.
class DatasetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetBuilder)

public:
    bool build(const Dataset &dataset, const QString &outputPath);
    QString errorString() const { return m_error; }

    // Inserts records into an open database whose "main" schema is at the latest base version.
    // Used by build() and by tests that need a small database.
    bool insertAll(QSqlDatabase &db, const Dataset &dataset);

private:
    bool insertActors(QSqlDatabase &db, const QList<QJsonObject> &actors);
    bool insertItems(QSqlDatabase &db, const Dataset &dataset);
    bool insertSeries(QSqlDatabase &db, const QList<QJsonObject> &series);
    bool insertFigures(QSqlDatabase &db, const QList<QJsonObject> &figures);
    bool insertFindings(QSqlDatabase &db, const QList<QJsonObject> &findings);
    bool insertSources(QSqlDatabase &db, const QString &kind, const QJsonObject &record);
    bool fail(const QString &what, const QString &detail);

    QString m_error;
};

} // namespace Atlas
