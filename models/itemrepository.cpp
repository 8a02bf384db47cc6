#include "itemrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

ItemRepository::ItemRepository(QSqlDatabase db)
    : m_db(db)
{
}

int ItemRepository::count(const ItemFilter &filter) const
{
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM base.item i WHERE ") + where.sql)) {
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
    }
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT i.rowid, i.id, i.date, i.precision, i.date_first, i.date_last, "
                                       "i.actor_ids, i.category, i.type, i.title_ko, i.title_en, i.highlight "
                                       "FROM base.item i WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                            .arg(where.sql, orderBy);
    QList<Row> out;
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Row r;
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
        out.append(r);
    }
    return out;
}

QJsonObject ItemRepository::itemJson(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM base.item WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
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
