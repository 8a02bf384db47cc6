#pragma once

#include "itemjson.h"
#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
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
    // The same without a JSON round trip: the item's columns, what item.json keeps
    // (ItemJson::residual) and its sources (the synthetic generator's fast path).
    bool addItem(const ItemJson::Columns &columns, const QJsonObject &residual, const QJsonArray &sources);
    bool addSeries(const QJsonObject &series);
    bool addFigure(const QJsonObject &figure);
    bool addFinding(const QJsonObject &finding);
    bool finish(); // commits, indexes, and renames the new file into place
    void abort(); // removes the partial file

    // For the user's own-records overlay (OwnRecords): item rowids start at `offset` so they never
    // clash with the base dataset's, and actors of the base dataset that own items name are made
    // known (for the map's rollup and the search index) without being written. Call after begin().
    void setRowidOffset(qint64 offset) { m_nextRowid = offset; }
    void addKnownActor(const QJsonObject &actor);

private:
    struct Statements;
    bool insertSources(const QString &kind, const QJsonObject &record);
    bool insertSources(const QString &kind, const QString &id, const QJsonArray &sources);
    bool fail(const QString &what, const QString &detail);

    QString m_error;
    QString m_outputPath;
    QString m_tmpPath;
    QString m_connection;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, QJsonObject> m_actors;
    qint64 m_nextRowid = 0; // 0: SQLite assigns item rowids
    QStringList m_deferredIndexes; // CREATE INDEX statements run in finish(), after the bulk load
};

} // namespace Atlas
