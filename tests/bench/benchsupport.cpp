#include "benchsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace AtlasBench {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double index = p * (v.size() - 1);
    const int lo = int(index);
    const int hi = qMin(lo + 1, int(v.size() - 1));
    return v.at(lo) + (v.at(hi) - v.at(lo)) * (index - lo);
}

double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

int runs()
{
    const int n = qEnvironmentVariableIntValue("ATLAS_BENCH_RUNS");
    return n > 0 ? n : 7;
}

QProcessEnvironment quietEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

double timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   QByteArray *err)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(600000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (err)
        *err = p.readAllStandardError();
    return ms;
}

// The baseline of the search benchmark: the very statement the item model runs for its first
// page (ItemTableModel::rankedQuery(): the ranked candidate set, read to the end), prepared,
// bound and stepped through the sqlite3 C library on its own connection to the same file,
// opened once like the app's (so both sides run with a warm page cache).

void printTable(const QList<Result> &results)
{
    std::printf("\n%-66s %10s %-5s %10s %7s  %-24s %s\n", "benchmark", "median", "unit", "baseline", "ratio",
                "goal", "met");
    for (const Result &r : results) {
        std::printf(
            "%-66s %10.1f %-5s %10s %7s  %-24s %s  %s\n", qPrintable(r.name), r.median, qPrintable(r.unit),
            r.baselineMedian > 0 ? qPrintable(QString::number(r.baselineMedian, 'f', 1)) : "-",
            r.baselineMedian > 0 ? qPrintable(QString::number(r.ratio(), 'f', 2)) : "-", qPrintable(r.goal),
            !r.hasGoal  ? "-"
                : r.met ? "yes"
                        : "NO",
            qPrintable(r.note));
    }
}

QByteArray toJson(const QList<Result> &results)
{
    QJsonArray array;
    for (const Result &r : results) {
        array.append(QJsonObject {
            { QStringLiteral("name"), r.name },
            { QStringLiteral("median"), r.median },
            { QStringLiteral("unit"), r.unit },
            { QStringLiteral("baseline"), r.baseline.isEmpty() ? QJsonValue() : QJsonValue(r.baseline) },
            { QStringLiteral("baseline_median"),
              r.baselineMedian > 0 ? QJsonValue(r.baselineMedian) : QJsonValue() },
            { QStringLiteral("ratio"), r.baselineMedian > 0 ? QJsonValue(r.ratio()) : QJsonValue() },
            { QStringLiteral("goal"), r.goal },
            { QStringLiteral("met"), r.hasGoal ? QJsonValue(r.met) : QJsonValue() },
            { QStringLiteral("note"), r.note },
        });
    }
    return QJsonDocument(array).toJson();
}

} // namespace AtlasBench
