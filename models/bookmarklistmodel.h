#pragma once

#include "chartcatalogmodel.h"
#include "language.h"
#include "userdatanotifier.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace Atlas {

class ActorDirectory;

// Everything the user bookmarked: items, countries and organisations, and charts, newest first,
// each with its title in the record language and the start of the user's note. It reloads
// whenever notes or bookmarks change anywhere (UserDataNotifier), so the Bookmarks list never
// shows a stale star.
class BookmarkListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TitleColumn, NoteColumn, CreatedColumn, ColumnCount };
    enum Role {
        TargetKindRole = Qt::UserRole + 1, // as stored: "item", "actor", "series", "group"
        TargetIdRole,
        KindFilterRole, // Kind, as int
        NoteRole, // the whole note
        MissingRole, // true when the record is no longer in the dataset
    };
    // What the list can be filtered by; a chart is a "series" or a "group" bookmark.
    enum class Kind { All, Item, Actor, Chart };
    Q_ENUM(Kind)

    explicit BookmarkListModel(QObject *parent = nullptr);

    // actors and charts give names and titles; either may be null (ids are shown then).
    void setSource(QSqlDatabase db, const ActorDirectory *actors, const ChartCatalogModel *charts);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void setKindFilter(Kind kind);
    Kind kindFilter() const { return m_filter; }

    bool reload();
    QString lastError() const { return m_error; }
    int totalCount() const { return m_total; } // before the kind filter

    QString targetKind(int row) const { return m_rows.at(row).kind; }
    QString targetId(int row) const { return m_rows.at(row).id; }
    int rowOf(const QString &targetKind, const QString &targetId) const;
    // Removes the bookmark (the note stays); the list reloads through the notifier.
    bool removeBookmark(int row);

    // The bookmark kind a chart of the gallery is stored under.
    static QString chartTargetKind(ChartCatalogModel::Kind kind);
    static Kind kindOf(const QString &targetKind);
    static QString kindName(Kind kind); // translated: "Item", "Chart"…
    static QString excerpt(const QString &note, int maxChars = 80);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kind, id;
        QDateTime created;
        QString note;
        QString titleKo, titleEn; // items and series, from the database
        QString date, category; // items
        QString actorKind; // actors
        bool missing = false;
    };
    QString title(const Row &row) const;
    QString kindLabel(const Row &row) const;
    void onUserDataChanged(const QString &connectionName, UserDataNotifier::Change change, const QString &kind,
                           const QString &id);

    QSqlDatabase m_db;
    const ActorDirectory *m_actors = nullptr;
    const ChartCatalogModel *m_charts = nullptr;
    QList<Row> m_rows;
    Language m_language = Language::English;
    Kind m_filter = Kind::All;
    int m_total = 0;
    QString m_error;
};

} // namespace Atlas
