#include "datasetdiff.h"

#include "datasetstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace Atlas {

namespace {

// Per kind: the table and the columns that name a record. These are our own identifiers, never user
// text, so they are put into the SQL text; every value is bound.
struct KindSql
{
    DatasetChange::Kind kind;
    const char *table;
    const char *titleKo;
    const char *titleEn;
    const char *date;
    const char *order;
    // Interchange fields kept in their own columns rather than in the json column (items keep
    // only the remaining fields there), compared one by one.
    const char *columns;
};
// %1 is the table alias.
constexpr KindSql kKinds[] = {
    { DatasetChange::Item, "item", "%1.title_ko", "%1.title_en", "%1.date", "%1.date_first",
      "date,date_end,actor_ids,category,type,title_ko,title_en,summary_ko,summary_en,issuer_ko,issuer_en,tags,"
      "highlight,section_ko,section_en,report_line,note_ko,note_en" },
    { DatasetChange::Figure, "figure", "%1.metric_ko || ' (' || %1.actor || ')'",
      "%1.metric_en || ' (' || %1.actor || ')'", "%1.period", "%1.period", "" },
    { DatasetChange::Series, "series", "%1.title_ko", "%1.title_en", "coalesce(%1.published, '')", "%1.id", "" },
    { DatasetChange::Actor, "actor", "%1.name_ko", "%1.name_en", "''", "%1.id", "" },
};

QString columns(const KindSql &k, const QString &alias)
{
    return QStringList { QLatin1String(k.titleKo), QLatin1String(k.titleEn), QLatin1String(k.date) }
        .join(QLatin1String(", "))
        .arg(alias);
}

QString attachUrl(const QString &path)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// The interchange field a column holds.
QString fieldOfColumn(const QString &column)
{
    if (column == u"actor_ids")
        return QStringLiteral("actors");
    if (column == u"section_ko" || column == u"section_en" || column == u"report_line")
        return QStringLiteral("report");
    return column;
}

QStringList changedFields(const QString &oldJson, const QString &newJson)
{
    const QJsonObject a = QJsonDocument::fromJson(oldJson.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(newJson.toUtf8()).object();
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList fields;
    for (const QString &k : std::as_const(keys)) {
        if (a.value(k) != b.value(k))
            fields << k;
    }
    return fields;
}

} // namespace

QString DatasetDiff::kindKey(DatasetChange::Kind kind)
{
    switch (kind) {
    case DatasetChange::Item:
        return QStringLiteral("item");
    case DatasetChange::Figure:
        return QStringLiteral("figure");
    case DatasetChange::Series:
        return QStringLiteral("series");
    case DatasetChange::Actor:
    case DatasetChange::KindCount:
        break;
    }
    return QStringLiteral("actor");
}

QString DatasetDiff::changeKey(DatasetChange::Change change)
{
    switch (change) {
    case DatasetChange::Added:
        return QStringLiteral("added");
    case DatasetChange::Changed:
        return QStringLiteral("changed");
    case DatasetChange::Removed:
    case DatasetChange::ChangeCount:
        break;
    }
    return QStringLiteral("removed");
}

bool DatasetDiff::compare(const QString &oldPath, const QString &newPath)
{
    m_error.clear();
    m_changes.clear();
    const DatasetHealth older = DatasetStore::check(oldPath, DatasetStore::Check::Header);
    const DatasetHealth newer = DatasetStore::check(newPath, DatasetStore::Check::Header);
    if (!older.ok || !newer.ok) {
        m_error = older.ok ? newer.problem : older.problem;
        return false;
    }
    m_oldInfo = older.info;
    m_newInfo = newer.info;

    const QString name = QStringLiteral("atlas-diff-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        const auto run = [&]() -> QString {
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            for (const auto &[schema, path] : { std::pair { QStringLiteral("od"), oldPath },
                                                std::pair { QStringLiteral("nw"), newPath } }) {
                if (!q.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema)))
                    return q.lastError().text();
                q.addBindValue(attachUrl(path));
                if (!q.exec())
                    return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), q.lastError().text());
            }
            for (const KindSql &k : kKinds) {
                const QString table = QLatin1String(k.table);
                // Added (in nw only) and removed (in od only).
                for (const auto &[change, from, other] :
                     { std::tuple { DatasetChange::Added, QStringLiteral("nw"), QStringLiteral("od") },
                       std::tuple { DatasetChange::Removed, QStringLiteral("od"), QStringLiteral("nw") } }) {
                    const QString sql = QStringLiteral("SELECT r.id, %1 FROM %2.%3 AS r WHERE NOT EXISTS "
                                                       "(SELECT 1 FROM %4.%3 AS o WHERE o.id = r.id) ORDER BY %5, r.id")
                                            .arg(columns(k, QStringLiteral("r")), from, table, other,
                                                 QLatin1String(k.order).arg(QStringLiteral("r")));
                    if (!q.exec(sql))
                        return q.lastError().text();
                    while (q.next()) {
                        DatasetChange c;
                        c.kind = k.kind;
                        c.change = change;
                        c.id = q.value(0).toString();
                        c.titleKo = q.value(1).toString();
                        c.titleEn = q.value(2).toString();
                        c.date = q.value(3).toString();
                        m_changes << c;
                    }
                }
                const QStringList extra = QString::fromLatin1(k.columns).split(u',', Qt::SkipEmptyParts);
                QString pairs; // o.col, n.col, … after the json pair
                QString differs = QStringLiteral("o.json IS NOT n.json");
                for (const QString &col : extra) {
                    pairs += QStringLiteral(", o.%1, n.%1").arg(col);
                    differs += QStringLiteral(" OR o.%1 IS NOT n.%1").arg(col);
                }
                const QString sql = QStringLiteral("SELECT n.id, %1, o.json, n.json%2 FROM nw.%3 AS n JOIN od.%3 AS o "
                                                   "ON o.id = n.id WHERE %4 ORDER BY %5, n.id")
                                        .arg(columns(k, QStringLiteral("n")), pairs, table, differs,
                                             QLatin1String(k.order).arg(QStringLiteral("n")));
                if (!q.exec(sql))
                    return q.lastError().text();
                while (q.next()) {
                    DatasetChange c;
                    c.kind = k.kind;
                    c.change = DatasetChange::Changed;
                    c.id = q.value(0).toString();
                    c.titleKo = q.value(1).toString();
                    c.titleEn = q.value(2).toString();
                    c.date = q.value(3).toString();
                    c.fields = changedFields(q.value(4).toString(), q.value(5).toString());
                    for (int i = 0; i < extra.size(); ++i) {
                        if (q.value(6 + 2 * i) != q.value(7 + 2 * i))
                            c.fields << fieldOfColumn(extra.at(i));
                    }
                    c.fields.removeDuplicates();
                    c.fields.sort();
                    m_changes << c;
                }
            }
            return {};
        };
        m_error = run();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!m_error.isEmpty()) {
        m_changes.clear();
        return false;
    }
    return true;
}

int DatasetDiff::count(DatasetChange::Kind kind, DatasetChange::Change change) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
                             [&](const DatasetChange &c) { return c.kind == kind && c.change == change; }));
}

QByteArray DatasetDiff::toTsv(bool korean) const
{
    QByteArray out;
    for (const DatasetChange &c : m_changes) {
        QString title = korean ? c.titleKo : c.titleEn;
        title.replace(u'\t', u' ').replace(u'\n', u' ');
        out += QStringList { changeKey(c.change), kindKey(c.kind), c.id, c.date, c.fields.join(u','), title }
                   .join(u'\t')
                   .toUtf8()
            + '\n';
    }
    return out;
}

} // namespace Atlas
