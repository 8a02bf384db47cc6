#include "datasetupdater.h"

#include "database.h"
#include "datasetstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Atlas {

namespace {
constexpr qint64 MaxManifestSize = 1024 * 1024;
const QString kManifest = QStringLiteral("manifest.json");
const QString kDatasetFile = QStringLiteral("atlas.sqlite");

// A manifest path must stay inside the bundle folder.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QString());
}
} // namespace

QByteArray DatasetUpdater::sha256Hex(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return hash.result().toHex();
}

DatasetUpdater::Inspection DatasetUpdater::inspect(const QString &path, const DatasetInfo &current)
{
    Inspection r;
    r.source = path;
    r.current = current;
    const QFileInfo picked(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!picked.exists()) {
        r.problems << tr("%1: does not exist").arg(shown);
        return r;
    }
    QString manifestPath;
    if (picked.isDir()) {
        const QDir dir(picked.absoluteFilePath());
        if (dir.exists(kManifest))
            manifestPath = dir.filePath(kManifest);
        else if (dir.exists(kDatasetFile))
            r.datasetPath = dir.filePath(kDatasetFile);
        else {
            r.problems << tr("%1: the folder holds neither manifest.json nor atlas.sqlite").arg(shown);
            return r;
        }
    } else if (picked.fileName().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        manifestPath = picked.absoluteFilePath();
    } else {
        r.datasetPath = picked.absoluteFilePath();
    }

    QString expectedId, expectedVersion;
    QByteArray expectedSha;
    if (!manifestPath.isEmpty()) {
        r.hasManifest = true;
        const QDir bundleDir = QFileInfo(manifestPath).absoluteDir();
        const QString m = QFileInfo(manifestPath).fileName();
        QFile file(manifestPath);
        if (!file.open(QIODevice::ReadOnly)) {
            r.problems << tr("%1: cannot be read: %2").arg(m, file.errorString());
            return r;
        }
        if (file.size() > MaxManifestSize) {
            r.problems << tr("%1: is too large to be a manifest").arg(m);
            return r;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            r.problems << (error.error != QJsonParseError::NoError
                               ? tr("%1: not valid JSON (%2 at byte %3)").arg(m, error.errorString()).arg(error.offset)
                               : tr("%1: not a JSON object").arg(m));
            return r;
        }
        const QJsonObject o = doc.object();
        if (o.value(u"format").toString() != QLatin1String(ManifestFormat))
            r.problems << tr("%1: format: expected \"%2\", found \"%3\"")
                              .arg(m, QLatin1String(ManifestFormat), o.value(u"format").toVariant().toString());
        const QJsonObject dataset = o.value(u"dataset").toObject();
        expectedId = dataset.value(u"id").toString();
        expectedVersion = dataset.value(u"version").toString();
        if (expectedId.isEmpty())
            r.problems << tr("%1: dataset.id: required").arg(m);
        if (expectedVersion.isEmpty())
            r.problems << tr("%1: dataset.version: required").arg(m);
        if (dataset.contains(u"schema") && dataset.value(u"schema").toInt() != Database::expectedBaseSchemaVersion())
            r.problems << tr("%1: dataset.schema: version %2; this program reads version %3")
                              .arg(m)
                              .arg(dataset.value(u"schema").toInt())
                              .arg(Database::expectedBaseSchemaVersion());
        r.created = o.value(u"created").toString();
        const QJsonArray files = o.value(u"files").toArray();
        if (files.isEmpty())
            r.problems << tr("%1: files: must list atlas.sqlite").arg(m);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject f = files.at(i).toObject();
            const QString where = QStringLiteral("%1: files[%2]").arg(m).arg(i);
            const QString rel = f.value(u"path").toString();
            const QString sha = f.value(u"sha256").toString();
            if (!isSafeRelativePath(rel)) {
                r.problems << tr("%1.path: \"%2\" is not a file name inside the bundle").arg(where, rel);
                continue;
            }
            if (!hex.match(sha).hasMatch()) {
                r.problems << tr("%1.sha256: not a SHA-256 checksum (64 hexadecimal digits)").arg(where);
                continue;
            }
            const QString full = bundleDir.filePath(rel);
            const QFileInfo fi(full);
            if (!fi.isFile()) {
                r.problems << tr("%1: %2 is missing from the bundle").arg(where, rel);
                continue;
            }
            if (f.contains(u"size") && qint64(f.value(u"size").toDouble(-1)) != fi.size()) {
                r.problems << tr("%1.size: %2 has %3 bytes, the manifest says %4")
                                  .arg(where, rel)
                                  .arg(fi.size())
                                  .arg(qint64(f.value(u"size").toDouble(-1)));
                continue;
            }
            QString readError;
            const QByteArray actual = sha256Hex(full, &readError);
            if (actual.isEmpty()) {
                r.problems << tr("%1: %2 cannot be read: %3").arg(where, rel, readError);
                continue;
            }
            if (actual != sha.toLower().toLatin1()) {
                r.problems << tr("%1.sha256: %2 does not match its checksum (the file is damaged or was changed)")
                                  .arg(where, rel);
                continue;
            }
            if (QFileInfo(rel).fileName() == kDatasetFile) {
                r.datasetPath = full;
                expectedSha = actual;
            }
        }
        if (r.datasetPath.isEmpty()) {
            if (!files.isEmpty() && r.problems.isEmpty())
                r.problems << tr("%1: files: must list atlas.sqlite").arg(m);
            return r;
        }
        if (!r.problems.isEmpty())
            return r; // the dataset file is not trusted yet
    }

    // The dataset file itself, read-only.
    const DatasetHealth health = DatasetStore::check(r.datasetPath, DatasetStore::Check::Full);
    if (!health.ok) {
        r.problems << health.problem;
        return r;
    }
    r.info = health.info;
    r.sha256 = expectedSha.isEmpty() ? sha256Hex(r.datasetPath) : expectedSha;
    const QString name = QFileInfo(r.datasetPath).fileName();
    if (r.hasManifest) {
        if (!expectedId.isEmpty() && expectedId != r.info.id)
            r.problems << tr("%1: dataset id \"%2\" differs from the manifest's \"%3\"").arg(name, r.info.id, expectedId);
        if (!expectedVersion.isEmpty() && expectedVersion != r.info.version)
            r.problems << tr("%1: dataset version \"%2\" differs from the manifest's \"%3\"")
                              .arg(name, r.info.version, expectedVersion);
    }
    if (current.isValid() && current.id != r.info.id)
        r.problems << tr("%1: this is the dataset \"%2\", not an update of \"%3\"").arg(name, r.info.id, current.id);
    r.order = current.isValid() ? DatasetStore::compareVersions(r.info.version, current.version) : 1;
    return r;
}

bool DatasetUpdater::makeBundle(const QString &db, const QString &outDir, QString *error)
{
    const DatasetHealth health = DatasetStore::check(db, DatasetStore::Check::Full);
    if (!health.ok) {
        *error = health.problem;
        return false;
    }
    if (!QDir().mkpath(outDir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    const QDir dir(outDir);
    const QString target = dir.filePath(kDatasetFile);
    if (QFileInfo(db).absoluteFilePath() != QFileInfo(target).absoluteFilePath()) {
        QFile in(db);
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size()) {
                *error = tr("Cannot write %1: %2").arg(target, out.errorString());
                return false;
            }
        }
        if (!out.commit()) {
            *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
    }
    QJsonObject dataset { { QStringLiteral("id"), health.info.id },
                          { QStringLiteral("version"), health.info.version },
                          { QStringLiteral("schema"), health.info.schemaVersion } };
    QJsonObject file { { QStringLiteral("path"), kDatasetFile },
                       { QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(target)) },
                       { QStringLiteral("size"), QFileInfo(target).size() } };
    QJsonObject manifest { { QStringLiteral("format"), QLatin1String(ManifestFormat) },
                           { QStringLiteral("dataset"), dataset },
                           { QStringLiteral("created"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                           { QStringLiteral("files"), QJsonArray { file } } };
    QSaveFile out(dir.filePath(kManifest));
    const QByteArray json = QJsonDocument(manifest).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(dir.filePath(kManifest), out.errorString());
        return false;
    }
    return true;
}

} // namespace Atlas
