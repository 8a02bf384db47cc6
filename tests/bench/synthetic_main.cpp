// atlas_synthetic [--path] N DIR: make bench's synthetic dataset, generated into
// AtlasBench::benchPath(DIR, N) unless it is already there. It links only the core
// library, so make bench starts it as soon as that is built and compiles the views meanwhile.
// The generation time goes to PATH.seconds for atlas_bench's table. --path only prints the path.
#include "benchsupport.h"
#include "syntheticdataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Atlas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool pathOnly = args.removeAll(QStringLiteral("--path")) > 0;
    bool ok = false;
    const qint64 count = args.value(1).toLongLong(&ok);
    if (!ok || count <= 0 || args.size() != 3) {
        std::fprintf(stderr, "usage: atlas_synthetic [--path] N DIR\n");
        return 2;
    }
    const QString dir = args.at(2);
    const QString path = AtlasBench::benchPath(dir, count);
    if (pathOnly) {
        std::printf("%s\n", qPrintable(path));
        return 0;
    }
    if (QFile::exists(path)) {
        std::printf("%s: kept from an earlier run\n", qPrintable(path));
        return 0;
    }
    QDir().mkpath(dir);
    std::printf("generating %lld synthetic items into %s (once; kept for later runs)…\n", static_cast<long long>(count),
                qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    SyntheticDataset generator;
    if (!generator.write(count, path)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(generator.errorString()));
        return 1;
    }
    QSaveFile seconds(path + QStringLiteral(".seconds"));
    if (seconds.open(QIODevice::WriteOnly)) {
        seconds.write(QByteArray::number(timer.elapsed() / 1000.0, 'f', 1));
        seconds.commit();
    }
    std::printf("%s: %lld items in %.1f s\n", qPrintable(path), static_cast<long long>(count), timer.elapsed() / 1000.0);
    return 0;
}
