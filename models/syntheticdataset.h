#pragma once

#include "itemjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Atlas {

// A plausible dataset of N items for scale tests and benchmarks (--generate-synthetic N OUT):
// real actors, dates skewed towards 2023 with the report's mix of day, month and year precision,
// the four categories in the report's proportions, and bilingual titles and summaries of
// realistic length. Deterministic: the same N and seed give the same data.
class SyntheticDataset
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::SyntheticDataset)

public:
    // Bumped whenever the output changes, so cached benchmark datasets are rebuilt.
    static constexpr int Version = 2;

    explicit SyntheticDataset(quint32 seed = 2023);

    QJsonObject header(qint64 count) const;
    QList<QJsonObject> actors() const;
    QJsonObject item(qint64 index) const;
    // The same item as the builder stores it: its columns and its sources (no JSON round trip).
    void item(qint64 index, ItemJson::Columns *columns, QJsonArray *sources) const;
    QList<QJsonObject> series() const;
    QList<QJsonObject> figures() const;

    // OUT ending in .json: the interchange format, streamed; anything else: a base SQLite file.
    bool write(qint64 count, const QString &path);
    QString errorString() const { return m_error; }

private:
    bool writeSqlite(qint64 count, const QString &path);
    bool writeJson(qint64 count, const QString &path);

    quint32 m_seed;
    QString m_error;
};

} // namespace Atlas
