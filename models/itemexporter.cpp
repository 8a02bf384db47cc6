#include "itemexporter.h"

#include "datasetexporter.h"
#include "itemjson.h"
#include "records.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

ItemExporter::ItemExporter(QSqlDatabase db)
    : m_db(db)
{
}

bool ItemExporter::writeCsv(QIODevice *device, const ItemFilter &filter)
{
    DatasetExporter exporter(m_db);
    const bool ok = exporter.writeCsv(device, filter);
    m_error = exporter.errorString();
    return ok;
}

QByteArray ItemExporter::toJson(const ItemFilter &filter)
{
    m_error.clear();
    Dataset dataset;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM base.dataset ORDER BY key"))) {
        m_error = q.lastError().text();
        return {};
    }
    while (q.next())
        dataset.header.insert(q.value(0).toString(), q.value(1).toString());

    const SqlCondition where = filterCondition(filter);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM item i WHERE %2 ORDER BY i.date_first, i.id")
                       .arg(ItemJson::selectList(), where.sql))) {
        m_error = q.lastError().text();
        return {};
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    QStringList wanted;
    while (q.next()) {
        const QJsonObject item = ItemJson::read(q);
        for (const QJsonValue &a : item.value(u"actors").toArray()) {
            if (!wanted.contains(a.toString()))
                wanted << a.toString();
        }
        dataset.items.append(item);
    }

    // The actors named, then the countries and parents they name, until nothing new turns up.
    QSet<QString> seen;
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT json FROM actor WHERE id = ?"));
    while (!wanted.isEmpty()) {
        const QString id = wanted.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        a.addBindValue(id);
        if (!a.exec()) {
            m_error = a.lastError().text();
            return {};
        }
        if (!a.next())
            continue;
        const QJsonObject actor = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
        for (const char16_t *key : { u"country", u"parent" }) {
            const QString ref = actor.value(QString::fromUtf16(key)).toString();
            if (!ref.isEmpty() && !seen.contains(ref))
                wanted << ref;
        }
        dataset.actors.append(actor);
    }
    std::sort(dataset.actors.begin(), dataset.actors.end(), [](const QJsonObject &x, const QJsonObject &y) {
        return x.value(u"id").toString() < y.value(u"id").toString();
    });
    return DatasetExporter(m_db).toJson(dataset);
}

bool ItemExporter::writeJson(QIODevice *device, const ItemFilter &filter)
{
    const QByteArray data = toJson(filter);
    if (!m_error.isEmpty())
        return false;
    if (device->write(data) != data.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

} // namespace Atlas
