#include "ownrecords.h"

#include "datasetbuilder.h"
#include "datasetreader.h"
#include "records.h"
#include "userdatastore.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {
// How many open connections have an overlay attached. One per app; tests may open several.
QAtomicInt s_attachedIndexes;

QSet<QString> idsOf(QSqlDatabase db, const QString &sql, const QString &bound = {})
{
    QSet<QString> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return ids;
    if (!bound.isNull())
        q.addBindValue(bound);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QString slugOf(const QString &hint)
{
    // ASCII letters and digits only: a Korean title gives no slug, and the id is then numbered.
    QString slug;
    for (const QChar c : hint.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
        if (slug.size() >= 40)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}
} // namespace

const QStringList &OwnRecords::tables()
{
    static const QStringList names = { QStringLiteral("item"),   QStringLiteral("item_actor"),   QStringLiteral("actor"),
                                       QStringLiteral("actor_member"), QStringLiteral("source"), QStringLiteral("series"),
                                       QStringLiteral("series_point"), QStringLiteral("figure"), QStringLiteral("finding"),
                                       QStringLiteral("item_cube") };
    return names;
}

void OwnRecords::setSearchIndexAttached(bool attached)
{
    if (attached)
        s_attachedIndexes.ref();
    else
        s_attachedIndexes.deref();
}

bool OwnRecords::isSearchIndexAttached()
{
    return s_attachedIndexes.loadRelaxed() > 0;
}

QString OwnRecords::listOf(const QString &kind)
{
    if (kind == u"series")
        return kind;
    return kind + u's';
}

bool OwnRecords::compile(QSqlDatabase db, const QString &outputPath, QString *error)
{
    const Dataset records = UserDataStore(db).userRecords();
    DatasetBuilder builder;
    const auto failed = [&] {
        if (error)
            *error = builder.errorString();
        builder.abort();
        return false;
    };
    if (!builder.begin(outputPath))
        return failed();
    builder.setRowidOffset(RowidOffset);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT json FROM base.actor"))) {
            if (error)
                *error = q.lastError().text();
            builder.abort();
            return false;
        }
        while (q.next())
            builder.addKnownActor(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    if (!builder.addHeader(QJsonObject { { QStringLiteral("id"), QStringLiteral("own") },
                                         { QStringLiteral("version"), QStringLiteral("1") } }))
        return failed();
    for (const QJsonObject &a : records.actors) {
        if (!builder.addActor(a))
            return failed();
    }
    for (const QJsonObject &i : records.items) {
        if (!builder.addItem(i))
            return failed();
    }
    for (const QJsonObject &s : records.series) {
        if (!builder.addSeries(s))
            return failed();
    }
    for (const QJsonObject &f : records.figures) {
        if (!builder.addFigure(f))
            return failed();
    }
    if (!builder.finish()) {
        if (error)
            *error = builder.errorString();
        return false;
    }
    return true;
}

QHash<QString, QString> OwnRecords::problems(const QString &kind, const QJsonObject &record,
                                             const QSet<QString> &knownActorIds)
{
    QHash<QString, QString> out;
    const QString list = listOf(kind);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromUtf16(FormatId));
    root.insert(list, QJsonArray { record });
    DatasetReader reader;
    if (reader.readData(QJsonDocument(root).toJson(QJsonDocument::Compact)))
        reader.validate(knownActorIds);
    const QString prefix = list + QStringLiteral("[0]");
    for (const DatasetReader::Problem &p : reader.problems()) {
        QString field = p.path.startsWith(prefix) ? p.path.mid(prefix.size()) : p.path;
        if (field.startsWith(u'.'))
            field.remove(0, 1);
        field = field.section(u'.', 0, 0).section(u'[', 0, 0);
        if (!out.contains(field))
            out.insert(field, p.message);
    }
    return out;
}

QSet<QString> OwnRecords::knownActorIds(QSqlDatabase db)
{
    QSet<QString> ids = idsOf(db, QStringLiteral("SELECT id FROM base.actor"));
    ids.unite(idsOf(db, QStringLiteral("SELECT id FROM main.user_record WHERE kind = 'actor'")));
    return ids;
}

bool OwnRecords::idTaken(QSqlDatabase db, const QString &kind, const QString &id)
{
    QString baseSql;
    if (kind == u"item")
        baseSql = QStringLiteral("SELECT id FROM base.item WHERE id = ?");
    else if (kind == u"figure")
        baseSql = QStringLiteral("SELECT id FROM base.figure WHERE id = ?");
    else if (kind == u"series")
        baseSql = QStringLiteral("SELECT id FROM base.series WHERE id = ?");
    else
        baseSql = QStringLiteral("SELECT id FROM base.actor WHERE id = ?");
    if (!idsOf(db, baseSql, id).isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM main.user_record WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    return q.exec() && q.next();
}

QString OwnRecords::newId(QSqlDatabase db, const QString &kind, const QString &hint)
{
    const QString slug = slugOf(hint);
    const bool actor = kind == u"actor";
    QString stem = slug.isEmpty() ? QStringLiteral("user-%1").arg(kind) : QStringLiteral("user-") + slug;
    if (actor)
        stem = stem.toUpper().replace(u'-', u'_');
    for (int n = 1;; ++n) {
        const QString id = n == 1 && !slug.isEmpty() ? stem : stem + (actor ? u'_' : u'-') + QString::number(n);
        if (!idTaken(db, kind, id))
            return id;
    }
}

} // namespace Atlas
