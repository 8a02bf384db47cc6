#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

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

    QString errorString() const { return m_error; }

private:
    QSet<QString> idsIn(const QString &sql) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
