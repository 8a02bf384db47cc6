#include "seriesrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

ReportRef readReport(const QJsonObject &o)
{
    const QJsonObject r = o.value(u"report").toObject();
    return { r.value(u"section_ko").toString(), r.value(u"section_en").toString(), r.value(u"line").toInt() };
}

QList<SourceRef> readSources(const QJsonObject &o)
{
    QList<SourceRef> out;
    const QJsonArray sources = o.value(u"sources").toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        out.append({ s.value(u"citation").toString(), s.value(u"url").toString(), s.value(u"footnote").toInt() });
    }
    return out;
}

} // namespace

bool SeriesRecord::isForecast() const
{
    if (cagr.isValid())
        return true;
    for (const SeriesPoint &p : points) {
        if (p.forecast)
            return true;
    }
    return false;
}

QString FigureRecord::unitKey() const
{
    if (!currency.isEmpty())
        return currency + u'@' + QString::number(scale, 'g', 3);
    return unit;
}

SeriesRepository::SeriesRepository(QSqlDatabase db)
    : m_db(db)
{
}

QList<SeriesRecord> SeriesRepository::allSeries() const
{
    return readSeries({});
}

SeriesRecord SeriesRepository::series(const QString &id) const
{
    const QList<SeriesRecord> found = readSeries(id);
    return found.isEmpty() ? SeriesRecord() : found.constFirst();
}

QList<FigureRecord> SeriesRepository::groupedFigures() const
{
    return readFigures(QStringLiteral("f.grp IS NOT NULL"), {}, QStringLiteral("f.grp, f.rowid"));
}

QList<FigureRecord> SeriesRepository::figureGroup(const QString &group) const
{
    return group.isEmpty() ? QList<FigureRecord>() : readFigures(QStringLiteral("f.grp = ?"), { group }, QStringLiteral("f.rowid"));
}

QList<SeriesRecord> SeriesRepository::readSeries(const QString &id) const
{
    m_error.clear();
    QList<SeriesRecord> out;
    QHash<QString, int> index;
    QSqlQuery q(m_db);
    // An empty id means all: one statement, so the filter is a bound value either way.
    if (!q.prepare(QStringLiteral("SELECT id, publisher, title_ko, title_en, scope, currency, scale, unit, published, json "
                                  "FROM series WHERE (:all = 1 OR id = :id) ORDER BY rowid"))) {
        m_error = q.lastError().text();
        return out;
    }
    q.bindValue(QStringLiteral(":all"), id.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        SeriesRecord s;
        s.id = q.value(0).toString();
        s.publisher = q.value(1).toString();
        s.titleKo = q.value(2).toString();
        s.titleEn = q.value(3).toString();
        s.scope = q.value(4).toString();
        s.currency = q.value(5).toString();
        s.scale = q.value(6).isNull() ? 1.0 : q.value(6).toDouble();
        s.unit = q.value(7).toString();
        s.published = q.value(8).toString();
        const QJsonObject json = parse(q.value(9).toString());
        const QJsonObject cagr = json.value(u"cagr").toObject();
        if (!cagr.isEmpty()) {
            s.cagr.value = cagr.value(u"value").toDouble();
            s.cagr.from = cagr.value(u"from").toString();
            s.cagr.to = cagr.value(u"to").toString();
            s.cagr.derived = cagr.value(u"basis").toString() == u"derived";
        }
        s.report = readReport(json);
        s.noteKo = json.value(u"note_ko").toString();
        s.noteEn = json.value(u"note_en").toString();
        s.sources = readSources(json);
        index.insert(s.id, int(out.size()));
        out.append(s);
    }

    QSqlQuery p(m_db);
    if (!p.prepare(QStringLiteral("SELECT series_id, period, value, basis, forecast, text_ko FROM series_point "
                                  "WHERE (:all = 1 OR series_id = :id) ORDER BY series_id, ord"))) {
        m_error = p.lastError().text();
        return out;
    }
    p.bindValue(QStringLiteral(":all"), id.isEmpty() ? 1 : 0);
    p.bindValue(QStringLiteral(":id"), id);
    if (!p.exec()) {
        m_error = p.lastError().text();
        return out;
    }
    while (p.next()) {
        const auto it = index.constFind(p.value(0).toString());
        if (it == index.constEnd())
            continue;
        SeriesPoint pt;
        pt.period = p.value(1).toString();
        pt.value = p.value(2).toDouble();
        pt.derived = p.value(3).toString() == u"derived";
        pt.forecast = p.value(4).toInt() != 0;
        pt.textKo = p.value(5).toString();
        out[*it].points.append(pt);
    }
    return out;
}

QList<FigureRecord> SeriesRepository::figuresOfActor(const QString &actorId) const
{
    return readFigures(QStringLiteral("f.actor = ?"), { actorId }, QStringLiteral("f.period DESC, f.grp, f.id"));
}

QList<FigureRecord> SeriesRepository::readFigures(const QString &whereSql, const QVariantList &values,
                                                  const QString &orderBy) const
{
    m_error.clear();
    QList<FigureRecord> out;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT f.id, f.actor, f.period, f.metric_ko, f.metric_en, f.value, f.currency, f.scale, "
                                  "f.unit, f.grp, f.text_ko, f.item, i.title_ko, i.title_en, f.json "
                                  "FROM figure f LEFT JOIN item i ON i.id = f.item "
                                  "WHERE %1 ORDER BY %2")
                       .arg(whereSql, orderBy))) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        FigureRecord f;
        f.id = q.value(0).toString();
        f.actor = q.value(1).toString();
        f.period = q.value(2).toString();
        f.metricKo = q.value(3).toString();
        f.metricEn = q.value(4).toString();
        f.value = q.value(5).toDouble();
        f.currency = q.value(6).toString();
        f.scale = q.value(7).isNull() ? 1.0 : q.value(7).toDouble();
        f.unit = q.value(8).toString();
        f.group = q.value(9).toString();
        f.textKo = q.value(10).toString();
        f.item = q.value(11).toString();
        f.itemTitleKo = q.value(12).toString();
        f.itemTitleEn = q.value(13).toString();
        const QJsonObject json = parse(q.value(14).toString());
        f.report = readReport(json);
        f.noteKo = json.value(u"note_ko").toString();
        f.noteEn = json.value(u"note_en").toString();
        f.sources = readSources(json);
        out.append(f);
    }
    return out;
}

} // namespace Atlas
