#pragma once

#include "actordirectory.h"
#include "itemfilter.h"
#include "itemrepository.h"
#include "language.h"

#include <QAbstractItemModel>

namespace Atlas {

// Facets for browsing: item counts per category, actor kind, year and actor, counted in SQL for
// the current filter, as a two-level tree (a group, then its values). Each group is counted with
// the filter minus its own part, as in OECD.AI's database: picking one category still shows
// what the other categories hold, and picking a second widens the set.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group { CategoryGroup, ActorKindGroup, YearGroup, ActorGroup, GroupCount };
    Q_ENUM(Group)
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        GroupRole = Qt::UserRole + 1, // Group, for group and value rows
        KeyRole, // category id, actor-kind group, year ("2023") or actor id; empty on group rows
        CountRole, // int
        SelectedRole, // bool: the value is part of the filter
        MoreRole, // bool: the "show all / fewer actors" row
    };
    Q_ENUM(Role)

    static constexpr int DefaultActorLimit = 12;

    explicit FacetModel(QObject *parent = nullptr);

    void setSource(QSqlDatabase db, const ActorDirectory *actors);
    void setFilter(const ItemFilter &filter);
    ItemFilter filter() const { return m_filter; }
    void setLanguage(Language language);
    // Shows every actor instead of the most frequent ones.
    void setShowAllActors(bool all);
    bool showsAllActors() const { return m_showAllActors; }
    // How many actors show before "show all" (the most frequent ones).
    void setActorLimit(int limit);
    int actorLimit() const { return m_actorLimit; }
    // Recounts from the database; a view calls it when it becomes visible after a filter change.
    void refresh();
    // Group titles are translated: call on QEvent::LanguageChange.
    void retranslate();

    // The filter after the user picks `index`: the value is added to or removed from its part
    // (an actor kind or a year replaces the previous one). Returns `filter` unchanged otherwise.
    ItemFilter toggled(const QModelIndex &index, const ItemFilter &filter) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString groupTitle(Group group);

signals:
    void countsChanged();

private:
    struct Entry
    {
        QString key;
        int count = 0;
        bool more = false;
    };
    QList<Entry> countGroup(Group group) const;
    // The filter a group is counted with: the shared filter minus the group's own part.
    ItemFilter groupFilter(Group group) const;
    // Counts the group again unless `onlyIfChanged` and its filter is the one it was counted with.
    void recount(Group group, bool onlyIfChanged);
    void applyGroup(Group group, const QList<Entry> &entries);
    bool isSelected(Group group, const QString &key) const;
    Qt::CheckState checkState(Group group, const QString &key) const;
    QString label(Group group, const Entry &entry) const;

    ItemRepository m_repository;
    const ActorDirectory *m_actors = nullptr;
    ItemFilter m_filter;
    Language m_language = Language::English;
    bool m_showAllActors = false;
    int m_actorLimit = DefaultActorLimit;
    QList<Entry> m_entries[GroupCount];
    ItemFilter m_counted[GroupCount]; // the filter each group was last counted with
    QStringList m_countedPicks[GroupCount]; // and the picked actors it kept beyond the limit
    bool m_countedValid[GroupCount] = {};
};

} // namespace Atlas
