#include "migrator.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Atlas;

class TstMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splitStatements()
    {
        const QStringList s = Migrator::splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x TEXT);\n\nCREATE TABLE b (\n  y TEXT\n);\nINSERT INTO a VALUES ('x;y')"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE a (x TEXT)"));
        QVERIFY(s.at(1).startsWith(u"CREATE TABLE b ("));
        QCOMPARE(s.at(2), QStringLiteral("INSERT INTO a VALUES ('x;y')"));
    }

    void freshDatabaseReachesLatest_data()
    {
        QTest::addColumn<int>("set");
        QTest::newRow("base") << int(Migrator::Set::Base);
        QTest::newRow("user") << int(Migrator::Set::User);
    }

    void freshDatabaseReachesLatest()
    {
        QFETCH(int, set);
        QTemporaryDir dir;
        const QString conn = QStringLiteral("fresh-%1").arg(set);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(dir.filePath(QStringLiteral("fresh.sqlite")));
            QVERIFY(db.open());
            Migrator m { Migrator::Set(set) };
            QVERIFY(m.latestVersion() >= 2);
            QCOMPARE(Migrator::userVersion(db), 0);
            QVERIFY2(m.migrate(db), qPrintable(m.errorString()));
            QCOMPARE(Migrator::userVersion(db), m.latestVersion());
            // Running again is a no-op, not an error.
            QVERIFY2(m.migrate(db), qPrintable(m.errorString()));
            QCOMPARE(Migrator::userVersion(db), m.latestVersion());
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }

    // An existing user database at version 1, with a note, is migrated and keeps the note.
    void existingDatabaseKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator m(Migrator::Set::User);
            QVERIFY(m.migrate(db, QStringLiteral("main"), 1));
            QCOMPARE(Migrator::userVersion(db), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO note VALUES ('item', 'x', 'my note', '2023-01-01')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM user_record"))); // not there yet
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reopen"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator m(Migrator::Set::User);
            QVERIFY2(m.migrate(db), qPrintable(m.errorString()));
            QCOMPARE(Migrator::userVersion(db), m.latestVersion());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT text FROM note WHERE target_id = 'x'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("my note"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_record")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reopen"));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(dir.filePath(QStringLiteral("newer.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            Migrator m(Migrator::Set::User);
            QVERIFY(!m.migrate(db));
            QVERIFY(m.errorString().contains(u"999"));
            QCOMPARE(Migrator::userVersion(db), 999); // untouched
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
};

QTEST_GUILESS_MAIN(TstMigrator)
#include "tst_migrator.moc"
