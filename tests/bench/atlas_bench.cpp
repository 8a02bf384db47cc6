// make bench: every figure is a median of repeated runs, compared with a baseline measured in
// the same run on the same machine, because these machines are shared and noisy.
// Writes a table to stdout and results.json (a list of {name, median, unit, baseline,
// baseline_median, ratio, goal, met}).
#include "actordirectory.h"
#include "atlascontext.h"
#include "database.h"
#include "itemfilter.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "syntheticdataset.h"
#include "timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Atlas;

namespace {
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

// Wall time of a whole process, in ms; stderr into *err.
double timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   QByteArray *err = nullptr)
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

// The same statements the item model runs, straight through the sqlite3 library.
double sqliteBaselineMs(const QString &dbPath, const SqlCondition &where, int limit)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
    const QByteArray attach = "ATTACH DATABASE 'file:" + dbPath.toUtf8() + "?mode=ro' AS base";
    sqlite3_exec(db, attach.constData(), nullptr, nullptr, nullptr);
    const QByteArray count = "SELECT COUNT(*) FROM base.item i WHERE " + where.sql.toUtf8();
    const QByteArray page = "SELECT i.rowid, i.id, i.date, i.precision, i.date_first, i.date_last, i.actor_ids, "
                            "i.category, i.type, i.title_ko, i.title_en, i.highlight FROM base.item i WHERE "
        + where.sql.toUtf8() + " ORDER BY i.date_first DESC, i.precision DESC, i.id DESC LIMIT "
        + QByteArray::number(limit) + " OFFSET 0";
    QElapsedTimer t;
    t.start();
    for (const QByteArray &sql : { count, page }) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
        for (int i = 0; i < where.values.size(); ++i) {
            const QByteArray v = where.values.at(i).toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        }
        sqlite3_finalize(stmt);
    }
    const double ms = t.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    return ms;
}

class Bench
{
public:
    Bench(const QString &workDir, qint64 items)
        : m_work(workDir)
        , m_items(items)
    {
        QDir().mkpath(m_work);
    }

    QList<Result> results;

    QString bigDatabase()
    {
        const QString path = m_work + QStringLiteral("/synthetic-%1.sqlite").arg(m_items);
        if (!QFile::exists(path)) {
            std::fprintf(stderr, "generating %lld synthetic items into %s (once; kept for later runs)…\n",
                         static_cast<long long>(m_items), qPrintable(path));
            QElapsedTimer t;
            t.start();
            SyntheticDataset generator;
            if (!generator.write(m_items, path))
                qFatal("synthetic dataset: %s", qPrintable(generator.errorString()));
            Result r;
            r.name = QStringLiteral("generate %1 synthetic items").arg(m_items);
            r.median = t.elapsed() / 1000.0;
            r.unit = QStringLiteral("s");
            r.note = QStringLiteral("one run; the file is %1 MB").arg(QFileInfo(path).size() >> 20);
            results << r;
        }
        return path;
    }

    void startup()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = [&] {
            QProcessEnvironment e = quietEnvironment(home.path());
            e.insert(QStringLiteral("ATLAS_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
            return e;
        }();
        QList<double> app, base;
        for (int i = 0; i < runs(); ++i) {
            base << timeProcess(QStringLiteral(ATLAS_BASELINE_BINARY), {}, env);
            app << timeProcess(QStringLiteral(ATLAS_APP_BINARY),
                               { QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--user-database"),
                                 home.filePath(QStringLiteral("user.sqlite")) },
                               env);
        }
        Result r { QStringLiteral("start-up to first painted window"), median(app), QStringLiteral("ms"),
                   QStringLiteral("QMainWindow + QTableView"), median(base), QStringLiteral("ratio ≤ 1.5"), true, false, QString() };
        r.met = r.ratio() <= 1.5;
        results << r;
    }

    void search()
    {
        const QString path = bigDatabase();
        Database db;
        if (!db.open(path, QString()))
            qFatal("%s", qPrintable(db.errorString()));
        ActorDirectory actors;
        actors.load(db.connection());
        ItemTableModel model;
        model.setPageSize(100);
        model.setSource(db.connection(), &actors);
        const QList<QPair<QString, QString>> queries = {
            { QStringLiteral("Korean, 2 characters"), QStringLiteral("규제") },
            { QStringLiteral("Korean, 3 characters"), QStringLiteral("반도체") },
            { QStringLiteral("Korean, 5 characters"), QStringLiteral("단계적으로") },
            { QStringLiteral("English word"), QStringLiteral("semiconductors") },
        };
        for (const auto &[label, text] : queries) {
            QList<double> app, base;
            ItemFilter filter;
            filter.text = text;
            for (int i = 0; i < runs(); ++i) {
                model.setFilter({});
                QElapsedTimer t;
                t.start();
                model.setFilter(filter);
                model.rowCount();
                app << t.nsecsElapsed() / 1e6;
                base << sqliteBaselineMs(path, filterCondition(filter), 100);
            }
            Result r { QStringLiteral("search to first 100 rows, %1 (%2), %3 items").arg(label, text).arg(m_items),
                       median(app), QStringLiteral("ms"), QStringLiteral("same SQL via sqlite3"), median(base),
                       QStringLiteral("ratio ≤ 1.5, p95 < 50 ms"), true, false, QString() };
            const double p95 = percentile(app, 0.95);
            r.met = r.ratio() <= 1.5 && p95 < 50;
            r.note = QStringLiteral("p95 %1 ms, %2 matches").arg(p95, 0, 'f', 1).arg(model.totalCount());
            results << r;
        }
    }

    template<typename View>
    void repaint(const QString &name, const QString &viewKey, const QString &database, double goalMs)
    {
        Database db;
        if (!db.open(database, QString()))
            qFatal("%s", qPrintable(db.errorString()));
        ActorDirectory actors;
        actors.load(db.connection());
        AtlasContext context(&db, &actors);
        MainWindow window(&context);
        window.resize(1920, 1080);
        window.show();
        window.showView(viewKey);
        QCoreApplication::processEvents();
        QWidget *view = window.findChild<View *>();
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        QList<double> times;
        for (int i = 0; i < runs() * 3; ++i) {
            QElapsedTimer t;
            t.start();
            view->render(&image);
            times << t.nsecsElapsed() / 1e6;
        }
        Result r { name, median(times), QStringLiteral("ms"), QString(), 0,
                   QStringLiteral("median ≤ %1 ms").arg(goalMs), true, false, QString() };
        r.met = r.median <= goalMs;
        r.note = QStringLiteral("view %1×%2").arg(view->width()).arg(view->height());
        results << r;
    }

    void filterChange()
    {
        const QString path = bigDatabase();
        Database db;
        if (!db.open(path, QString()))
            qFatal("%s", qPrintable(db.errorString()));
        ActorDirectory actors;
        actors.load(db.connection());
        AtlasContext context(&db, &actors);
        MainWindow window(&context);
        window.resize(1920, 1080);
        window.show();
        QCoreApplication::processEvents();
        QList<double> times;
        for (int i = 0; i < runs(); ++i) {
            ItemFilter f;
            if (i % 2 == 0)
                f.categories = { QStringLiteral("policy") };
            QElapsedTimer t;
            t.start();
            context.setFilter(f);
            QCoreApplication::processEvents();
            window.repaint();
            times << t.nsecsElapsed() / 1e6;
        }
        Result r { QStringLiteral("filter change (one category), %1 items, all views").arg(m_items), median(times),
                   QStringLiteral("ms"), QString(), 0, QStringLiteral("≤ 100 ms"), true, false, QString() };
        r.met = r.median <= 100;
        results << r;
    }

    void peakMemory(const QString &label, const QString &database, double goalMiB)
    {
        QTemporaryDir home;
        QProcessEnvironment env = quietEnvironment(home.path());
        env.insert(QStringLiteral("ATLAS_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("ATLAS_PRINT_PEAK_RSS"), QStringLiteral("1"));
        QList<double> mib;
        for (int i = 0; i < qMin(3, runs()); ++i) {
            QByteArray err;
            timeProcess(QStringLiteral(ATLAS_APP_BINARY),
                        { QStringLiteral("--database"), database, QStringLiteral("--user-database"),
                          home.filePath(QStringLiteral("user.sqlite")) },
                        env, &err);
            const int at = err.indexOf("peak-rss-kib ");
            if (at >= 0)
                mib << err.mid(at + 13).split('\n').value(0).toDouble() / 1024.0;
        }
        Result r { QStringLiteral("peak memory, %1").arg(label), median(mib), QStringLiteral("MiB"), QString(), 0,
                   QStringLiteral("≤ %1 MiB").arg(goalMiB), true, false, QString() };
        r.met = !mib.isEmpty() && r.median <= goalMiB;
        results << r;
    }

    void coldBuild()
    {
        QTemporaryDir out;
        QList<double> times;
        for (int i = 0; i < qMin(5, runs()); ++i) {
            times << timeProcess(QStringLiteral(ATLAS_APP_BINARY),
                                 { QStringLiteral("--build-dataset"), QStringLiteral(ATLAS_SOURCE_DIR "/resources/data"),
                                   out.filePath(QStringLiteral("atlas-%1.sqlite").arg(i)) },
                                 quietEnvironment(out.path()));
        }
        results << Result { QStringLiteral("cold build of the dataset from JSON"), median(times), QStringLiteral("ms"),
                            QString(), 0, QStringLiteral("(reported, no goal)"), false, false, QString() };
    }

    QString m_work;
    qint64 m_items;
};

void printTable(const QList<Result> &results)
{
    std::printf("\n%-66s %10s %-5s %10s %7s  %-24s %s\n", "benchmark", "median", "unit", "baseline", "ratio", "goal",
                "met");
    for (const Result &r : results) {
        std::printf("%-66s %10.1f %-5s %10s %7s  %-24s %s  %s\n", qPrintable(r.name), r.median, qPrintable(r.unit),
                    r.baselineMedian > 0 ? qPrintable(QString::number(r.baselineMedian, 'f', 1)) : "-",
                    r.baselineMedian > 0 ? qPrintable(QString::number(r.ratio(), 'f', 2)) : "-", qPrintable(r.goal),
                    !r.hasGoal ? "-" : r.met ? "yes" : "NO", qPrintable(r.note));
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
            { QStringLiteral("baseline_median"), r.baselineMedian > 0 ? QJsonValue(r.baselineMedian) : QJsonValue() },
            { QStringLiteral("ratio"), r.baselineMedian > 0 ? QJsonValue(r.ratio()) : QJsonValue() },
            { QStringLiteral("goal"), r.goal },
            { QStringLiteral("met"), r.hasGoal ? QJsonValue(r.met) : QJsonValue() },
            { QStringLiteral("note"), r.note },
        });
    }
    return QJsonDocument(array).toJson();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString out = value(QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const qint64 items = value(QStringLiteral("--items"), QStringLiteral("1000000")).toLongLong();
    const QString work = value(QStringLiteral("--work"), QFileInfo(out).absolutePath());
    const QString only = value(QStringLiteral("--only"), QString());

    Bench bench(work, items);
    const auto want = [&](const char *name) { return only.isEmpty() || only.split(u',').contains(QLatin1String(name)); };
    if (want("startup"))
        bench.startup();
    if (want("build"))
        bench.coldBuild();
    if (want("memory"))
        bench.peakMemory(QStringLiteral("real dataset"), QStringLiteral(ATLAS_DATASET), 150);
    if (want("map"))
        bench.repaint<MapView>(QStringLiteral("map repaint 1920×1080, choropleth on, real dataset"), QStringLiteral("map"),
                               QStringLiteral(ATLAS_DATASET), 8);
    if (want("search"))
        bench.search();
    if (want("timeline"))
        bench.repaint<TimelineView>(QStringLiteral("timeline repaint 1920×1080, %1 items").arg(items),
                                    QStringLiteral("timeline"), bench.bigDatabase(), 16);
    if (want("filter"))
        bench.filterChange();
    if (want("memory"))
        bench.peakMemory(QStringLiteral("%1 items").arg(items), bench.bigDatabase(), 400);

    printTable(bench.results);
    QDir().mkpath(QFileInfo(out).absolutePath());
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(bench.results)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("\nresults: %s\n", qPrintable(QFileInfo(out).absoluteFilePath()));
    return 0;
}
