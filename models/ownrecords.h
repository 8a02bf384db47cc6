#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace Atlas {

// The user's own records (main.user_record, the single source of truth) as the rest of the app
// sees them: compiled by the same DatasetBuilder into a small derived SQLite file, the
// "overlay", which Database attaches as "own" behind TEMP VIEWs that union it with the base
// dataset. The overlay is disposable: it is rebuilt at start-up and after every change.
//
// Also what the record form needs: the same validation as an import (DatasetReader), known
// actors, and fresh ids that clash with nothing.
class OwnRecords
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::OwnRecords)

public:
    // Own items are numbered from here, far above any base rowid: "own" = rowid >= RowidOffset.
    static constexpr qint64 RowidOffset = qint64(1) << 40;
    static bool isOwnRowid(qint64 rowid) { return rowid >= RowidOffset; }

    // The dataset tables the overlay unions, in the order the views are created.
    static const QStringList &tables();

    // Compiles every row of main.user_record into `outputPath`. Items may name base actors: their
    // kind and country give the map's rollup and their names go into the search index.
    static bool compile(QSqlDatabase db, const QString &outputPath, QString *error);

    // Set by Database while an overlay is attached, so SearchEngine also searches own.item_fts.
    static void setSearchIndexAttached(bool attached);
    static bool isSearchIndexAttached();

    // "item", "figure", "actor" (user_record.kind) <-> "items", "figures", "actors" (lists).
    static QString listOf(const QString &kind);

    // Problems of one record by field ("date", "title_ko", "actors", …), worded exactly as an
    // import of the same record would word them, so the form and an import always agree.
    static QHash<QString, QString> problems(const QString &kind, const QJsonObject &record,
                                            const QSet<QString> &knownActorIds);

    // Actor ids a record may name: the base dataset's and the user's own.
    static QSet<QString> knownActorIds(QSqlDatabase db);
    // Whether an id is taken, in the base dataset or among the user's records.
    static bool idTaken(QSqlDatabase db, const QString &kind, const QString &id);
    // A new id for a record: "user-<slug>-<n>" (items, figures) or "USER_<SLUG>_<n>" (actors,
    // whose ids are upper case), never clashing with a base or own record.
    static QString newId(QSqlDatabase db, const QString &kind, const QString &hint);
};

} // namespace Atlas
