#include "datasetbuilder.h"

#include "itemcube.h"
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
        : header(db), actor(db), member(db), item(db), itemActor(db), source(db), series(db), point(db),
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
                "INSERT INTO item (rowid, id, date, date_end, date_first, date_last, precision, actor_ids, primary_actor, "
                "category, type, title_ko, title_en, summary_ko, summary_en, issuer_ko, issuer_en, tags, highlight, "
                "section_ko, section_en, report_line, note_ko, note_en, actor_text, note_text, json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && itemActor.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO item_actor (item_rowid, actor_id, rollup, ord) VALUES (?, ?, ?, ?)"))
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
    QSqlQuery header, actor, member, item, itemActor, source, series, point, figure, finding;
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
    m_nextRowid = 0;
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
    q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB while building
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    Migrator migrator(Migrator::Set::Base);
    if (!migrator.migrate(db))
        return fail(m_tmpPath, migrator.errorString());
    // Secondary indexes are built once at the end (a sorted build beats a million updates);
    // UNIQUE and PRIMARY KEY indexes stay, they check the data as it comes in.
    m_deferredIndexes.clear();
    QStringList dropped;
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    while (q.next()) {
        dropped << q.value(0).toString();
        m_deferredIndexes << q.value(1).toString();
    }
    for (const QString &name : std::as_const(dropped)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return fail(m_tmpPath, q.lastError().text());
    }
    // Bigger in-memory batches for the one 'rebuild' of the search index in finish().
    q.exec(QStringLiteral("INSERT INTO item_fts (item_fts, rank) VALUES ('hashsize', 268435456)"));
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
    return insertSources(kind, record.value(u"id").toString(), record.value(u"sources").toArray());
}

bool DatasetBuilder::insertSources(const QString &kind, const QString &id, const QJsonArray &sources)
{
    QSqlQuery &q = m_statements->source;
    for (int i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources.at(i).toObject();
        q.addBindValue(kind);
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(s.value(u"citation").toString());
        q.addBindValue(textOrNull(s, u"url"));
        q.addBindValue(s.value(u"footnote").isDouble() ? QVariant(s.value(u"footnote").toInt()) : QVariant());
        if (!q.exec())
            return fail(QStringLiteral("%1 %2 sources").arg(kind, id), q.lastError().text());
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

void DatasetBuilder::addKnownActor(const QJsonObject &actor)
{
    m_actors.insert(actor.value(u"id").toString(), actor);
}

bool DatasetBuilder::addItem(const QJsonObject &it)
{
    const ItemJson::Columns c = ItemJson::columnsOf(it);
    return addItem(c, ItemJson::residual(it, c), it.value(u"sources").toArray());
}

bool DatasetBuilder::addItem(const ItemJson::Columns &c, const QJsonObject &residual, const QJsonArray &sources)
{
    QSqlQuery &q = m_statements->item;
    const QStringList actorIds = c.actorIds.split(u',', Qt::SkipEmptyParts);
    // Actor names go into the search index, so "미국" finds items of USA and "United States" too.
    QStringList actorNames;
    for (const QString &actorId : actorIds) {
        const QJsonObject actor = m_actors.value(actorId);
        actorNames << actorId << actor.value(u"name_ko").toString() << actor.value(u"name_en").toString();
    }
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    // NULL lets SQLite assign the rowid; the own-records overlay numbers from its offset.
    q.addBindValue(m_nextRowid > 0 ? QVariant(m_nextRowid++) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(c.id);
    q.addBindValue(c.date);
    q.addBindValue(orNull(c.dateEnd));
    q.addBindValue(c.dateFirst);
    q.addBindValue(c.dateLast);
    q.addBindValue(c.precision);
    q.addBindValue(c.actorIds);
    q.addBindValue(actorIds.value(0));
    q.addBindValue(c.category);
    q.addBindValue(c.type);
    q.addBindValue(c.titleKo);
    q.addBindValue(c.titleEn);
    q.addBindValue(c.summaryKo);
    q.addBindValue(c.summaryEn);
    q.addBindValue(orNull(c.issuerKo));
    q.addBindValue(orNull(c.issuerEn));
    q.addBindValue(c.tags);
    q.addBindValue(c.highlight ? 1 : 0);
    q.addBindValue(orNull(c.sectionKo));
    q.addBindValue(orNull(c.sectionEn));
    q.addBindValue(c.reportLine);
    q.addBindValue(orNull(c.noteKo));
    q.addBindValue(orNull(c.noteEn));
    q.addBindValue(actorNames.join(u' '));
    q.addBindValue(orNull(QString(c.noteKo + u' ' + c.noteEn).trimmed()));
    // Only what the columns cannot hold (ItemJson reassembles the rest).
    q.addBindValue(residual.isEmpty() ? QStringLiteral("{}") : compact(residual));
    if (!q.exec())
        return fail(QStringLiteral("item %1").arg(c.id), q.lastError().text());
    const qlonglong rowid = q.lastInsertId().toLongLong();
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
            return fail(QStringLiteral("item %1 actors").arg(c.id), ia.lastError().text());
    }
    return insertSources(QStringLiteral("item"), c.id, sources);
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
        // The search index is filled once from item (external content), then the deferred
        // indexes are built and the counts computed, all inside the load's transaction.
        ok = q.exec(QStringLiteral("INSERT INTO item_fts (item_fts) VALUES ('rebuild')"));
        for (const QString &sql : std::as_const(m_deferredIndexes))
            ok = ok && q.exec(sql);
        QString cubeError;
        if (!ok)
            fail(m_tmpPath, q.lastError().text());
        else if (!ItemCube::build(db, m_actors, &cubeError))
            ok = fail(m_tmpPath, cubeError);
        else if (!db.commit())
            ok = fail(tr("commit"), db.lastError().text());
        else if (!q.exec(QStringLiteral("INSERT INTO item_fts (item_fts) VALUES ('optimize')")))
            ok = fail(m_tmpPath, q.lastError().text());
        else if (!q.exec(QStringLiteral("PRAGMA analysis_limit = 2000")) || !q.exec(QStringLiteral("ANALYZE")))
            ok = fail(m_tmpPath, q.lastError().text());
        else
            ok = true;
        m_deferredIndexes.clear();
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
