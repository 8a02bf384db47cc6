#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QString>

namespace Atlas {

// The result of checking one base dataset file before it is used or installed.
struct DatasetHealth
{
    bool ok = false;
    QString problem; // plain words, empty when ok
    DatasetInfo info; // id, version and schema when the header could be read
};

// Where base datasets live and which one is active. The bundled atlas.sqlite (next to the program)
// is never written; an installed update lives in <data dir>/datasets/atlas.sqlite, the dataset it
// replaced in atlas.previous.sqlite (for rollback and "What changed"). The data dir is the folder of
// the user database, so --user-database keeps tests and staff profiles apart.
class DatasetStore
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetStore)

public:
    enum class Check { Header, Quick, Full };

    explicit DatasetStore(const QString &dataDir);
    // The data dir that belongs to a user database (empty: the default AppDataLocation).
    static QString dataDirFor(const QString &userDatabasePath);

    QString dataDir() const { return m_dataDir; }
    QString datasetsDir() const;
    QString installedPath() const;
    QString previousPath() const;
    bool hasInstalled() const;

    // The dataset shipped with the program: ../share/ai-policy-atlas/atlas.sqlite from the binary
    // (build tree, package, unpacked archive), beside the .exe, or in the generic data location.
    static QString bundledPath(const QString &applicationDirPath);
    // The installed update unless the bundled copy is strictly newer (a newer program package
    // brings newer data); a damaged installed file stays active so start-up can report it.
    QString activePath(const QString &applicationDirPath) const;

    // Header: opens read-only and reads schema and header (cheap). Quick: plus PRAGMA quick_check
    // on files up to QuickCheckLimit. Full: PRAGMA integrity_check.
    static DatasetHealth check(const QString &path, Check depth = Check::Quick);
    static constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

    // Copies a verified dataset file into place atomically (temp file, then rename) and keeps the
    // one it replaces as atlas.previous.sqlite. sha256 (hex) is checked on the copy.
    bool install(const QString &sourcePath, const QByteArray &sha256Hex);
    // Drops the installed dataset (moved aside with a time stamp, never deleted). If the bundled
    // copy is missing or damaged, rebuilds it from the JSON in sourceDir into the installed slot.
    bool restoreBundled(const QString &applicationDirPath, const QString &sourceDir = embeddedSourceDir());
    bool rebuildFrom(const QString &sourceDir);
    // The interchange JSON compiled into the program (resources/data, compressed; read only here).
    static QString embeddedSourceDir();
    // What restoreBundled() did, for the user: empty, "bundled" or "rebuilt".
    QString restoredFrom() const { return m_restoredFrom; }

    // Compares dataset versions ("2023.1" < "2023.10" < "2024"): <0, 0, >0.
    static int compareVersions(const QString &a, const QString &b);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool moveInstalledAside();

    QString m_dataDir;
    QString m_error;
    QString m_restoredFrom;
};

} // namespace Atlas
