#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

Migrator::Migrator(Set set)
{
    const QString dir = set == Set::Base ? QStringLiteral(":/sql/base") : QStringLiteral(":/sql/user");
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    const QStringList files = QDir(dir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            m_migrations.append({ match.captured(1).toInt(), dir + u'/' + file });
    }
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::userVersion(QSqlDatabase &db, const QString &schema)
{
    QSqlQuery q(db);
    // A schema name cannot be bound; it is one of our own identifiers, never user text.
    if (!q.exec(QStringLiteral("PRAGMA %1.user_version").arg(schema)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool Migrator::migrate(QSqlDatabase &db, const QString &schema, int targetVersion)
{
    m_error.clear();
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = userVersion(db, schema);
    if (current < 0) {
        m_error = tr("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        m_error = tr("the database has schema version %1, newer than this program knows (%2)")
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("cannot read migration %1").arg(m.path);
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            m_error = tr("cannot begin a transaction: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        for (QString statement : statements) {
            // Migrations are written for "main"; point CREATE statements at the target schema.
            if (schema != u"main") {
                static const QRegularExpression create(
                    QStringLiteral("^(CREATE\\s+(?:UNIQUE\\s+)?(?:VIRTUAL\\s+)?(?:TABLE|INDEX|VIEW))\\s+"),
                    QRegularExpression::CaseInsensitiveOption);
                statement.replace(create, QStringLiteral("\\1 %1.").arg(schema));
            }
            if (!q.exec(statement)) {
                m_error = tr("migration %1 failed: %2").arg(m.path, q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA %1.user_version = %2").arg(schema).arg(m.version))) {
            m_error = tr("cannot set the schema version: %1").arg(q.lastError().text());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            m_error = tr("cannot commit migration %1: %2").arg(m.path, db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace Atlas
