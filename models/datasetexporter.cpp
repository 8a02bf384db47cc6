#include "datasetexporter.h"

#include "itemjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

DatasetExporter::DatasetExporter(QSqlDatabase db)
    : m_db(db)
{
}

bool DatasetExporter::readDataset(Dataset *out)
{
    *out = {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM base.dataset ORDER BY key"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->header.insert(q.value(0).toString(), q.value(1).toString());
    struct Part
    {
        const char16_t *sql;
        const char16_t *userKind;
        QList<QJsonObject> *list;
    };
    const Part parts[] = {
        { u"SELECT json FROM base.actor ORDER BY id", u"actor", &out->actors },
        { nullptr, u"item", &out->items }, // columns + json, see ItemJson
        { u"SELECT json FROM base.series ORDER BY id", u"series", &out->series },
        { u"SELECT json FROM base.figure ORDER BY id", u"figure", &out->figures },
        { u"SELECT json FROM base.finding ORDER BY ord, id", u"finding", &out->findings },
    };
    for (const Part &part : parts) {
        const QString sql = part.sql ? QString::fromUtf16(part.sql)
                                     : QStringLiteral("SELECT %1 FROM base.item i ORDER BY i.date_first, i.id")
                                           .arg(ItemJson::selectList());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            part.list->append(part.sql ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                                       : ItemJson::read(q));
        // The user's own records follow the base ones.
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("SELECT json FROM main.user_record WHERE kind = ? ORDER BY id"));
        u.addBindValue(QString::fromUtf16(part.userKind));
        if (!u.exec()) {
            m_error = u.lastError().text();
            return false;
        }
        while (u.next())
            part.list->append(QJsonDocument::fromJson(u.value(0).toString().toUtf8()).object());
    }
    return true;
}

QByteArray DatasetExporter::toJson(const Dataset &dataset) const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromUtf16(FormatId));
    if (!dataset.header.isEmpty())
        root.insert(QStringLiteral("dataset"), dataset.header);
    const auto array = [](const QList<QJsonObject> &list) {
        QJsonArray a;
        for (const QJsonObject &o : list)
            a.append(o);
        return a;
    };
    root.insert(QStringLiteral("actors"), array(dataset.actors));
    root.insert(QStringLiteral("items"), array(dataset.items));
    root.insert(QStringLiteral("series"), array(dataset.series));
    root.insert(QStringLiteral("figures"), array(dataset.figures));
    if (!dataset.findings.isEmpty())
        root.insert(QStringLiteral("findings"), array(dataset.findings));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DatasetExporter::writeJson(QIODevice *device)
{
    Dataset dataset;
    if (!readDataset(&dataset))
        return false;
    const QByteArray data = toJson(dataset);
    if (device->write(data) != data.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

QString DatasetExporter::csvField(const QString &value)
{
    QString v = value;
    // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

bool DatasetExporter::writeCsv(QIODevice *device, const ItemFilter &filter)
{
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM item i WHERE %2 ORDER BY i.date_first, i.id")
                       .arg(ItemJson::selectList(), where.sql))) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QByteArray out("\xEF\xBB\xBF");
    const QStringList header = { QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("actors"),
                                 QStringLiteral("category"), QStringLiteral("type"), QStringLiteral("title_ko"),
                                 QStringLiteral("title_en"), QStringLiteral("summary_ko"), QStringLiteral("summary_en"),
                                 QStringLiteral("tags"), QStringLiteral("highlight"), QStringLiteral("section_ko"),
                                 QStringLiteral("report_line"), QStringLiteral("sources") };
    out += header.join(u',').toUtf8() + "\r\n";
    while (q.next()) {
        const QJsonObject o = ItemJson::read(q);
        QStringList actors, tags, sources;
        for (const QJsonValue &v : o.value(u"actors").toArray())
            actors << v.toString();
        for (const QJsonValue &v : o.value(u"tags").toArray())
            tags << v.toString();
        for (const QJsonValue &v : o.value(u"sources").toArray())
            sources << v.toObject().value(u"citation").toString();
        const QJsonObject report = o.value(u"report").toObject();
        const QStringList fields = {
            o.value(u"id").toString(), o.value(u"date").toString(), actors.join(u';'), o.value(u"category").toString(),
            o.value(u"type").toString(), o.value(u"title_ko").toString(), o.value(u"title_en").toString(),
            o.value(u"summary_ko").toString(), o.value(u"summary_en").toString(), tags.join(u';'),
            o.value(u"highlight").toBool() ? QStringLiteral("true") : QStringLiteral("false"),
            report.value(u"section_ko").toString(),
            report.contains(u"line") ? QString::number(report.value(u"line").toInt()) : QString(),
            sources.join(QStringLiteral(" | "))
        };
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(u',').toUtf8() + "\r\n";
    }
    if (device->write(out) != out.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

} // namespace Atlas
