#pragma once

#include "actordirectory.h"
#include "database.h"
#include "itemfilter.h"
#include "language.h"

#include <QObject>

namespace Atlas {

// What every view shares: the open dataset, the actor directory, the shared filter, the record
// language and the current selection. A filter set in one view holds in every view.
class AtlasContext : public QObject
{
    Q_OBJECT

public:
    AtlasContext(Database *database, ActorDirectory *actors, QObject *parent = nullptr);

    Database *database() const { return m_database; }
    const ActorDirectory *actors() const { return m_actors; }

    ItemFilter filter() const { return m_filter; }
    void setFilter(const ItemFilter &filter);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    QString selectedItem() const { return m_selectedItem; }
    QString selectedActor() const { return m_selectedActor; }

    // After the user's own records changed (form, undo, import): rebuild the overlay, reload the
    // actors, and tell every view (ownRecordsChanged, then filterChanged so each view re-queries).
    bool reloadOwnRecords();

public slots:
    void selectItem(const QString &id);
    void selectActor(const QString &id);

signals:
    void filterChanged(const Atlas::ItemFilter &filter);
    void languageChanged(Atlas::Language language);
    void itemSelected(const QString &id);
    void actorSelected(const QString &id);
    // Ask the window to show the country/organisation profile of an actor.
    void actorActivated(const QString &id);
    void ownRecordsChanged();

private:
    Database *m_database;
    ActorDirectory *m_actors;
    ItemFilter m_filter;
    Language m_language = Language::English;
    QString m_selectedItem;
    QString m_selectedActor;
};

} // namespace Atlas
