#include "userdatastore.h"

#include "datasetreader.h"
#include "userdatanotifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {
struct Kind
{
    const char16_t *list; // interchange list name
    const char16_t *kind; // user_record.kind and base table
    const char16_t *baseIds; // ids of the base dataset
};
const Kind kKinds[] = {
    { u"actors", u"actor", u"SELECT id FROM base.actor" },
    { u"items", u"item", u"SELECT id FROM base.item" },
    { u"series", u"series", u"SELECT id FROM base.series" },
    { u"figures", u"figure", u"SELECT id FROM base.figure" },
};

QList<QJsonObject> *listOf(Dataset &d, const QString &list)
{
    if (list == u"actors")
        return &d.actors;
    if (list == u"items")
        return &d.items;
    if (list == u"series")
        return &d.series;
    return &d.figures;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QStringList &targetKinds()
{
    static const QStringList kinds = { QStringLiteral("item"), QStringLiteral("actor"), QStringLiteral("series"),
                                       QStringLiteral("figure"), QStringLiteral("group") };
    return kinds;
}
} // namespace

UserDataStore::UserDataStore(QSqlDatabase db)
    : m_db(db)
{
}

QString UserDataStore::note(const QString &kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM main.note WHERE target_kind = ? AND target_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool UserDataStore::setNote(const QString &kind, const QString &id, const QString &text)
{
    QSqlQuery q(m_db);
    if (text.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM main.note WHERE target_kind = ? AND target_id = ?"));
        q.addBindValue(kind);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO main.note (target_kind, target_id, text, modified) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (target_kind, target_id) DO UPDATE SET text = excluded.text, "
                                 "modified = excluded.modified"));
        q.addBindValue(kind);
        q.addBindValue(id);
        q.addBindValue(text);
        q.addBindValue(now());
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    UserDataNotifier::notify(m_db.connectionName(), UserDataNotifier::Change::Note, kind, id);
    return true;
}

bool UserDataStore::isBookmarked(const QString &kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM main.bookmark WHERE target_kind = ? AND target_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool UserDataStore::setBookmarked(const QString &kind, const QString &id, bool bookmarked)
{
    QSqlQuery q(m_db);
    if (bookmarked) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO main.bookmark (target_kind, target_id, created) VALUES (?, ?, ?)"));
        q.addBindValue(kind);
        q.addBindValue(id);
        q.addBindValue(now());
    } else {
        q.prepare(QStringLiteral("DELETE FROM main.bookmark WHERE target_kind = ? AND target_id = ?"));
        q.addBindValue(kind);
        q.addBindValue(id);
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    UserDataNotifier::notify(m_db.connectionName(), UserDataNotifier::Change::Bookmark, kind, id);
    return true;
}

QList<UserDataStore::Bookmark> UserDataStore::bookmarks() const
{
    QList<Bookmark> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT target_kind, target_id, created FROM main.bookmark ORDER BY created DESC")))
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate) });
    return out;
}

QList<UserDataStore::Note> UserDataStore::notes() const
{
    QList<Note> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT target_kind, target_id, text, modified FROM main.note ORDER BY modified DESC")))
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODate) });
    return out;
}

QSet<QString> UserDataStore::idsIn(const QString &sql) const
{
    QSet<QString> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

UserDataStore::ImportPlan UserDataStore::planImportFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.problems << tr("%1: cannot be read: %2").arg(path, file.errorString());
        return plan;
    }
    if (file.size() > DatasetReader::MaxFileSize) {
        ImportPlan plan;
        plan.problems << tr("%1: is larger than %2 MB").arg(path).arg(DatasetReader::MaxFileSize >> 20);
        return plan;
    }
    return planImport(file.readAll());
}

UserDataStore::ImportPlan UserDataStore::planImport(const QByteArray &json) const
{
    ImportPlan plan;
    DatasetReader reader;
    if (!reader.readData(json)) {
        plan.problems = reader.problemStrings();
        return plan;
    }
    // Actors may be the base dataset's, the user's earlier ones, or new in this file.
    QSet<QString> known = idsIn(QStringLiteral("SELECT id FROM base.actor"));
    known.unite(idsIn(QStringLiteral("SELECT id FROM main.user_record WHERE kind = 'actor'")));
    reader.validate(known);
    plan.problems = reader.problemStrings();
    plan.records = reader.dataset();
    plan.records.header = {};
    if (!plan.records.findings.isEmpty())
        plan.problems << tr("findings: the report's findings belong to the base dataset and cannot be imported");

    for (const Kind &kind : kKinds) {
        const QString list = QString::fromUtf16(kind.list);
        const QSet<QString> baseIds = idsIn(QString::fromUtf16(kind.baseIds));
        QHash<QString, QString> existing; // id -> json
        {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT id, json FROM main.user_record WHERE kind = ?"));
            q.addBindValue(QString::fromUtf16(kind.kind));
            if (q.exec()) {
                while (q.next())
                    existing.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
        const QList<QJsonObject> &records = *listOf(plan.records, list);
        for (int i = 0; i < records.size(); ++i) {
            const QString id = records.at(i).value(u"id").toString();
            if (baseIds.contains(id)) {
                plan.problems << tr("%1[%2].id: \"%3\" is a record of the base dataset; give your record its own id")
                                     .arg(list)
                                     .arg(i)
                                     .arg(id);
                continue;
            }
            const QString label = list + u'/' + id;
            const auto it = existing.constFind(id);
            if (it == existing.constEnd())
                plan.added << label;
            else if (QJsonDocument::fromJson(it->toUtf8()).object() == records.at(i))
                plan.unchanged << label;
            else
                plan.changed << label;
        }
    }

    // The user's own lists, from an export of another installation.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray notes = root.value(u"notes").toArray();
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes.at(i).toObject();
        const QString kind = n.value(u"target_kind").toString();
        if (!targetKinds().contains(kind) || n.value(u"target_id").toString().isEmpty()
            || n.value(u"text").toString().isEmpty()) {
            plan.problems << tr("notes[%1]: needs target_kind (%2), target_id and text")
                                 .arg(i)
                                 .arg(targetKinds().join(QStringLiteral(", ")));
            continue;
        }
        plan.notes.append({ kind, n.value(u"target_id").toString(), n.value(u"text").toString(),
                            QDateTime::fromString(n.value(u"modified").toString(), Qt::ISODate) });
    }
    const QJsonArray bookmarks = root.value(u"bookmarks").toArray();
    for (int i = 0; i < bookmarks.size(); ++i) {
        const QJsonObject b = bookmarks.at(i).toObject();
        const QString kind = b.value(u"target_kind").toString();
        if (!targetKinds().contains(kind) || b.value(u"target_id").toString().isEmpty()) {
            plan.problems << tr("bookmarks[%1]: needs target_kind (%2) and target_id")
                                 .arg(i)
                                 .arg(targetKinds().join(QStringLiteral(", ")));
            continue;
        }
        plan.bookmarks.append({ kind, b.value(u"target_id").toString(),
                                QDateTime::fromString(b.value(u"created").toString(), Qt::ISODate) });
    }
    return plan;
}

bool UserDataStore::applyImport(const ImportPlan &plan, const QString &origin)
{
    m_error.clear();
    if (!plan.isValid()) {
        m_error = tr("The import has problems; nothing was written.");
        return false;
    }
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const auto rollback = [this](const QSqlQuery &q) {
        m_error = q.lastError().text();
        m_db.rollback();
        return false;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO main.user_record (kind, id, json, origin, modified) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json, origin = excluded.origin, "
                             "modified = excluded.modified"));
    const QString stamp = now();
    for (const Kind &kind : kKinds) {
        for (const QJsonObject &record : *listOf(const_cast<Dataset &>(plan.records), QString::fromUtf16(kind.list))) {
            q.addBindValue(QString::fromUtf16(kind.kind));
            q.addBindValue(record.value(u"id").toString());
            q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
            q.addBindValue(origin);
            q.addBindValue(stamp);
            if (!q.exec())
                return rollback(q);
        }
    }
    QSqlQuery n(m_db);
    n.prepare(QStringLiteral("INSERT INTO main.note (target_kind, target_id, text, modified) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (target_kind, target_id) DO UPDATE SET text = excluded.text, "
                             "modified = excluded.modified"));
    for (const Note &note : plan.notes) {
        n.addBindValue(note.targetKind);
        n.addBindValue(note.targetId);
        n.addBindValue(note.text);
        n.addBindValue(note.modified.isValid() ? note.modified.toString(Qt::ISODate) : stamp);
        if (!n.exec())
            return rollback(n);
    }
    QSqlQuery b(m_db);
    b.prepare(QStringLiteral("INSERT OR IGNORE INTO main.bookmark (target_kind, target_id, created) VALUES (?, ?, ?)"));
    for (const Bookmark &bookmark : plan.bookmarks) {
        b.addBindValue(bookmark.targetKind);
        b.addBindValue(bookmark.targetId);
        b.addBindValue(bookmark.created.isValid() ? bookmark.created.toString(Qt::ISODate) : stamp);
        if (!b.exec())
            return rollback(b);
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    UserDataNotifier::notify(m_db.connectionName(), UserDataNotifier::Change::Import);
    return true;
}

Dataset UserDataStore::userRecords() const
{
    Dataset d;
    for (const Kind &kind : kKinds) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT json FROM main.user_record WHERE kind = ? ORDER BY id"));
        q.addBindValue(QString::fromUtf16(kind.kind));
        if (!q.exec())
            continue;
        while (q.next())
            listOf(d, QString::fromUtf16(kind.list))->append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    return d;
}

QJsonObject UserDataStore::UserRecord::object() const
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

UserDataStore::UserRecord UserDataStore::userRecord(const QString &kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json, origin, modified FROM main.user_record WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return { kind, id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
}

bool UserDataStore::writeRecord(const QString &kind, const QJsonObject &record, const QString &origin)
{
    return writeRecord({ kind, record.value(u"id").toString(),
                         QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)), origin, {} });
}

bool UserDataStore::writeRecord(const UserRecord &record)
{
    m_error.clear();
    if (record.isNull()) {
        m_error = tr("A record needs an id.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO main.user_record (kind, id, json, origin, modified) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json, origin = excluded.origin, "
                             "modified = excluded.modified"));
    q.addBindValue(record.kind);
    q.addBindValue(record.id);
    q.addBindValue(record.json);
    q.addBindValue(record.origin);
    q.addBindValue(record.modified.isEmpty() ? now() : record.modified);
    return execInTransaction(q);
}

bool UserDataStore::deleteRecord(const QString &kind, const QString &id)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM main.user_record WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    return execInTransaction(q);
}

bool UserDataStore::execInTransaction(QSqlQuery &q)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (!q.exec() || !m_db.commit()) {
        m_error = q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

int UserDataStore::userRecordCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM main.user_record")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QByteArray UserDataStore::exportUserData() const
{
    const Dataset d = userRecords();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromUtf16(FormatId));
    const auto array = [](const QList<QJsonObject> &list) {
        QJsonArray a;
        for (const QJsonObject &o : list)
            a.append(o);
        return a;
    };
    root.insert(QStringLiteral("actors"), array(d.actors));
    root.insert(QStringLiteral("items"), array(d.items));
    root.insert(QStringLiteral("series"), array(d.series));
    root.insert(QStringLiteral("figures"), array(d.figures));
    QJsonArray notes;
    for (const Note &n : this->notes())
        notes.append(QJsonObject { { QStringLiteral("target_kind"), n.targetKind },
                                   { QStringLiteral("target_id"), n.targetId },
                                   { QStringLiteral("text"), n.text },
                                   { QStringLiteral("modified"), n.modified.toString(Qt::ISODate) } });
    QJsonArray bookmarks;
    for (const Bookmark &b : this->bookmarks())
        bookmarks.append(QJsonObject { { QStringLiteral("target_kind"), b.targetKind },
                                       { QStringLiteral("target_id"), b.targetId },
                                       { QStringLiteral("created"), b.created.toString(Qt::ISODate) } });
    root.insert(QStringLiteral("notes"), notes);
    root.insert(QStringLiteral("bookmarks"), bookmarks);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Atlas
