#pragma once

#include "language.h"
#include "userdatanotifier.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace Atlas {

// Every record the user added through the form or imported (main.user_record): its kind, id,
// title in the record language, where it came from and when it last changed, newest first.
// Edit › My records… lists it. It reloads itself after an import (UserDataNotifier); whoever
// changes records through the form or undo calls reload() (AtlasContext::ownRecordsChanged).
class OwnRecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TitleColumn, IdColumn, OriginColumn, ModifiedColumn, ColumnCount };
    enum Role {
        RecordKindRole = Qt::UserRole + 1, // as stored: "item", "figure", "actor", "series"
        RecordIdRole,
        KindFilterRole, // Kind, as int
        OriginRole, // as stored: "form" or the imported file
        SortRole, // what a column sorts by: the ISO time for ModifiedColumn, else the text
    };
    // What the list can be filtered by.
    enum class Kind { All, Item, Figure, Actor, Series };
    Q_ENUM(Kind)

    explicit OwnRecordListModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db); // reloads
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void setKindFilter(Kind kind);
    Kind kindFilter() const { return m_filter; }

    bool reload();
    QString lastError() const { return m_error; }
    int totalCount() const { return m_total; } // before the kind filter

    QString recordKind(int row) const { return m_rows.at(row).kind; }
    QString recordId(int row) const { return m_rows.at(row).id; }
    int rowOf(const QString &kind, const QString &id) const;

    static Kind kindOf(const QString &recordKind);
    static QString kindName(Kind kind); // translated, singular: "Item", "Figure"…
    // "Form" or "Imported (file.json)", translated.
    static QString originLabel(const QString &origin);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kind, id;
        QString titleKo, titleEn; // title, metric or name, by kind
        QString detail; // a figure's actor and period, an item's date: what tells similar rows apart
        QString origin;
        QString modifiedIso;
        QDateTime modified;
    };
    QString title(const Row &row) const;
    void onUserDataChanged(const QString &connectionName, UserDataNotifier::Change change);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    Language m_language = Language::English;
    Kind m_filter = Kind::All;
    int m_total = 0;
    QString m_error;
};

} // namespace Atlas
