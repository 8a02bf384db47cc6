#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Atlas;

class TstDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    void opensBaseAndUser()
    {
        Database db;
        const QString user = m_dir.filePath(QStringLiteral("user.sqlite"));
        QVERIFY2(db.open(m_base, user), qPrintable(db.errorString()));
        QCOMPARE(db.info().id, QStringLiteral("test-mini"));
        QCOMPARE(db.info().version, QStringLiteral("1.0"));
        QCOMPARE(db.info().schemaVersion, Database::expectedBaseSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM base.item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QVERIFY(QFile::exists(user));
    }

    // The base dataset is never written at run time.
    void baseIsReadOnly()
    {
        Database db;
        QVERIFY(db.open(m_base, QString()));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM base.item")));
        QVERIFY2(q.lastError().text().contains(u"readonly"), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM base.item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        // The user database is writable.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO note VALUES ('item', 'x', 'n', '2024-01-01')")),
                 qPrintable(q.lastError().text()));
    }

    void missingBaseIsAClearError()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("nope.sqlite")), QString()));
        QVERIFY(db.errorString().contains(u"nope.sqlite"));
        QVERIFY(db.errorString().contains(u"does not exist"));
        QVERIFY(!db.isOpen());
    }

    void garbageBaseIsAClearError()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db;
        QVERIFY(!db.open(junk, QString()));
        QVERIFY2(!db.errorString().isEmpty(), "an error message");
        QVERIFY(!db.isOpen());
    }

    void damagedUserDatabaseIsReplacedWithNotice()
    {
        const QString user = m_dir.filePath(QStringLiteral("damaged-user.sqlite"));
        QFile f(user);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.write(QByteArray(4096, '\xff'));
        f.close();
        Database db;
        QVERIFY2(db.open(m_base, user), qPrintable(db.errorString()));
        QVERIFY2(db.notice().contains(u"damaged-user.sqlite.damaged-"), qPrintable(db.notice()));
    }

    // A user database this program cannot use but which is not damaged is never moved aside.
    void newerUserDatabaseIsRefusedNotMoved()
    {
        const QString user = m_dir.filePath(QStringLiteral("newer-user.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(user);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        Database db;
        QVERIFY(!db.open(m_base, user));
        QVERIFY2(db.errorString().contains(u"99"), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(user));
        QVERIFY(db.notice().isEmpty());
    }

    void findsDatasetBesideBinary()
    {
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("share/ai-policy-atlas")));
        QVERIFY(QFile::copy(m_base, prefix.filePath(QStringLiteral("share/ai-policy-atlas/atlas.sqlite"))));
        const QString found = Database::findBaseDataset(prefix.filePath(QStringLiteral("bin")));
        QCOMPARE(QFileInfo(found).canonicalFilePath(),
                 QFileInfo(prefix.filePath(QStringLiteral("share/ai-policy-atlas/atlas.sqlite"))).canonicalFilePath());
    }

    void buildIsAtomic()
    {
        // A build that fails leaves no file behind, and an existing file untouched.
        Dataset broken;
        QJsonObject item;
        item.insert(QStringLiteral("id"), QStringLiteral("dup"));
        broken.items = { item, item }; // violates UNIQUE(id)
        const QString out = m_dir.filePath(QStringLiteral("broken.sqlite"));
        DatasetBuilder builder;
        QVERIFY(!builder.build(broken, out));
        QVERIFY(!builder.errorString().isEmpty());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".tmp")));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
