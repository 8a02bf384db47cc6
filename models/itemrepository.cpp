#include "itemrepository.h"

#include "searchengine.h"

#include "itemcube.h"
#include "itemjson.h"

#include <QJsonArray>
#include <QMap>
#include <functional>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

QString ItemRepository::rowColumns()
{
    return QStringLiteral("i.rowid, i.id, i.date, i.precision, i.date_first, i.date_last, "
                          "i.actor_ids, i.category, i.type, i.title_ko, i.title_en, i.highlight");
}

ItemRepository::Row ItemRepository::readRow(const QSqlQuery &q)
{
    ItemRepository::Row r;
    r.rowid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.date = q.value(2).toString();
    r.precision = q.value(3).toInt();
    r.dateFirst = q.value(4).toString();
    r.dateLast = q.value(5).toString();
    r.actors = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    r.category = q.value(7).toString();
    r.type = q.value(8).toString();
    r.titleKo = q.value(9).toString();
    r.titleEn = q.value(10).toString();
    r.highlight = q.value(11).toBool();
    return r;
}

ItemRepository::ItemRepository(QSqlDatabase db)
    : m_db(db)
{
}

int ItemRepository::count(const ItemFilter &filter) const
{
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(cube ? QStringLiteral("SELECT COALESCE(SUM(c.n), 0) FROM item_cube c WHERE c.dim = 'all' AND ") + where.sql
                        : QStringLiteral("SELECT COUNT(*) FROM item i WHERE ") + where.sql)) {
        m_error = q.lastError().text();
        return 0;
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

QList<ItemRepository::Row> ItemRepository::rows(const ItemFilter &filter, SortKey key, Qt::SortOrder order,
                                                int offset, int limit) const
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString orderBy;
    switch (key) {
    case SortKey::Date:
        orderBy = QStringLiteral("i.date_first %1, i.precision %1, i.id %1").arg(dir);
        break;
    case SortKey::Actors:
        orderBy = QStringLiteral("i.primary_actor %1, i.date_first DESC, i.id").arg(dir);
        break;
    case SortKey::Category:
        orderBy = QStringLiteral("i.category %1, i.date_first DESC, i.id").arg(dir);
        break;
    case SortKey::Type:
        orderBy = QStringLiteral("i.type %1, i.date_first DESC, i.id").arg(dir);
        break;
    case SortKey::TitleKo:
        orderBy = QStringLiteral("i.title_ko %1, i.id").arg(dir);
        break;
    case SortKey::TitleEn:
        orderBy = QStringLiteral("i.title_en COLLATE NOCASE %1, i.id").arg(dir);
        break;
    case SortKey::Relevance:
        break;
    }
    const SqlCondition where = filterCondition(filter);
    SqlCondition score;
    if (key == SortKey::Relevance) {
        score = SearchEngine::score(filter.text);
        orderBy = score.sql.isEmpty() ? QStringLiteral("i.date_first DESC, i.precision DESC, i.id DESC")
                                      : QStringLiteral("(%1) DESC, i.date_first DESC, i.id").arg(score.sql);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM item i WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                            .arg(rowColumns(), where.sql, orderBy);
    QList<Row> out;
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    // Placeholders in text order: WHERE, then ORDER BY, then LIMIT/OFFSET.
    for (const QVariant &v : std::as_const(where.values))
        q.addBindValue(v);
    for (const QVariant &v : std::as_const(score.values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    m_error.clear();
    while (q.next())
        out.append(readRow(q));
    return out;
}

QList<ItemRepository::Row> ItemRepository::related(const QString &id, int limit) const
{
    QList<Row> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, tags FROM item WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return out;
    }
    const qint64 rowid = q.value(0).toLongLong();
    const QStringList tags = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
    // Tags are stored space-separated; " tag " inside " t1 t2 " is one whole tag.
    QStringList tagScore { QStringLiteral("0") };
    QVariantList tagValues;
    for (const QString &tag : tags) {
        tagScore << QStringLiteral("CASE WHEN (' ' || i.tags || ' ') LIKE ? ESCAPE '\\' THEN 2 ELSE 0 END");
        QString pattern = SearchEngine::likePattern(tag);
        pattern.insert(1, u' ');
        pattern.insert(pattern.size() - 1, u' ');
        tagValues << pattern;
    }
    const QString sql = QStringLiteral(
        "SELECT %1 FROM (SELECT i.*, i.rowid AS rid, %2 + (SELECT COUNT(*) FROM item_actor r "
        "WHERE r.item_rowid = i.rowid AND r.actor_id IN (SELECT actor_id FROM item_actor WHERE item_rowid = ?)) "
        "AS score FROM item i WHERE i.rowid <> ?) i WHERE i.score > 0 "
        "ORDER BY i.score DESC, i.date_first DESC, i.id LIMIT ?")
                            .arg(rowColumns().replace(QStringLiteral("i.rowid"), QStringLiteral("i.rid")),
                                 tagScore.join(QStringLiteral(" + ")));
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : std::as_const(tagValues))
        q.addBindValue(v);
    q.addBindValue(rowid);
    q.addBindValue(rowid);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readRow(q));
    return out;
}

namespace {
bool runCounts(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error,
               const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        row(q);
    return true;
}
} // namespace

QList<ItemRepository::Count> ItemRepository::categoryCounts(const ItemFilter &filter) const
{
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QList<Count> out;
    runCounts(m_db,
              (cube ? QStringLiteral("SELECT c.category, SUM(c.n) FROM item_cube c WHERE c.dim = 'all' AND %1 "
                                     "GROUP BY c.category ORDER BY c.category")
                    : QStringLiteral("SELECT i.category, COUNT(*) FROM item i WHERE %1 GROUP BY i.category "
                                     "ORDER BY i.category"))
                  .arg(where.sql),
              where.values, &m_error, [&](const QSqlQuery &q) { out.append({ q.value(0).toString(), q.value(1).toInt() }); });
    return out;
}

QList<ItemRepository::Count> ItemRepository::actorKindCounts(const ItemFilter &filter) const
{
    const QStringList groups = ItemFilter::actorKindGroups();
    if (const std::optional<SqlCondition> cube = ItemCube::condition(filter)) {
        QHash<QString, int> counts;
        runCounts(m_db,
                  QStringLiteral("SELECT c.key, SUM(c.n) FROM item_cube c WHERE c.dim = 'kind' AND %1 GROUP BY c.key")
                      .arg(cube->sql),
                  cube->values, &m_error,
                  [&](const QSqlQuery &q) { counts.insert(q.value(0).toString(), q.value(1).toInt()); });
        QList<Count> out;
        for (const QString &group : groups)
            out.append({ group, counts.value(group) });
        return out;
    }
    const SqlCondition where = filterCondition(filter);
    QStringList sums;
    QVariantList values;
    for (const QString &group : groups) {
        const QStringList kinds = ItemFilter::kindsInGroup(group);
        QStringList marks;
        for (const QString &k : kinds) {
            marks << QStringLiteral("?");
            values << k;
        }
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM item_actor ka JOIN actor a "
                               "ON a.id = ka.actor_id WHERE ka.item_rowid = i.rowid AND a.kind IN (%1)) "
                               "THEN 1 ELSE 0 END), 0)")
                    .arg(marks.join(QStringLiteral(", ")));
    }
    values << where.values;
    QList<Count> out;
    runCounts(m_db,
              QStringLiteral("SELECT %1 FROM item i WHERE %2").arg(sums.join(QStringLiteral(", ")), where.sql),
              values, &m_error, [&](const QSqlQuery &q) {
                  for (int g = 0; g < groups.size(); ++g)
                      out.append({ groups.at(g), q.value(g).toInt() });
              });
    return out;
}

QList<ItemRepository::Count> ItemRepository::actorCounts(const ItemFilter &filter) const
{
    // An item counts once per actor, and once more for the country of a sub-national actor,
    // just as ItemFilter::actors matches actor_id or rollup.
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QList<Count> out;
    runCounts(m_db,
              cube ? QStringLiteral("SELECT c.key AS x, SUM(c.n) AS n FROM item_cube c WHERE c.dim = 'facet' AND %1 "
                                    "GROUP BY c.key ORDER BY n DESC, x")
                         .arg(where.sql)
                   : QStringLiteral("WITH f AS (SELECT i.rowid AS r FROM item i WHERE %1) "
                             "SELECT x, COUNT(DISTINCT r) AS n FROM ("
                             "SELECT f.r, ia.actor_id AS x FROM f JOIN item_actor ia ON ia.item_rowid = f.r "
                             "UNION ALL SELECT f.r, ia.rollup FROM f JOIN item_actor ia ON ia.item_rowid = f.r "
                             "WHERE ia.rollup <> ia.actor_id) t GROUP BY x ORDER BY n DESC, x")
                  .arg(where.sql),
              where.values, &m_error, [&](const QSqlQuery &q) { out.append({ q.value(0).toString(), q.value(1).toInt() }); });
    return out;
}

QList<ItemRepository::Count> ItemRepository::yearCounts(const ItemFilter &filter) const
{
    // Few distinct (first year, last year) pairs; spread each over its years here.
    const std::optional<SqlCondition> cube = ItemCube::condition(filter);
    const SqlCondition where = cube ? *cube : filterCondition(filter);
    QMap<int, int> years;
    runCounts(m_db,
              (cube ? QStringLiteral("SELECT substr(c.month_first, 1, 4), substr(c.month_last, 1, 4), SUM(c.n) "
                                     "FROM item_cube c WHERE c.dim = 'all' AND %1 GROUP BY 1, 2")
                    : QStringLiteral("SELECT substr(i.date_first, 1, 4), substr(i.date_last, 1, 4), COUNT(*) "
                                     "FROM item i WHERE %1 GROUP BY 1, 2"))
                  .arg(where.sql),
              where.values, &m_error, [&](const QSqlQuery &q) {
                  const int first = q.value(0).toInt();
                  const int last = qBound(first, q.value(1).toInt(), first + 200);
                  for (int y = first; y <= last; ++y)
                      years[y] += q.value(2).toInt();
              });
    QList<Count> out;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        out.prepend({ QString::number(it.key()), it.value() });
    return out;
}

QJsonObject ItemRepository::itemJson(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM item i WHERE i.id = ?").arg(ItemJson::selectList()));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return ItemJson::read(q);
}

ItemRecord ItemRepository::item(const QString &id) const
{
    const QJsonObject o = itemJson(id);
    ItemRecord r;
    if (o.isEmpty())
        return r;
    r.id = o.value(u"id").toString();
    r.date = FuzzyDate::parse(o.value(u"date").toString());
    r.dateEnd = FuzzyDate::parse(o.value(u"date_end").toString());
    for (const QJsonValue &v : o.value(u"actors").toArray())
        r.actors << v.toString();
    r.category = o.value(u"category").toString();
    r.type = o.value(u"type").toString();
    r.titleKo = o.value(u"title_ko").toString();
    r.titleEn = o.value(u"title_en").toString();
    r.summaryKo = o.value(u"summary_ko").toString();
    r.summaryEn = o.value(u"summary_en").toString();
    r.issuerKo = o.value(u"issuer_ko").toString();
    r.issuerEn = o.value(u"issuer_en").toString();
    for (const QJsonValue &v : o.value(u"tags").toArray())
        r.tags << v.toString();
    r.highlight = o.value(u"highlight").toBool();
    const QJsonObject report = o.value(u"report").toObject();
    r.sectionKo = report.value(u"section_ko").toString();
    r.sectionEn = report.value(u"section_en").toString();
    r.reportLine = report.value(u"line").toInt();
    r.noteKo = o.value(u"note_ko").toString();
    r.noteEn = o.value(u"note_en").toString();
    for (const QJsonValue &v : o.value(u"sources").toArray()) {
        const QJsonObject s = v.toObject();
        r.sources.append({ s.value(u"citation").toString(), s.value(u"url").toString(), s.value(u"footnote").toInt() });
    }
    return r;
}

} // namespace Atlas
