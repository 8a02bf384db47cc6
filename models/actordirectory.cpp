#include "actordirectory.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

bool ActorDirectory::load(QSqlDatabase db)
{
    m_actors.clear();
    m_index.clear();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT a.id, a.kind, a.name_ko, a.name_en, a.country, a.parent, a.profile_ko, "
                               "a.profile_en, a.note_ko, a.note_en, "
                               "(SELECT COUNT(*) FROM item_actor ia WHERE ia.actor_id = a.id) "
                               "FROM actor a ORDER BY a.id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Actor a;
        a.id = q.value(0).toString();
        a.kind = q.value(1).toString();
        a.nameKo = q.value(2).toString();
        a.nameEn = q.value(3).toString();
        a.country = q.value(4).toString();
        a.parent = q.value(5).toString();
        a.profileKo = q.value(6).toString();
        a.profileEn = q.value(7).toString();
        a.noteKo = q.value(8).toString();
        a.noteEn = q.value(9).toString();
        a.itemCount = q.value(10).toInt();
        m_index.insert(a.id, int(m_actors.size()));
        m_actors.append(a);
    }
    if (!q.exec(QStringLiteral("SELECT actor_id, member_id FROM actor_member ORDER BY actor_id, member_id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const auto it = m_index.constFind(q.value(0).toString());
        if (it != m_index.constEnd())
            m_actors[*it].members << q.value(1).toString();
    }
    return true;
}

const ActorDirectory::Actor *ActorDirectory::actor(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_actors.at(*it);
}

QString ActorDirectory::name(const QString &id, Language language) const
{
    const Actor *a = actor(id);
    return a ? a->name(language) : id;
}

QString ActorDirectory::names(const QStringList &ids, Language language) const
{
    QStringList out;
    for (const QString &id : ids)
        out << name(id, language);
    return out.join(QStringLiteral(", "));
}

QStringList ActorDirectory::subnationalsOf(const QString &countryId) const
{
    QStringList out;
    for (const Actor &a : m_actors) {
        if (a.kind == u"subnational" && a.country == countryId)
            out << a.id;
    }
    return out;
}

} // namespace Atlas
