// make bench: every figure is a median of repeated runs, compared with a baseline measured in
// the same run on the same machine, because these machines are shared and noisy.
// Writes a table to stdout and results.json (a list of {name, median, unit, baseline,
// baseline_median, ratio, goal, met}).
#include "actordirectory.h"
#include "atlascontext.h"
#include "benchsupport.h"
#include "database.h"
#include "itemfilter.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "mapwidget.h"
#include "syntheticdataset.h"
#include "timelineview.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <type_traits>

using namespace Atlas;
using namespace AtlasBench;

namespace {
// ATLAS_BENCH_TRACE_SQL=1: every statement the connection runs, with its time, on stderr
// (what a benchmark's time is spent on).
int traceStatement(unsigned type, void *, void *stmt, void *nanoseconds)
{
    if (type == SQLITE_TRACE_PROFILE) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
        std::fprintf(stderr, "sql %8.2f ms  %.4000s\n", *static_cast<qint64 *>(nanoseconds) / 1e6, sql ? sql : "?");
        sqlite3_free(sql);
    }
    return 0;
}
void traceSql(const QSqlDatabase &connection)
{
    if (!qEnvironmentVariableIsSet("ATLAS_BENCH_TRACE_SQL"))
        return;
    const QVariant handle = connection.driver()->handle();
    if (auto *db = *static_cast<sqlite3 *const *>(handle.data()))
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, traceStatement, nullptr);
}

class SqliteBaseline
{
public:
    explicit SqliteBaseline(const QString &dbPath)
    {
        sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
        const QByteArray attach = "ATTACH DATABASE 'file:" + dbPath.toUtf8() + "?mode=ro' AS base";
        sqlite3_exec(m_db, attach.constData(), nullptr, nullptr, nullptr);
    }
    ~SqliteBaseline() { sqlite3_close(m_db); }
    SqliteBaseline(const SqliteBaseline &) = delete;
    SqliteBaseline &operator=(const SqliteBaseline &) = delete;

    // ms to prepare, bind and step through every row, reading every column; rows into *rows.
    double run(const SqlCondition &query, int *rows)
    {
        QElapsedTimer t;
        t.start();
        const QByteArray sql = query.sql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            qFatal("baseline: %s", sqlite3_errmsg(m_db));
        for (int i = 0; i < query.values.size(); ++i) {
            const QVariant &v = query.values.at(i);
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        *rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++*rows;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        }
        sqlite3_finalize(stmt);
        return t.nsecsElapsed() / 1e6;
    }

private:
    sqlite3 *m_db = nullptr;
};

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
        // Keyed by N, the generator's version and the base schema: stale caches are not reused.
        // make bench generates it with atlas_synthetic while the rest compiles; that run's time is
        // in the file beside it.
        const QString path = benchPath(m_work, m_items);
        if (m_reportedGeneration)
            return path;
        m_reportedGeneration = true;
        QFile seconds(path + QStringLiteral(".seconds"));
        if (QFile::exists(path) && seconds.open(QIODevice::ReadOnly)) {
            const double s = seconds.readAll().trimmed().toDouble();
            seconds.remove();
            if (s > 0) {
                results << Result { QStringLiteral("generate %1 synthetic items").arg(m_items), s, QStringLiteral("s"),
                                    QString(), 0, QString(), false, false,
                                    QStringLiteral("one run, by atlas_synthetic while the benchmarks compiled; %1 MB")
                                        .arg(QFileInfo(path).size() >> 20) };
            }
        }
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
        // Each process says when its first paint was delivered, against the launch time passed in
        // (the same monotonic clock), so what follows the paint (quitting, tearing down) is not
        // counted; the whole process is reported too.
        const auto launch = [&](const QString &program, const QStringList &args, double *wholeMs) {
            QProcessEnvironment env = quietEnvironment(home.path());
            env.insert(QStringLiteral("ATLAS_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
            env.insert(QStringLiteral("ATLAS_LAUNCH_NS"),
                       QString::number(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()));
            QByteArray err;
            *wholeMs = timeProcess(program, args, env, &err);
            const int at = err.indexOf("first-paint-ns ");
            if (at < 0)
                qFatal("%s printed no first-paint-ns: %s", qPrintable(program), err.constData());
            return err.mid(at + 15).split('\n').value(0).toDouble() / 1e6;
        };
        QList<double> app, base, appWhole, baseWhole;
        for (int i = 0; i < runs(); ++i) {
            double whole = 0;
            base << launch(QStringLiteral(ATLAS_BASELINE_BINARY), {}, &whole);
            baseWhole << whole;
            app << launch(QStringLiteral(ATLAS_APP_BINARY),
                          { QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--user-database"),
                            home.filePath(QStringLiteral("user.sqlite")) },
                          &whole);
            appWhole << whole;
        }
        Result r { QStringLiteral("start-up to first painted window"), median(app), QStringLiteral("ms"),
                   QStringLiteral("QMainWindow + QTableView"), median(base), QStringLiteral("ratio ≤ 1.5"), true, false, QString() };
        r.met = r.ratio() <= 1.5;
        results << r;
        results << Result { QStringLiteral("start-up, whole process until it quits after the first paint"), median(appWhole),
                            QStringLiteral("ms"), QStringLiteral("the same for the baseline window"), median(baseWhole),
                            QStringLiteral("(reported)"), false, false, QString() };
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
        SqliteBaseline baseline(path);
        // The model's full count runs after the first page, on a worker thread that the next
        // filter cancels. Between runs no worker may still run (it would compete with the next
        // measurement); the warm-up run waits for its count and reports how long it took.
        const auto settle = [&] {
            while (model.countRunning())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        };
        for (const auto &[label, text] : queries) {
            QList<double> app, base;
            double countMs = 0;
            int matches = 0;
            ItemFilter filter;
            filter.text = text;
            int baselineRows = 0;
            for (int i = 0; i < runs() + 1; ++i) {
                model.setFilter({});
                settle();
                // The baseline first, while no count worker runs; the model's own query is the same.
                const double baseMs = baseline.run(ItemTableModel::rankedQuery(db.connection(), filter), &baselineRows);
                QElapsedTimer t;
                t.start();
                model.setFilter(filter);
                const int shown = model.rowCount();
                const double ms = t.nsecsElapsed() / 1e6;
                if (shown < qMin(100, model.totalCount()))
                    qFatal("search %s: %d rows", qPrintable(text), shown);
                if (i == 0) { // warm-up of both sides' page caches; time the full count once
                    settle();
                    countMs = t.nsecsElapsed() / 1e6;
                    matches = model.totalCount();
                }
                if (i == 0)
                    continue;
                app << ms;
                base << baseMs;
            }
            Result r { QStringLiteral("search to first 100 rows, %1 (%2), %3 items").arg(label, text).arg(m_items),
                       median(app), QStringLiteral("ms"), QStringLiteral("same ranking SQL via sqlite3"), median(base),
                       QStringLiteral("ratio ≤ 1.5, p95 < 50 ms"), true, false, QString() };
            const double p95 = percentile(app, 0.95);
            r.met = r.ratio() <= 1.5 && p95 < 50;
            r.note = QStringLiteral("p95 %1 ms; %2 matches, full count after %3 ms (worker); baseline %4 rows")
                         .arg(p95, 0, 'f', 1)
                         .arg(matches)
                         .arg(countMs, 0, 'f', 0)
                         .arg(baselineRows);
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
        if constexpr (std::is_same_v<View, TimelineView>) {
            // The case: all of 2016–2023 at once.
            static_cast<TimelineView *>(view)->canvas()->setRange(QDate(2016, 1, 1), QDate(2023, 12, 31));
            QCoreApplication::processEvents();
        }
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
        if constexpr (std::is_same_v<View, MapView>) {
            // The same repaint with the cached layers dropped first: what a repaint costs after the
            // counts, the layer or the month changed (and what every repaint cost before the cache).
            MapWidget *map = static_cast<MapView *>(view)->mapWidget();
            QList<double> cold;
            for (int i = 0; i < runs() * 3; ++i) {
                QElapsedTimer t;
                t.start();
                map->invalidateCache();
                view->render(&image);
                cold << t.nsecsElapsed() / 1e6;
            }
            results << Result { name + QStringLiteral(", cache dropped each time"), median(cold), QStringLiteral("ms"),
                                QString(), 0, QStringLiteral("(reported: the uncached cost)"), false, false,
                                QStringLiteral("view %1×%2").arg(view->width()).arg(view->height()) };
        }
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
        traceSql(db.connection());
        // Every page built (as after a session that visited them all), one of them shown.
        window.mapView();
        window.timelineView();
        window.chartsView();
        window.browseView();
        window.countriesView();
        // "Updated": the shown page has its new data and is repainted, the status bar shows the new
        // count, and every hidden page is marked stale (it refreshes when shown, before it paints).
        // Filter changes alternating between `on` and no filter, each timed until events are
        // processed and `then` has run.
        const auto toggling = [&](const ItemFilter &on, int n, const std::function<void()> &then) {
            QList<double> times;
            for (int i = 0; i < n; ++i) {
                QElapsedTimer t;
                t.start();
                context.setFilter(i % 2 == 0 ? on : ItemFilter {});
                QCoreApplication::processEvents();
                then();
                times << t.nsecsElapsed() / 1e6;
            }
            return median(times);
        };
        const auto repaint = [&] { window.repaint(); };
        const auto category = [](const QString &id) {
            ItemFilter f;
            f.categories = { id };
            return f;
        };
        for (const QString &shown : { QStringLiteral("browse"), QStringLiteral("map"), QStringLiteral("timeline") }) {
            window.showView(shown);
            QCoreApplication::processEvents();
            Result r { QStringLiteral("filter change (one category), %1 items, %2 shown").arg(m_items).arg(shown),
                       toggling(category(QStringLiteral("policy")), runs(), repaint), QStringLiteral("ms"), QString(), 0,
                       QStringLiteral("≤ 100 ms"), true, false, QStringLiteral("shown page repainted, hidden pages stale") };
            r.met = r.median <= 100;
            results << r;
            // Then showing a hidden page: it refreshes before its first paint (only that is timed).
            const QString other = shown == u"map" ? QStringLiteral("timeline") : QStringLiteral("map");
            QList<double> show;
            for (int i = 0; i < runs(); ++i) {
                context.setFilter(i % 2 == 0 ? category(QStringLiteral("industry")) : ItemFilter {});
                QCoreApplication::processEvents();
                QElapsedTimer t;
                t.start();
                window.showView(other);
                QCoreApplication::processEvents();
                window.repaint();
                show << t.nsecsElapsed() / 1e6;
                window.showView(shown);
                QCoreApplication::processEvents();
            }
            results << Result { QStringLiteral("then showing a stale page (%1), %2 items").arg(other).arg(m_items),
                                median(show), QStringLiteral("ms"), QString(), 0, QStringLiteral("(reported)"), false,
                                false, QStringLiteral("refresh on show + paint") };
        }
        // The strict reading of "all views updated": the filter changes, then every page is shown
        // and painted in turn, so each has refreshed.
        const QStringList pages { QStringLiteral("browse"), QStringLiteral("map"), QStringLiteral("timeline"),
                                  QStringLiteral("charts"), QStringLiteral("countries") };
        Result all { QStringLiteral("filter change (one category), %1 items, then all 5 pages shown and painted").arg(m_items),
                     toggling(category(QStringLiteral("research")), runs(),
                              [&] {
                                  for (const QString &page : pages) {
                                      window.showView(page);
                                      QCoreApplication::processEvents();
                                      window.repaint();
                                  }
                              }),
                     QStringLiteral("ms"), QString(), 0, QStringLiteral("≤ 100 ms"), true, false,
                     QStringLiteral("every page refreshed and painted") };
        all.met = all.median <= 100;
        results << all;
        // What the dataset's counts do not answer (an actor picked, say) is still counted over the
        // items: reported, from fewer runs, so the table shows what is left.
        window.showView(QStringLiteral("map"));
        QCoreApplication::processEvents();
        ItemFilter actor;
        actor.actors = { QStringLiteral("KOR") };
        results << Result { QStringLiteral("filter change (one actor, not in the count table), %1 items, map shown").arg(m_items),
                            toggling(actor, qMin(3, runs()), repaint), QStringLiteral("ms"), QString(), 0,
                            QStringLiteral("(reported)"), false, false, QStringLiteral("counted over the items") };
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
    bool m_reportedGeneration = false;
};

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
