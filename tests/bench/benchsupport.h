#pragma once

// What every benchmark of make bench shares: a result row, medians and percentiles, timing a
// whole process, the table and results.json, and where the synthetic dataset is kept.

#include "database.h"
#include "syntheticdataset.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace AtlasBench {

struct Result
{
    QString name;
    double median = 0;
    QString unit;
    QString baseline;
    double baselineMedian = 0;
    QString goal;
    bool hasGoal = false;
    bool met = false;
    QString note;

    double ratio() const { return baselineMedian > 0 ? median / baselineMedian : 0; }
};

double percentile(QList<double> v, double p);
double median(const QList<double> &v);
// Measured runs per benchmark: ATLAS_BENCH_RUNS, 7 by default.
int runs();

// The environment of a measured process: offscreen, with its own home and settings.
QProcessEnvironment quietEnvironment(const QString &home);
// Wall time of a whole process, in ms; stderr into *err.
double timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   QByteArray *err = nullptr);

void printTable(const QList<Result> &results);
QByteArray toJson(const QList<Result> &results);

// Where make bench keeps a dataset of `count` items in `dir`: the name holds the count, the
// generator's Version and the base schema version, so a stale file is never reused.
inline QString benchPath(const QString &dir, qint64 count)
{
    return dir
        + QStringLiteral("/synthetic-%1-g%2-s%3.sqlite")
              .arg(count)
              .arg(Atlas::SyntheticDataset::Version)
              .arg(Atlas::Database::expectedBaseSchemaVersion());
}

} // namespace AtlasBench
