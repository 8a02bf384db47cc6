#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Atlas {

// Applies the numbered migrations in ":/sql/<set>/NNN_name.sql" to a database, each in its own
// transaction together with the new PRAGMA user_version, so a failure leaves the previous version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::Migrator)

public:
    enum class Set { Base, User };

    explicit Migrator(Set set);

    int latestVersion() const;
    // Migrates `schema` ("main" or an attached name) of `db` up to targetVersion (-1: latest).
    bool migrate(QSqlDatabase &db, const QString &schema = QStringLiteral("main"), int targetVersion = -1);
    QString errorString() const { return m_error; }

    static int userVersion(QSqlDatabase &db, const QString &schema = QStringLiteral("main"));
    // Splits a migration file into statements: one per ';' that ends a line.
    static QStringList splitStatements(const QString &sql);

private:
    struct Migration
    {
        int version = 0;
        QString path;
    };
    QList<Migration> m_migrations;
    QString m_error;
};

} // namespace Atlas
