#include "database.h"

#include "datasetstore.h"
#include "migrator.h"
#include "ownrecords.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace Atlas {

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("atlas-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

int Database::expectedBaseSchemaVersion()
{
    return Migrator(Migrator::Set::Base).latestVersion();
}

QString Database::defaultUserPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user.sqlite");
}

QString Database::findBaseDataset(const QString &applicationDirPath)
{
    // An installed update (AppDataLocation/datasets/) wins over the bundled copy unless the bundled
    // one is newer; see DatasetStore.
    return DatasetStore(DatasetStore::dataDirFor(QString())).activePath(applicationDirPath);
}

bool Database::open(const QString &basePath, const QString &userPath)
{
    close();
    m_error.clear();
    m_basePath = basePath;
    m_userPath = userPath;

    const QFileInfo baseInfo(basePath);
    if (basePath.isEmpty() || !baseInfo.isFile())
        return fail(tr("The dataset file %1 does not exist.").arg(QDir::toNativeSeparators(basePath)));
    if (!userPath.isEmpty() && !QDir().mkpath(QFileInfo(userPath).absolutePath()))
        return fail(tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(userPath)));

    m_notice.clear();
    if (!openUser(userPath)) {
        // A damaged user database is moved aside, never deleted, and a fresh one takes its place.
        if (!m_userDamaged || userPath.isEmpty() || !QFileInfo::exists(userPath) || !moveAsideDamaged(userPath)
            || !openUser(userPath))
            return false;
        m_error.clear();
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    QUrl url = QUrl::fromLocalFile(baseInfo.absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    url.setQuery(query);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS base"));
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (!q.exec())
        return fail(tr("Cannot open the dataset %1: %2").arg(basePath, q.lastError().text()));
    if (!readInfo())
        return false;
    if (!refreshOverlay())
        qWarning("Own records overlay: %s", qPrintable(m_overlayError));
    return true;
}

QString Database::overlayPath() const
{
    if (!m_userPath.isEmpty())
        return m_userPath + QStringLiteral(".own.sqlite");
    return m_overlayDir ? m_overlayDir->filePath(QStringLiteral("own.sqlite")) : QString();
}

void Database::dropOverlay()
{
    if (!m_overlay)
        return;
    m_overlay = false;
    OwnRecords::setSearchIndexAttached(false);
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    for (const QString &table : OwnRecords::tables())
        q.exec(QStringLiteral("DROP VIEW IF EXISTS temp.%1").arg(table)); // names from a fixed list
    if (!q.exec(QStringLiteral("DETACH DATABASE own")))
        qWarning("Cannot detach the own records overlay: %s", qPrintable(q.lastError().text()));
}

bool Database::refreshOverlay()
{
    dropOverlay();
    m_overlayError.clear();
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.user_record)")) || !q.next()) {
        m_overlayError = q.lastError().text();
        return false;
    }
    if (!q.value(0).toBool()) {
        q.finish();
        if (!m_userPath.isEmpty())
            QFile::remove(overlayPath()); // a stale overlay of deleted records: nothing may read it
        return true;
    }
    q.finish();
    if (m_userPath.isEmpty() && !m_overlayDir) {
        m_overlayDir = std::make_unique<QTemporaryDir>();
        if (!m_overlayDir->isValid()) {
            m_overlayError = m_overlayDir->errorString();
            m_overlayDir.reset();
            return false;
        }
    }
    const QString path = overlayPath();
    // Always rebuilt from user_record, so a damaged or outdated overlay simply goes away.
    if (!OwnRecords::compile(db, path, &m_overlayError))
        return false;
    QUrl url = QUrl::fromLocalFile(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    url.setQuery(query);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS own"));
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (!q.exec()) {
        m_overlayError = q.lastError().text();
        return false;
    }
    m_overlay = true;
    OwnRecords::setSearchIndexAttached(true);
    for (const QString &table : OwnRecords::tables()) {
        // Table names come from a fixed list, never from input.
        if (!q.exec(QStringLiteral("CREATE TEMP VIEW %1 AS SELECT * FROM base.%1 UNION ALL SELECT * FROM own.%1")
                        .arg(table))) {
            m_overlayError = q.lastError().text();
            dropOverlay();
            return false;
        }
    }
    return true;
}

bool Database::openUser(const QString &userPath)
{
    m_userDamaged = false;
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(userPath.isEmpty() ? QStringLiteral(":memory:") : userPath);
        // URI filenames let ATTACH open the base dataset with mode=ro.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            m_error = tr("Cannot open your user database %1: %2").arg(userPath, db.lastError().text());
            return false;
        }
    }
    QSqlDatabase db = connection();
    bool ok = true;
    {
        QSqlQuery q(db);
        if (!userPath.isEmpty()) {
            // WAL keeps the user database consistent if the app is killed mid-write.
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
                const QString why = q.lastError().text();
                m_error = tr("Cannot use your user database %1: %2").arg(userPath, why);
                // SQLITE_NOTADB / SQLITE_CORRUPT, as opposed to a lock or a permission problem.
                m_userDamaged = why.contains(u"not a database") || why.contains(u"malformed");
                ok = false;
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != u"ok") {
                m_error = tr("Your user database %1 is damaged.").arg(userPath);
                m_userDamaged = true;
                ok = false;
            }
        }
        if (ok) {
            Migrator userMigrator(Migrator::Set::User);
            if (!userMigrator.migrate(db)) {
                m_error = tr("Cannot update your user database: %1").arg(userMigrator.errorString());
                ok = false;
            }
        }
    }
    if (!ok) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return ok;
}

bool Database::moveAsideDamaged(const QString &userPath)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = userPath + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(userPath, aside)) {
        m_error = tr("Your user database %1 is damaged and could not be moved aside.").arg(userPath);
        return false;
    }
    // WAL and shared-memory files belong to the damaged file.
    for (const char16_t *suffix : { u"-wal", u"-shm" }) {
        const QString side = userPath + QString::fromUtf16(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QString::fromUtf16(suffix));
    }
    m_notice = tr("Your user database was damaged. It was moved to %1 and a new, empty one was created.")
                   .arg(QDir::toNativeSeparators(aside));
    return true;
}

bool Database::readInfo()
{
    QSqlDatabase db = connection();
    const int version = Migrator::userVersion(db, QStringLiteral("base"));
    if (version < 0)
        return fail(tr("The file %1 is not a dataset (it is not a SQLite database).").arg(m_basePath));
    if (version != expectedBaseSchemaVersion())
        return fail(tr("The dataset %1 has schema version %2; this program reads version %3.")
                        .arg(m_basePath)
                        .arg(version)
                        .arg(expectedBaseSchemaVersion()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM base.dataset")))
        return fail(tr("The dataset %1 is damaged: %2").arg(m_basePath, q.lastError().text()));
    m_info = {};
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"id")
            m_info.id = value;
        else if (key == u"version")
            m_info.version = value;
        else if (key == u"published")
            m_info.published = value;
        else if (key == u"title_ko")
            m_info.titleKo = value;
        else if (key == u"title_en")
            m_info.titleEn = value;
        else if (key == u"publisher_ko")
            m_info.publisherKo = value;
        else if (key == u"publisher_en")
            m_info.publisherEn = value;
    }
    m_info.schemaVersion = version;
    if (!m_info.isValid())
        return fail(tr("The dataset %1 has no header (id and version).").arg(m_basePath));
    return true;
}

void Database::close()
{
    dropOverlay();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_info = {};
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace Atlas
