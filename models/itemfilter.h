#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Atlas {

// The shared filter: set in one view, it holds in every view (UX.md).
struct ItemFilter
{
    QString text;
    QSet<QString> categories; // category ids; empty = all
    QSet<QString> actorKinds; // "country" (also union, sub-national), "organization", "company" (also institute)
    QStringList actors; // actor ids; a country also matches its sub-national actors
    QString dateFrom; // ISO yyyy-MM-dd, empty = open
    QString dateTo;
    bool bookmarkedOnly = false; // only items the user bookmarked (main.bookmark, the user database)

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && categories.isEmpty() && actorKinds.isEmpty() && actors.isEmpty()
            && dateFrom.isEmpty() && dateTo.isEmpty() && !bookmarkedOnly;
    }
    bool operator==(const ItemFilter &o) const
    {
        return text == o.text && categories == o.categories && actorKinds == o.actorKinds && actors == o.actors
            && dateFrom == o.dateFrom && dateTo == o.dateTo && bookmarkedOnly == o.bookmarkedOnly;
    }
    bool operator!=(const ItemFilter &o) const { return !(*this == o); }

    static QStringList actorKindGroups(); // the three groups above, in display order
    static QStringList kindsInGroup(const QString &group);
};

// A WHERE clause over "item AS i" with its bound values, built without ever pasting user
// text into SQL (STYLE.md rule 3).
struct SqlCondition
{
    QString sql; // "1" when nothing filters
    QVariantList values;
};

SqlCondition filterCondition(const ItemFilter &filter);

// "?, ?, ?" for an IN list of n bound values.
QString sqlPlaceholders(qsizetype n);

} // namespace Atlas
