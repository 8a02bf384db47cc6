#include "storyboardstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Atlas {

namespace {
QJsonArray sortedArray(const QStringList &values, bool sort)
{
    QStringList list = values;
    if (sort)
        list.sort();
    return QJsonArray::fromStringList(list);
}

QString stateToJson(const QJsonObject &state)
{
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

QString filterToJson(const ItemFilter &filter)
{
    QJsonObject o;
    if (!filter.text.isEmpty())
        o.insert(QStringLiteral("text"), filter.text);
    if (!filter.categories.isEmpty())
        o.insert(QStringLiteral("categories"), sortedArray(QStringList(filter.categories.cbegin(), filter.categories.cend()), true));
    if (!filter.actorKinds.isEmpty())
        o.insert(QStringLiteral("actorKinds"), sortedArray(QStringList(filter.actorKinds.cbegin(), filter.actorKinds.cend()), true));
    if (!filter.actors.isEmpty())
        o.insert(QStringLiteral("actors"), sortedArray(filter.actors, false)); // the user's order
    if (!filter.dateFrom.isEmpty())
        o.insert(QStringLiteral("dateFrom"), filter.dateFrom);
    if (!filter.dateTo.isEmpty())
        o.insert(QStringLiteral("dateTo"), filter.dateTo);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ItemFilter filterFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ItemFilter f;
    f.text = o.value(u"text").toString();
    const QStringList categories = stringList(o.value(u"categories"));
    f.categories = QSet<QString>(categories.cbegin(), categories.cend());
    const QStringList kinds = stringList(o.value(u"actorKinds"));
    f.actorKinds = QSet<QString>(kinds.cbegin(), kinds.cend());
    f.actors = stringList(o.value(u"actors"));
    f.dateFrom = o.value(u"dateFrom").toString();
    f.dateTo = o.value(u"dateTo").toString();
    return f;
}

StoryboardStore::StoryboardStore(QSqlDatabase db)
    : m_db(db)
{
}

bool StoryboardStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<Storyboard> StoryboardStore::storyboards() const
{
    QList<Storyboard> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created FROM main.storyboard ORDER BY id"));
    if (!exec(q))
        return out;
    while (q.next())
        out.append({ q.value(0).toInt(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate) });
    return out;
}

int StoryboardStore::create(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO main.storyboard (name, created) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!exec(q))
        return -1;
    return q.lastInsertId().toInt();
}

bool StoryboardStore::rename(int storyboardId, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE main.storyboard SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(storyboardId);
    return exec(q) && q.numRowsAffected() == 1;
}

bool StoryboardStore::remove(int storyboardId)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery slides(m_db);
    slides.prepare(QStringLiteral("DELETE FROM main.storyboard_slide WHERE storyboard_id = ?"));
    slides.addBindValue(storyboardId);
    QSqlQuery board(m_db);
    board.prepare(QStringLiteral("DELETE FROM main.storyboard WHERE id = ?"));
    board.addBindValue(storyboardId);
    if (!exec(slides) || !exec(board) || !m_db.commit()) {
        if (m_error.isEmpty())
            m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<StoryboardSlide> StoryboardStore::slides(int storyboardId) const
{
    QList<StoryboardSlide> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT view_spec, filter_json, language, title, state_json FROM main.storyboard_slide "
                             "WHERE storyboard_id = ? ORDER BY ord"));
    q.addBindValue(storyboardId);
    if (!exec(q))
        return out;
    while (q.next()) {
        StoryboardSlide s;
        s.viewSpec = q.value(0).toString();
        s.filter = filterFromJson(q.value(1).toString());
        s.language = languageFromCode(q.value(2).toString());
        s.title = q.value(3).toString();
        s.state = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.append(s);
    }
    return out;
}

int StoryboardStore::slideCount(int storyboardId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM main.storyboard_slide WHERE storyboard_id = ?"));
    q.addBindValue(storyboardId);
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool StoryboardStore::addSlide(int storyboardId, const StoryboardSlide &slide)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO main.storyboard_slide (storyboard_id, ord, view_spec, filter_json, language, title, "
                             "state_json) SELECT ?, COUNT(*), ?, ?, ?, ?, ? FROM main.storyboard_slide WHERE storyboard_id = ?"));
    q.addBindValue(storyboardId);
    q.addBindValue(slide.viewSpec);
    q.addBindValue(filterToJson(slide.filter));
    q.addBindValue(languageCode(slide.language));
    q.addBindValue(slide.title);
    q.addBindValue(stateToJson(slide.state));
    q.addBindValue(storyboardId);
    return exec(q);
}

bool StoryboardStore::setSlideTitle(int storyboardId, int index, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE main.storyboard_slide SET title = ? WHERE storyboard_id = ? AND ord = ?"));
    q.addBindValue(title);
    q.addBindValue(storyboardId);
    q.addBindValue(index);
    return exec(q) && q.numRowsAffected() == 1;
}

bool StoryboardStore::moveSlide(int storyboardId, int from, int to)
{
    QList<StoryboardSlide> list = slides(storyboardId);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size())
        return false;
    if (from == to)
        return true;
    list.move(from, to);
    return writeSlides(storyboardId, list);
}

bool StoryboardStore::removeSlide(int storyboardId, int index)
{
    QList<StoryboardSlide> list = slides(storyboardId);
    if (index < 0 || index >= list.size())
        return false;
    list.removeAt(index);
    return writeSlides(storyboardId, list);
}

bool StoryboardStore::reorder(int storyboardId, const QList<int> &order)
{
    const QList<StoryboardSlide> list = slides(storyboardId);
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i) != i)
            return false;
    }
    if (sorted.size() != list.size())
        return false;
    QList<StoryboardSlide> reordered;
    for (int index : order)
        reordered.append(list.at(index));
    return writeSlides(storyboardId, reordered);
}

bool StoryboardStore::writeSlides(int storyboardId, const QList<StoryboardSlide> &slides)
{
    m_error.clear();
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM main.storyboard_slide WHERE storyboard_id = ?"));
    clear.addBindValue(storyboardId);
    if (!exec(clear)) {
        m_db.rollback();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO main.storyboard_slide (storyboard_id, ord, view_spec, filter_json, language, title, "
                             "state_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < slides.size(); ++i) {
        const StoryboardSlide &s = slides.at(i);
        q.addBindValue(storyboardId);
        q.addBindValue(i);
        q.addBindValue(s.viewSpec);
        q.addBindValue(filterToJson(s.filter));
        q.addBindValue(languageCode(s.language));
        q.addBindValue(s.title);
        q.addBindValue(stateToJson(s.state));
        if (!exec(q)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace Atlas
