#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

class QSqlQuery;

namespace Atlas {

// The user's own data in the user database: notes and bookmarks on any record, and records the
// user added or imported. None of it is ever written into the base dataset, so a new dataset
// replaces the old one without touching it.
//
// Imports are all or nothing: validate everything, show what would change, then write in one
// transaction (the user database is in WAL mode, so a crash mid-import leaves it as it was).
class UserDataStore
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::UserDataStore)

public:
    struct Note
    {
        QString targetKind; // "item", "actor", "series", "figure"
        QString targetId;
        QString text;
        QDateTime modified;
    };
    struct Bookmark
    {
        QString targetKind;
        QString targetId;
        QDateTime created;
    };
    // What an import would do, record by record ("items/usa-2024-…").
    struct ImportPlan
    {
        QStringList added;
        QStringList changed;
        QStringList unchanged;
        QStringList problems; // "path: message", as DatasetReader words them
        QList<Note> notes;
        QList<Bookmark> bookmarks;
        Dataset records;
        bool isValid() const { return problems.isEmpty(); }
    };

    explicit UserDataStore(QSqlDatabase db);

    QString note(const QString &kind, const QString &id) const;
    bool setNote(const QString &kind, const QString &id, const QString &text); // empty text deletes
    bool isBookmarked(const QString &kind, const QString &id) const;
    bool setBookmarked(const QString &kind, const QString &id, bool bookmarked);
    QList<Bookmark> bookmarks() const;
    QList<Note> notes() const;

    // The interchange format, plus two lists of the user's own ("notes", "bookmarks").
    ImportPlan planImport(const QByteArray &json) const;
    ImportPlan planImportFile(const QString &path) const;
    bool applyImport(const ImportPlan &plan, const QString &origin);

    // Everything of the user's in one interchange document that another installation imports.
    QByteArray exportUserData() const;
    Dataset userRecords() const;
    int userRecordCount() const;

    // One row of main.user_record, as stored: undo puts back exactly this.
    struct UserRecord
    {
        QString kind; // "item", "actor", "series", "figure"
        QString id;
        QString json; // compact interchange JSON
        QString origin; // "form", or the file it was imported from
        QString modified;
        bool isNull() const { return id.isEmpty(); }
        QJsonObject object() const;
    };
    UserRecord userRecord(const QString &kind, const QString &id) const; // null if there is none
    // Adds or replaces one record (modified empty: now), in one transaction.
    bool writeRecord(const UserRecord &record);
    bool writeRecord(const QString &kind, const QJsonObject &record, const QString &origin);
    // Deletes one record in one transaction. Its note and bookmark stay, so an undo brings all back.
    bool deleteRecord(const QString &kind, const QString &id);

    QString errorString() const { return m_error; }

private:
    QSet<QString> idsIn(const QString &sql) const;
    bool execInTransaction(QSqlQuery &q); // one statement, its own transaction

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
