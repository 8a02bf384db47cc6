#include "datasetbuilder.h"

#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

bool DatasetBuilder::fail(const QString &what, const QString &detail)
{
    m_error = tr("%1: %2").arg(what, detail);
    return false;
}

bool DatasetBuilder::build(const Dataset &dataset, const QString &outputPath)
{
    m_error.clear();
    const QFileInfo out(outputPath);
    if (!QDir().mkpath(out.absolutePath()))
        return fail(outputPath, tr("cannot create the folder"));
    const QString tmpPath = out.absoluteFilePath() + QStringLiteral(".tmp");
    QFile::remove(tmpPath);

    const QString conn = QStringLiteral("atlas-build-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(tmpPath);
        if (!db.open()) {
            fail(tmpPath, db.lastError().text());
        } else {
            QSqlQuery q(db);
            // A build is one bulk load into a new file: no journal needed, the rename is the commit.
            q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            Migrator migrator(Migrator::Set::Base);
            if (!migrator.migrate(db))
                fail(tmpPath, migrator.errorString());
            else if (insertAll(db, dataset)) {
                if (!q.exec(QStringLiteral("INSERT INTO item_fts(item_fts) VALUES ('optimize')")))
                    fail(tmpPath, q.lastError().text());
                else if (!q.exec(QStringLiteral("ANALYZE")))
                    fail(tmpPath, q.lastError().text());
                else
                    ok = true;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!ok) {
        QFile::remove(tmpPath);
        return false;
    }
    QFile::remove(outputPath);
    if (!QFile::rename(tmpPath, outputPath)) {
        QFile::remove(tmpPath);
        return fail(outputPath, tr("cannot move the new dataset into place"));
    }
    return true;
}

bool DatasetBuilder::insertAll(QSqlDatabase &db, const Dataset &dataset)
{
    if (!db.transaction())
        return fail(tr("transaction"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO dataset (key, value) VALUES (?, ?)"));
    for (auto it = dataset.header.constBegin(); it != dataset.header.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value().toString());
        if (!q.exec()) {
            db.rollback();
            return fail(QStringLiteral("dataset.%1").arg(it.key()), q.lastError().text());
        }
    }
    const bool ok = insertActors(db, dataset.actors) && insertItems(db, dataset) && insertSeries(db, dataset.series)
        && insertFigures(db, dataset.figures) && insertFindings(db, dataset.findings);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("commit"), db.lastError().text());
    }
    return true;
}

bool DatasetBuilder::insertSources(QSqlDatabase &db, const QString &kind, const QJsonObject &record)
{
    const QJsonArray sources = record.value(u"sources").toArray();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO source (owner_kind, owner_id, ord, citation, url, footnote) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
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

bool DatasetBuilder::insertActors(QSqlDatabase &db, const QList<QJsonObject> &actors)
{
    QSqlQuery q(db), m(db);
    q.prepare(QStringLiteral("INSERT INTO actor (id, kind, name_ko, name_en, country, parent, profile_ko, profile_en, "
                             "note_ko, note_en, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m.prepare(QStringLiteral("INSERT OR IGNORE INTO actor_member (actor_id, member_id) VALUES (?, ?)"));
    for (const QJsonObject &a : actors) {
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
        const QJsonArray members = a.value(u"members").toArray();
        for (const QJsonValue &member : members) {
            m.addBindValue(id);
            m.addBindValue(member.toString());
            if (!m.exec())
                return fail(QStringLiteral("actor %1 members").arg(id), m.lastError().text());
        }
    }
    return true;
}

bool DatasetBuilder::insertItems(QSqlDatabase &db, const Dataset &dataset)
{
    // Actor names go into the search index, so "미국" finds items of USA and "United States" too.
    QHash<QString, QJsonObject> actors;
    for (const QJsonObject &a : dataset.actors)
        actors.insert(a.value(u"id").toString(), a);

    QSqlQuery q(db), ia(db), fts(db);
    q.prepare(QStringLiteral(
        "INSERT INTO item (id, date, date_end, date_first, date_last, precision, actor_ids, primary_actor, category, "
        "type, title_ko, title_en, summary_ko, summary_en, issuer_ko, issuer_en, tags, highlight, section_ko, "
        "section_en, report_line, note_ko, note_en, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ia.prepare(QStringLiteral("INSERT OR IGNORE INTO item_actor (item_rowid, actor_id, rollup, ord) VALUES (?, ?, ?, ?)"));
    fts.prepare(QStringLiteral("INSERT INTO item_fts (rowid, title_ko, title_en, summary_ko, summary_en, tags, actors, "
                               "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonObject &it : dataset.items) {
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
        QStringList actorNames;
        for (int i = 0; i < actorIds.size(); ++i) {
            const QJsonObject actor = actors.value(actorIds.at(i));
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
        fts.addBindValue(rowid);
        for (const char16_t *key : { u"title_ko", u"title_en", u"summary_ko", u"summary_en" })
            fts.addBindValue(it.value(QString::fromUtf16(key)).toString());
        fts.addBindValue(tags.join(u' '));
        fts.addBindValue(actorNames.join(u' '));
        fts.addBindValue(QStringList { it.value(u"note_ko").toString(), it.value(u"note_en").toString() }.join(u' '));
        if (!fts.exec())
            return fail(QStringLiteral("item %1 search index").arg(id), fts.lastError().text());
        if (!insertSources(db, QStringLiteral("item"), it))
            return false;
    }
    return true;
}

bool DatasetBuilder::insertSeries(QSqlDatabase &db, const QList<QJsonObject> &series)
{
    QSqlQuery q(db), p(db);
    q.prepare(QStringLiteral("INSERT INTO series (id, publisher, title_ko, title_en, scope, currency, scale, unit, "
                             "published, report_line, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    p.prepare(QStringLiteral("INSERT INTO series_point (series_id, ord, period, value, basis, forecast, text_ko) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonObject &s : series) {
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
        if (!insertSources(db, QStringLiteral("series"), s))
            return false;
    }
    return true;
}

bool DatasetBuilder::insertFigures(QSqlDatabase &db, const QList<QJsonObject> &figures)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO figure (id, actor, period, metric_ko, metric_en, value, currency, scale, "
                             "unit, grp, text_ko, item, report_line, json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonObject &f : figures) {
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
        if (!insertSources(db, QStringLiteral("figure"), f))
            return false;
    }
    return true;
}

bool DatasetBuilder::insertFindings(QSqlDatabase &db, const QList<QJsonObject> &findings)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO finding (id, ord, title_ko, title_en, json) VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonObject &f : findings) {
        q.addBindValue(f.value(u"id").toString());
        q.addBindValue(f.value(u"order").toInt());
        q.addBindValue(f.value(u"title_ko").toString());
        q.addBindValue(f.value(u"title_en").toString());
        q.addBindValue(compact(f));
        if (!q.exec())
            return fail(QStringLiteral("finding %1").arg(f.value(u"id").toString()), q.lastError().text());
    }
    return true;
}

} // namespace Atlas
