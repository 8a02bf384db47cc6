#include "atlascontext.h"

namespace Atlas {

AtlasContext::AtlasContext(Database *database, ActorDirectory *actors, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_actors(actors)
{
}

void AtlasContext::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
}

void AtlasContext::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(m_language);
}

void AtlasContext::selectItem(const QString &id)
{
    m_selectedItem = id;
    emit itemSelected(id);
}

void AtlasContext::selectActor(const QString &id)
{
    m_selectedActor = id;
    emit actorSelected(id);
}

bool AtlasContext::reloadOwnRecords()
{
    const bool ok = m_database->refreshOverlay();
    if (m_actors)
        m_actors->load(m_database->connection());
    emit ownRecordsChanged();
    emit filterChanged(m_filter);
    // The shown item may have changed or gone: show it again (an empty id clears the pane).
    emit itemSelected(m_selectedItem);
    return ok;
}

} // namespace Atlas
