#pragma once

#include "language.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace Atlas {

// Every actor of the open dataset, held in memory: there are hundreds, and views ask for names
// on every paint.
class ActorDirectory
{
public:
    struct Actor
    {
        QString id;
        QString kind;
        QString nameKo, nameEn;
        QString country;
        QString parent;
        QString profileKo, profileEn;
        QString noteKo, noteEn;
        QStringList members;
        int itemCount = 0;

        QString name(Language l) const { return pickText(l, nameKo, nameEn); }
    };

    bool load(QSqlDatabase db);
    QString errorString() const { return m_error; }

    bool contains(const QString &id) const { return m_index.contains(id); }
    const Actor *actor(const QString &id) const;
    QString name(const QString &id, Language language) const; // the id itself if unknown
    QString names(const QStringList &ids, Language language) const; // "미국, 중국"
    const QList<Actor> &actors() const { return m_actors; }
    QStringList subnationalsOf(const QString &countryId) const;

private:
    QList<Actor> m_actors;
    QHash<QString, int> m_index;
    QString m_error;
};

} // namespace Atlas
