#include "datasetbuilder.h"

#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Atlas {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QVariant textOrNull(const QJsonObject &o, const char16_t *key)
{
    const QString s = o.value(QString::fromUtf16(key)).toString();
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant numberOrNull(const QJsonObject &o, const char16_t *key)
{
    const QJsonValue v = o.value(QString::fromUtf16(key));
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
}
QVariant reportLine(const QJsonObject &o)
{
    const QJsonValue v = o.value(u"report").toObject().value(u"line");
    return v.isDouble() ? QVariant(v.toInt()) : QVariant();
}
} // namespace

// Prepared once per build: a million inserts must not re-prepare.
struct DatasetBuilder::Statements
{
    explicit Statements(QSqlDatabase db)
        : header(db), actor(db), member(db), item(db), itemActor(db), fts(db), source(db), series(db), point(db),
          figure(db), finding(db)
    {
    }
    bool prepare()
    {
        return header.prepare(QStringLiteral("INSERT INTO dataset (key, value) VALUES (?, ?)"))
            && actor.prepare(QStringLiteral("INSERT INTO actor (id, kind, name_ko, name_en, country, parent, profile_ko, "
                                            "profile_en, note_ko, note_en, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && member.prepare(QStringLiteral("INSERT OR IGNORE INTO actor_member (actor_id, member_id) VALUES (?, ?)"))
            && item.prepare(QStringLiteral(
                "INSERT INTO item (id, date, date_end, date_first, date_last, precision, actor_ids, primary_actor, "
                "category, type, title_ko, title_en, summary_ko, summary_en, issuer_ko, issuer_en, tags, highlight, "
                "section_ko, section_en, report_line, note_ko, note_en, json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && itemActor.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO item_actor (item_rowid, actor_id, rollup, ord) VALUES (?, ?, ?, ?)"))
            && fts.prepare(QStringLiteral("INSERT INTO item_fts (rowid, title_ko, title_en, summary_ko, summary_en, "
                                          "tags, actors, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            && source.prepare(QStringLiteral("INSERT INTO source (owner_kind, owner_id, ord, citation, url, footnote) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"))
            && series.prepare(QStringLiteral("INSERT INTO series (id, publisher, title_ko, title_en, scope, currency, "
                                             "scale, unit, published, report_line, json) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && point.prepare(QStringLiteral("INSERT INTO series_point (series_id, ord, period, value, basis, forecast, "
                                            "text_ko) VALUES (?, ?, ?, ?, ?, ?, ?)"))
            && figure.prepare(QStringLiteral("INSERT INTO figure (id, actor, period, metric_ko, metric_en, value, "
                                             "currency, scale, unit, grp, text_ko, item, report_line, json) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && finding.prepare(QStringLiteral("INSERT INTO finding (id, ord, title_ko, title_en, json) "
                                              "VALUES (?, ?, ?, ?, ?)"));
    }
    QSqlQuery header, actor, member, item, itemActor, fts, source, series, point, figure, finding;
};

DatasetBuilder::DatasetBuilder() = default;

DatasetBuilder::~DatasetBuilder()
{
    abort();
}

bool DatasetBuilder::fail(const QString &what, const QString &detail)
{
    m_error = tr("%1: %2").arg(what, detail);
    return false;
}

bool DatasetBuilder::build(const Dataset &dataset, const QString &outputPath)
{
    if (!begin(outputPath) || !addHeader(dataset.header)) {
        abort();
        return false;
    }
    for (const QJsonObject &a : dataset.actors) {
        if (!addActor(a))
            return abort(), false;
    }
    for (const QJsonObject &i : dataset.items) {
        if (!addItem(i))
            return abort(), false;
    }
    for (const QJsonObject &s : dataset.series) {
        if (!addSeries(s))
            return abort(), false;
    }
    for (const QJsonObject &f : dataset.figures) {
        if (!addFigure(f))
            return abort(), false;
    }
    for (const QJsonObject &f : dataset.findings) {
        if (!addFinding(f))
            return abort(), false;
    }
    return finish();
}

bool DatasetBuilder::begin(const QString &outputPath)
{
    abort();
    m_error.clear();
    m_actors.clear();
    const QFileInfo out(outputPath);
    if (!QDir().mkpath(out.absolutePath()))
        return fail(outputPath, tr("cannot create the folder"));
    m_outputPath = out.absoluteFilePath();
    m_tmpPath = m_outputPath + QStringLiteral(".tmp");
    QFile::remove(m_tmpPath);
    m_connection = QStringLiteral("atlas-build-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_tmpPath);
    if (!db.open())
        return fail(m_tmpPath, db.lastError().text());
    QSqlQuery q(db);
    // A build is one bulk load into a new file: no journal needed, the rename is the commit.
    q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    Migrator migrator(Migrator::Set::Base);
    if (!migrator.migrate(db))
        return fail(m_tmpPath, migrator.errorString());
    if (!db.transaction())
        return fail(tr("transaction"), db.lastError().text());
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->prepare())
        return fail(m_tmpPath, db.lastError().text());
    return true;
}

bool DatasetBuilder::addHeader(const QJsonObject &header)
{
    QSqlQuery &q = m_statements->header;
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value().toString());
        if (!q.exec())
            return fail(QStringLiteral("dataset.%1").arg(it.key()), q.lastError().text());
    }
    return true;
}

bool DatasetBuilder::insertSources(const QString &kind, const QJsonObject &record)
{
    const QJsonArray sources = record.value(u"sources").toArray();
    QSqlQuery &q = m_statements->source;
    for (int i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources.at(i).toObject();
        q.addBindValue(kind);
        q.addBindValue(record.value(u"id").toString());
        q.addBindValue(i);
        q.addBindValue(s.value(u"citation").toString());
        q.addBindValue(textOrNull(s, u"url"));
        q.addBindValue(s.value(u"footnote").isDouble() ? QVariant(s.value(u"footnote").toInt()) : QVariant());
        if (!q.exec())
            return fail(QStringLiteral("%1 %2 sources").arg(kind, record.value(u"id").toString()), q.lastError().text());
    }
    return true;
}

bool DatasetBuilder::addActor(const QJsonObject &a)
{
    QSqlQuery &q = m_statements->actor;
    const QString id = a.value(u"id").toString();
    q.addBindValue(id);
    q.addBindValue(a.value(u"kind").toString());
    q.addBindValue(a.value(u"name_ko").toString());
    q.addBindValue(a.value(u"name_en").toString());
    for (const char16_t *key : { u"country", u"parent", u"profile_ko", u"profile_en", u"note_ko", u"note_en" })
        q.addBindValue(textOrNull(a, key));
    q.addBindValue(compact(a));
    if (!q.exec())
        return fail(QStringLiteral("actor %1").arg(id), q.lastError().text());
    QSqlQuery &m = m_statements->member;
    for (const QJsonValue &member : a.value(u"members").toArray()) {
        m.addBindValue(id);
        m.addBindValue(member.toString());
        if (!m.exec())
            return fail(QStringLiteral("actor %1 members").arg(id), m.lastError().text());
    }
    m_actors.insert(id, a);
    return true;
}

bool DatasetBuilder::addItem(const QJsonObject &it)
{
    QSqlQuery &q = m_statements->item;
    const QString id = it.value(u"id").toString();
    const FuzzyDate date = FuzzyDate::parse(it.value(u"date").toString());
    const FuzzyDate end = FuzzyDate::parse(it.value(u"date_end").toString());
    QStringList actorIds;
    for (const QJsonValue &v : it.value(u"actors").toArray())
        actorIds << v.toString();
    QStringList tags;
    for (const QJsonValue &v : it.value(u"tags").toArray())
        tags << v.toString();
    const QJsonObject report = it.value(u"report").toObject();
    q.addBindValue(id);
    q.addBindValue(date.toString());
    q.addBindValue(end.isValid() ? QVariant(end.toString()) : QVariant());
    q.addBindValue(date.firstDay());
    q.addBindValue(end.isValid() ? end.lastDay() : date.lastDay());
    q.addBindValue(int(date.precision()));
    q.addBindValue(actorIds.join(u','));
    q.addBindValue(actorIds.value(0));
    q.addBindValue(it.value(u"category").toString());
    q.addBindValue(it.value(u"type").toString());
    for (const char16_t *key : { u"title_ko", u"title_en", u"summary_ko", u"summary_en" })
        q.addBindValue(it.value(QString::fromUtf16(key)).toString());
    q.addBindValue(textOrNull(it, u"issuer_ko"));
    q.addBindValue(textOrNull(it, u"issuer_en"));
    q.addBindValue(tags.join(u' '));
    q.addBindValue(it.value(u"highlight").toBool() ? 1 : 0);
    q.addBindValue(textOrNull(report, u"section_ko"));
    q.addBindValue(textOrNull(report, u"section_en"));
    q.addBindValue(reportLine(it));
    q.addBindValue(textOrNull(it, u"note_ko"));
    q.addBindValue(textOrNull(it, u"note_en"));
    q.addBindValue(compact(it));
    if (!q.exec())
        return fail(QStringLiteral("item %1").arg(id), q.lastError().text());
    const qlonglong rowid = q.lastInsertId().toLongLong();
    // Actor names go into the search index, so "미국" finds items of USA and "United States" too.
    QStringList actorNames;
    QSqlQuery &ia = m_statements->itemActor;
    for (int i = 0; i < actorIds.size(); ++i) {
        const QJsonObject actor = m_actors.value(actorIds.at(i));
        const bool subnational = actor.value(u"kind").toString() == u"subnational";
        const QString country = actor.value(u"country").toString();
        ia.addBindValue(rowid);
        ia.addBindValue(actorIds.at(i));
        ia.addBindValue(subnational && !country.isEmpty() ? country : actorIds.at(i));
        ia.addBindValue(i);
        if (!ia.exec())
            return fail(QStringLiteral("item %1 actors").arg(id), ia.lastError().text());
        actorNames << actorIds.at(i) << actor.value(u"name_ko").toString() << actor.value(u"name_en").toString();
    }
    QSqlQuery &fts = m_statements->fts;
    fts.addBindValue(rowid);
    for (const char16_t *key : { u"title_ko", u"title_en", u"summary_ko", u"summary_en" })
        fts.addBindValue(it.value(QString::fromUtf16(key)).toString());
    fts.addBindValue(tags.join(u' '));
    fts.addBindValue(actorNames.join(u' '));
    fts.addBindValue(QStringList { it.value(u"note_ko").toString(), it.value(u"note_en").toString() }.join(u' '));
    if (!fts.exec())
        return fail(QStringLiteral("item %1 search index").arg(id), fts.lastError().text());
    return insertSources(QStringLiteral("item"), it);
}

bool DatasetBuilder::addSeries(const QJsonObject &s)
{
    QSqlQuery &q = m_statements->series;
    const QString id = s.value(u"id").toString();
    for (const char16_t *key : { u"id", u"publisher", u"title_ko", u"title_en", u"scope" })
        q.addBindValue(s.value(QString::fromUtf16(key)).toString());
    q.addBindValue(textOrNull(s, u"currency"));
    q.addBindValue(numberOrNull(s, u"scale"));
    q.addBindValue(textOrNull(s, u"unit"));
    q.addBindValue(textOrNull(s, u"published"));
    q.addBindValue(reportLine(s));
    q.addBindValue(compact(s));
    if (!q.exec())
        return fail(QStringLiteral("series %1").arg(id), q.lastError().text());
    QSqlQuery &p = m_statements->point;
    const QJsonArray points = s.value(u"points").toArray();
    for (int i = 0; i < points.size(); ++i) {
        const QJsonObject pt = points.at(i).toObject();
        p.addBindValue(id);
        p.addBindValue(i);
        p.addBindValue(pt.value(u"period").toString());
        p.addBindValue(pt.value(u"value").toDouble());
        p.addBindValue(pt.value(u"basis").toString());
        p.addBindValue(pt.value(u"forecast").toBool() ? 1 : 0);
        p.addBindValue(textOrNull(pt, u"text_ko"));
        if (!p.exec())
            return fail(QStringLiteral("series %1 points[%2]").arg(id).arg(i), p.lastError().text());
    }
    return insertSources(QStringLiteral("series"), s);
}

bool DatasetBuilder::addFigure(const QJsonObject &f)
{
    QSqlQuery &q = m_statements->figure;
    const QString id = f.value(u"id").toString();
    for (const char16_t *key : { u"id", u"actor", u"period", u"metric_ko", u"metric_en" })
        q.addBindValue(f.value(QString::fromUtf16(key)).toString());
    q.addBindValue(f.value(u"value").toDouble());
    q.addBindValue(textOrNull(f, u"currency"));
    q.addBindValue(numberOrNull(f, u"scale"));
    q.addBindValue(textOrNull(f, u"unit"));
    q.addBindValue(textOrNull(f, u"group"));
    q.addBindValue(textOrNull(f, u"text_ko"));
    q.addBindValue(textOrNull(f, u"item"));
    q.addBindValue(reportLine(f));
    q.addBindValue(compact(f));
    if (!q.exec())
        return fail(QStringLiteral("figure %1").arg(id), q.lastError().text());
    return insertSources(QStringLiteral("figure"), f);
}

bool DatasetBuilder::addFinding(const QJsonObject &f)
{
    QSqlQuery &q = m_statements->finding;
    q.addBindValue(f.value(u"id").toString());
    q.addBindValue(f.value(u"order").toInt());
    q.addBindValue(f.value(u"title_ko").toString());
    q.addBindValue(f.value(u"title_en").toString());
    q.addBindValue(compact(f));
    if (!q.exec())
        return fail(QStringLiteral("finding %1").arg(f.value(u"id").toString()), q.lastError().text());
    return true;
}

bool DatasetBuilder::finish()
{
    if (!m_statements)
        return fail(m_outputPath, tr("no build in progress"));
    m_statements.reset();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        if (!db.commit())
            fail(tr("commit"), db.lastError().text());
        else if (!q.exec(QStringLiteral("INSERT INTO item_fts(item_fts) VALUES ('optimize')")))
            fail(m_tmpPath, q.lastError().text());
        else if (!q.exec(QStringLiteral("ANALYZE")))
            fail(m_tmpPath, q.lastError().text());
        else
            ok = true;
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    if (!ok) {
        QFile::remove(m_tmpPath);
        return false;
    }
    QFile::remove(m_outputPath);
    if (!QFile::rename(m_tmpPath, m_outputPath)) {
        QFile::remove(m_tmpPath);
        return fail(m_outputPath, tr("cannot move the new dataset into place"));
    }
    return true;
}

void DatasetBuilder::abort()
{
    m_statements.reset();
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.rollback();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        QFile::remove(m_tmpPath);
    }
}

} // namespace Atlas
