#pragma once

#include "datasetdiff.h"
#include "language.h"

#include <QAbstractTableModel>

namespace Atlas {

// The rows of "What changed", filtered by kind and by change. Filtering resets the model (a few
// hundred rows at most per update; a reset keeps the views simple and the tester happy).
class DatasetDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, KindColumn, TitleColumn, DateColumn, FieldsColumn, IdColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ChangeRole, IdRole, AvailableRole };

    explicit DatasetDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<DatasetChange> &changes);
    void setLanguage(Language language);
    // -1: every kind / every change.
    void setKindFilter(int kind);
    void setChangeFilter(int change);
    int kindFilter() const { return m_kindFilter; }
    int changeFilter() const { return m_changeFilter; }
    int totalCount() const { return int(m_all.size()); }

    DatasetChange change(const QModelIndex &index) const;

    static QString kindName(DatasetChange::Kind kind);
    static QString changeName(DatasetChange::Change change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the translated headers and names after a UI language switch.
    void retranslate();

private:
    void refilter();

    QList<DatasetChange> m_all;
    QList<int> m_rows; // indexes into m_all that pass the filters
    Language m_language = Language::English;
    int m_kindFilter = -1;
    int m_changeFilter = -1;
};

} // namespace Atlas
