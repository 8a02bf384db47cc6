#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Atlas {

// The app's one SQLite connection. Its main schema is the writable user database (notes,
// bookmarks, the user's own records); the shipped base dataset is ATTACHed as "base", opened with
// mode=ro, so nothing at run time can write to it and a new base dataset never touches user data.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // userPath empty: an in-memory user database (tests, command-line exports).
    bool open(const QString &basePath, const QString &userPath);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    // Set when open() had to move a damaged user database aside: tells the user where it is.
    QString notice() const { return m_notice; }

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString basePath() const { return m_basePath; }
    QString userPath() const { return m_userPath; }
    DatasetInfo info() const { return m_info; }

    // Where the user database lives by default (QStandardPaths::AppDataLocation).
    static QString defaultUserPath();
    // The base dataset shipped with the app: next to the binary's ../share/ai-policy-atlas/,
    // which holds in the build tree, in an installed package and in an unpacked archive.
    static QString findBaseDataset(const QString &applicationDirPath);

    static int expectedBaseSchemaVersion();

    // The user's own records (OwnRecords): when main.user_record has rows, they are compiled into
    // a derived file beside the user database (or in a temporary folder for an in-memory one),
    // attached read-only as "own", and TEMP VIEWs named like the dataset tables union base and own,
    // so every unqualified query sees both. With no own records there is no overlay and no view.
    // open() calls this; call it again after the records change. A failure leaves no overlay and
    // sets overlayError(): the records are safe in the user database either way.
    bool refreshOverlay();
    bool hasOverlay() const { return m_overlay; }
    QString overlayPath() const;
    QString overlayError() const { return m_overlayError; }

private:
    bool fail(const QString &message);
    bool readInfo();
    bool openUser(const QString &userPath);
    bool moveAsideDamaged(const QString &userPath);
    void dropOverlay();

    QString m_connectionName;
    QString m_basePath;
    QString m_userPath;
    QString m_error;
    QString m_notice;
    bool m_userDamaged = false; // set by openUser(): the file is not a healthy SQLite database
    DatasetInfo m_info;
    bool m_overlay = false;
    QString m_overlayError;
    std::unique_ptr<QTemporaryDir> m_overlayDir; // for an in-memory user database
};

} // namespace Atlas
