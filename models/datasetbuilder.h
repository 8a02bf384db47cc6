#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace Atlas {

// Compiles a validated Dataset into a base SQLite file (the shipped, read-only atlas.sqlite).
// It writes to a temporary file beside the target and renames it into place only when every
// record is in, so a failed build never leaves a half-written dataset.
class DatasetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetBuilder)

public:
    DatasetBuilder();
    ~DatasetBuilder();
    DatasetBuilder(const DatasetBuilder &) = delete;
    DatasetBuilder &operator=(const DatasetBuilder &) = delete;

    // Compiles a whole dataset: begin(), every record, finish().
    bool build(const Dataset &dataset, const QString &outputPath);
    QString errorString() const { return m_error; }

    // Streaming use (the synthetic generator writes a million items this way). Actors must be
    // added before the items that name them, so their names go into the search index.
    bool begin(const QString &outputPath);
    bool addHeader(const QJsonObject &header);
    bool addActor(const QJsonObject &actor);
    bool addItem(const QJsonObject &item);
    bool addSeries(const QJsonObject &series);
    bool addFigure(const QJsonObject &figure);
    bool addFinding(const QJsonObject &finding);
    bool finish(); // commits, indexes, and renames the new file into place
    void abort(); // removes the partial file

private:
    struct Statements;
    bool insertSources(const QString &kind, const QJsonObject &record);
    bool fail(const QString &what, const QString &detail);

    QString m_error;
    QString m_outputPath;
    QString m_tmpPath;
    QString m_connection;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, QJsonObject> m_actors;
};

} // namespace Atlas
