#pragma once

#include "actordirectory.h"

#include <QAbstractTableModel>

namespace Atlas {

// The actors of the dataset (countries, organisations, companies …) with their item counts.
class ActorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ItemCountColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, CountryRole, ItemCountRole, KindGroupRole };
    Q_ENUM(Role)

    explicit ActorModel(QObject *parent = nullptr);

    void setDirectory(const ActorDirectory *directory);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ActorDirectory *m_directory = nullptr;
    Language m_language = Language::English;
};

} // namespace Atlas
