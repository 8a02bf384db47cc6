#pragma once

#include "itemfilter.h"
#include "language.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace Atlas {

// One saved view of a storyboard: what restores it (view spec, shared filter, record language)
// and the title shown on the slide.
struct StoryboardSlide
{
    QString viewSpec; // "map", "timeline", "charts", "browse", "countries", "country:KOR", "item:<id>"
    ItemFilter filter;
    Language language = Language::English;
    QString title;
    // The view's own state (its saveState()): {"view": "map", ...}; empty for slides made before
    // migration 004.
    QJsonObject state;

    bool operator==(const StoryboardSlide &o) const
    {
        return viewSpec == o.viewSpec && filter == o.filter && language == o.language && title == o.title
            && state == o.state;
    }
};

struct Storyboard
{
    int id = -1;
    QString name;
    QDateTime created;
};

// The shared filter as a small JSON object (sets written sorted, so equal filters give equal text).
QString filterToJson(const ItemFilter &filter);
ItemFilter filterFromJson(const QString &json);

// Storyboards in the user database (migration 003). Slides are kept in order by `ord`, 0-based and
// without gaps; every change that reorders them rewrites that storyboard's slides in one transaction.
class StoryboardStore
{
public:
    explicit StoryboardStore(QSqlDatabase db);

    QList<Storyboard> storyboards() const; // oldest first
    int create(const QString &name); // the new id, or -1
    bool rename(int storyboardId, const QString &name);
    bool remove(int storyboardId);

    QList<StoryboardSlide> slides(int storyboardId) const;
    int slideCount(int storyboardId) const;
    bool addSlide(int storyboardId, const StoryboardSlide &slide); // appended
    bool moveSlide(int storyboardId, int from, int to); // `to` is the index after the move
    bool removeSlide(int storyboardId, int index);
    bool setSlideTitle(int storyboardId, int index, const QString &title);
    // Puts the slides in the order `order` gives (old indices, each once).
    bool reorder(int storyboardId, const QList<int> &order);

    QString errorString() const { return m_error; }

private:
    bool writeSlides(int storyboardId, const QList<StoryboardSlide> &slides);
    bool exec(QSqlQuery &q) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
