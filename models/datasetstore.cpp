#include "datasetstore.h"

#include "database.h"
#include "datasetbuilder.h"
#include "datasetreader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

namespace Atlas {

namespace {

// Renames from over to in one step where the platform can (POSIX rename replaces atomically).
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    QFile::remove(to);
    return QFile::rename(from, to);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// Copies in chunks, hashing what was read; flushes to disk before returning.
bool copyHashing(const QString &from, const QString &to, QByteArray *sha256Hex, QString *error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = out.errorString();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = in.errorString();
            return false;
        }
        hash.addData(buffer);
        if (out.write(buffer) != buffer.size()) {
            *error = out.errorString();
            return false;
        }
    }
    if (!out.flush()) {
        *error = out.errorString();
        return false;
    }
    out.close();
    *sha256Hex = hash.result().toHex();
    return true;
}

} // namespace

DatasetStore::DatasetStore(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

QString DatasetStore::dataDirFor(const QString &userDatabasePath)
{
    if (userDatabasePath.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QFileInfo(userDatabasePath).absolutePath();
}

QString DatasetStore::datasetsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("datasets"));
}

QString DatasetStore::installedPath() const
{
    return QDir(datasetsDir()).filePath(QStringLiteral("atlas.sqlite"));
}

QString DatasetStore::previousPath() const
{
    return QDir(datasetsDir()).filePath(QStringLiteral("atlas.previous.sqlite"));
}

bool DatasetStore::hasInstalled() const
{
    return QFileInfo::exists(installedPath());
}

QString DatasetStore::embeddedSourceDir()
{
    return QStringLiteral(":/dataset");
}

QString DatasetStore::bundledPath(const QString &applicationDirPath)
{
    const QDir appDir(applicationDirPath);
    const QStringList candidates = {
        appDir.filePath(QStringLiteral("../share/ai-policy-atlas/atlas.sqlite")),
        appDir.filePath(QStringLiteral("atlas.sqlite")), // Windows: data beside the .exe
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    }
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("ai-policy-atlas/atlas.sqlite"));
}

QString DatasetStore::activePath(const QString &applicationDirPath) const
{
    const QString bundled = bundledPath(applicationDirPath);
    if (!hasInstalled())
        return bundled;
    const QString installed = installedPath();
    const DatasetHealth mine = check(installed, Check::Header);
    if (!mine.ok)
        return installed;
    const DatasetHealth shipped = check(bundled, Check::Header);
    if (shipped.ok && shipped.info.id == mine.info.id && compareVersions(shipped.info.version, mine.info.version) > 0)
        return bundled;
    return installed;
}

DatasetHealth DatasetStore::check(const QString &path, Check depth)
{
    DatasetHealth health;
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !file.exists()) {
        health.problem = path.isEmpty() ? tr("The dataset file (atlas.sqlite) is missing.")
                                        : tr("The dataset file %1 is missing.").arg(shown);
        return health;
    }
    if (!file.isFile() || !file.isReadable()) {
        health.problem = tr("The dataset file %1 cannot be read.").arg(shown);
        return health;
    }
    if (file.size() == 0) {
        health.problem = tr("The dataset file %1 is empty.").arg(shown);
        return health;
    }
    const QString name = QStringLiteral("atlas-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto run = [&]() -> QString {
            if (!db.open())
                return tr("The dataset file %1 cannot be opened: %2").arg(shown, db.lastError().text());
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return tr("The file %1 is not a dataset: it is not a SQLite database, or it is badly damaged.")
                    .arg(shown);
            const int schema = q.value(0).toInt();
            health.info.schemaVersion = schema;
            if (depth == Check::Full || (depth == Check::Quick && file.size() <= QuickCheckLimit)) {
                const QString pragma = depth == Check::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                            : QStringLiteral("PRAGMA quick_check(20)");
                if (!q.exec(pragma))
                    return tr("The dataset file %1 is damaged: %2").arg(shown, q.lastError().text());
                QStringList report;
                while (q.next())
                    report << q.value(0).toString();
                if (report != QStringList { QStringLiteral("ok") })
                    return tr("The dataset file %1 is damaged (the integrity check failed: %2).")
                        .arg(shown, report.value(0));
            }
            if (schema != Database::expectedBaseSchemaVersion())
                return tr("The dataset file %1 has schema version %2; this program reads version %3.")
                    .arg(shown)
                    .arg(schema)
                    .arg(Database::expectedBaseSchemaVersion());
            if (!q.exec(QStringLiteral("SELECT key, value FROM dataset")))
                return tr("The dataset file %1 is damaged: %2").arg(shown, q.lastError().text());
            while (q.next()) {
                const QString key = q.value(0).toString();
                if (key == u"id")
                    health.info.id = q.value(1).toString();
                else if (key == u"version")
                    health.info.version = q.value(1).toString();
                else if (key == u"published")
                    health.info.published = q.value(1).toString();
                else if (key == u"title_ko")
                    health.info.titleKo = q.value(1).toString();
                else if (key == u"title_en")
                    health.info.titleEn = q.value(1).toString();
            }
            if (health.info.id.isEmpty() || health.info.version.isEmpty())
                return tr("The dataset file %1 has no header (id and version).").arg(shown);
            // The tables every view reads must be there.
            for (const QString &table : { QStringLiteral("item"), QStringLiteral("actor"), QStringLiteral("figure"),
                                          QStringLiteral("series") }) {
                q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
                q.addBindValue(table);
                if (!q.exec() || !q.next())
                    return tr("The dataset file %1 is incomplete: the table \"%2\" is missing.").arg(shown, table);
            }
            return {};
        };
        health.problem = run();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    health.ok = health.problem.isEmpty();
    return health;
}

int DatasetStore::compareVersions(const QString &a, const QString &b)
{
    static const QRegularExpression separators(QStringLiteral("[.\\-_ ]"));
    const QStringList pa = a.split(separators, Qt::SkipEmptyParts);
    const QStringList pb = b.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const QString x = pa.value(i);
        const QString y = pb.value(i);
        bool xn = false, yn = false;
        const qlonglong nx = x.isEmpty() ? 0 : x.toLongLong(&xn);
        const qlonglong ny = y.isEmpty() ? 0 : y.toLongLong(&yn);
        if ((xn || x.isEmpty()) && (yn || y.isEmpty())) {
            if (nx != ny)
                return nx < ny ? -1 : 1;
            continue;
        }
        const int c = QString::compare(x, y);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

bool DatasetStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DatasetStore::install(const QString &sourcePath, const QByteArray &sha256Hex)
{
    m_error.clear();
    if (!QDir().mkpath(datasetsDir()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(datasetsDir())));
    const QString incoming = installedPath() + QStringLiteral(".incoming");
    QString error;
    QByteArray copied;
    if (!copyHashing(sourcePath, incoming, &copied, &error)) {
        QFile::remove(incoming);
        return fail(tr("Cannot copy the dataset into %1: %2").arg(QDir::toNativeSeparators(datasetsDir()), error));
    }
    if (!sha256Hex.isEmpty() && copied != sha256Hex.toLower()) {
        QFile::remove(incoming);
        return fail(tr("The copy of the dataset does not match its checksum; the medium may be failing. Nothing "
                       "was changed."));
    }
    const DatasetHealth health = check(incoming, Check::Full);
    if (!health.ok) {
        QFile::remove(incoming);
        return fail(health.problem);
    }
    // Keep what is replaced, for rollback; the previous previous goes.
    if (hasInstalled()) {
        const QString keep = previousPath() + QStringLiteral(".incoming");
        QByteArray ignored;
        if (!copyHashing(installedPath(), keep, &ignored, &error) || !replaceFile(keep, previousPath())) {
            QFile::remove(keep);
            QFile::remove(incoming);
            return fail(tr("Cannot keep the current dataset for rollback: %1").arg(error));
        }
    }
    if (!replaceFile(incoming, installedPath())) {
        QFile::remove(incoming);
        return fail(tr("Cannot put the new dataset in place in %1.").arg(QDir::toNativeSeparators(datasetsDir())));
    }
    return true;
}

bool DatasetStore::moveInstalledAside()
{
    if (!hasInstalled())
        return true;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = QDir(datasetsDir()).filePath(QStringLiteral("atlas.set-aside-%1.sqlite").arg(stamp));
    QFile::remove(aside);
    if (!QFile::rename(installedPath(), aside))
        return fail(tr("Cannot move the installed dataset %1 aside.").arg(QDir::toNativeSeparators(installedPath())));
    return true;
}

bool DatasetStore::restoreBundled(const QString &applicationDirPath, const QString &sourceDir)
{
    m_error.clear();
    m_restoredFrom.clear();
    if (!moveInstalledAside())
        return false;
    if (check(bundledPath(applicationDirPath), Check::Full).ok) {
        m_restoredFrom = QStringLiteral("bundled");
        return true;
    }
    if (!rebuildFrom(sourceDir))
        return false;
    m_restoredFrom = QStringLiteral("rebuilt");
    return true;
}

bool DatasetStore::rebuildFrom(const QString &sourceDir)
{
    m_error.clear();
    if (!QFileInfo(sourceDir).isDir())
        return fail(tr("This copy of the program carries no dataset to rebuild from. Reinstall the program."));
    DatasetReader reader;
    reader.readPath(sourceDir);
    if (!reader.validate())
        return fail(tr("The dataset inside the program cannot be read: %1").arg(reader.problemStrings().value(0)));
    if (!QDir().mkpath(datasetsDir()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(datasetsDir())));
    DatasetBuilder builder; // writes a temporary file and renames it into place when complete
    if (!builder.build(reader.dataset(), installedPath()))
        return fail(tr("Cannot rebuild the dataset: %1").arg(builder.errorString()));
    return true;
}

} // namespace Atlas
