#include "userdatastore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Atlas;

namespace {
QByteArray importDoc(const QJsonArray &items, const QJsonArray &actors = {})
{
    return QJsonDocument(QJsonObject { { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
                                       { QStringLiteral("actors"), actors },
                                       { QStringLiteral("items"), items } })
        .toJson();
}

QJsonObject item2024(const QString &id = QStringLiteral("kor-2024-01-ai-basic-act"),
                     const QString &title = QStringLiteral("AI 기본법 제정"))
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("date"), QStringLiteral("2024-01") },
             { QStringLiteral("actors"), QJsonArray { QStringLiteral("KOR") } },
             { QStringLiteral("category"), QStringLiteral("policy") },
             { QStringLiteral("type"), QStringLiteral("law") },
             { QStringLiteral("title_ko"), title },
             { QStringLiteral("title_en"), QStringLiteral("AI Basic Act enacted") },
             { QStringLiteral("summary_ko"), QStringLiteral("요약") },
             { QStringLiteral("summary_en"), QStringLiteral("Summary") } };
}
} // namespace

class TstUserDataStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

    int count(Database &db, const char *table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    void notesAndBookmarks()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("notes.sqlite"))));
        UserDataStore store(db.connection());
        QCOMPARE(store.note(QStringLiteral("item"), QStringLiteral("x")), QString());
        QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("x"), QStringLiteral("회의 자료에 인용")));
        QCOMPARE(store.note(QStringLiteral("item"), QStringLiteral("x")), QStringLiteral("회의 자료에 인용"));
        QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("x"), QStringLiteral("고침")));
        QCOMPARE(store.notes().size(), 1);
        QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("x"), QString()));
        QCOMPARE(store.notes().size(), 0);
        QVERIFY(!store.isBookmarked(QStringLiteral("actor"), QStringLiteral("KOR")));
        QVERIFY(store.setBookmarked(QStringLiteral("actor"), QStringLiteral("KOR"), true));
        QVERIFY(store.setBookmarked(QStringLiteral("actor"), QStringLiteral("KOR"), true)); // idempotent
        QVERIFY(store.isBookmarked(QStringLiteral("actor"), QStringLiteral("KOR")));
        QCOMPARE(store.bookmarks().size(), 1);
        QVERIFY(store.setBookmarked(QStringLiteral("actor"), QStringLiteral("KOR"), false));
        QVERIFY(store.bookmarks().isEmpty());
    }

    void importAddsChangesAndKeepsUnchanged()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("import.sqlite"))));
        UserDataStore store(db.connection());
        UserDataStore::ImportPlan plan = store.planImport(importDoc({ item2024() }));
        QVERIFY2(plan.isValid(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.added, QStringList { QStringLiteral("items/kor-2024-01-ai-basic-act") });
        QVERIFY(store.applyImport(plan, QStringLiteral("test")));
        QCOMPARE(store.userRecordCount(), 1);
        plan = store.planImport(importDoc({ item2024() }));
        QCOMPARE(plan.unchanged.size(), 1);
        QVERIFY(plan.added.isEmpty());
        plan = store.planImport(importDoc({ item2024(QStringLiteral("kor-2024-01-ai-basic-act"), QStringLiteral("고친 제목")) }));
        QCOMPARE(plan.changed, QStringList { QStringLiteral("items/kor-2024-01-ai-basic-act") });
        QVERIFY(store.applyImport(plan, QStringLiteral("test")));
        QCOMPARE(store.userRecords().items.constFirst().value(u"title_ko").toString(), QStringLiteral("고친 제목"));
        QCOMPARE(store.userRecordCount(), 1);
    }

    // Each failure mode: a clear message naming the path, and nothing changes.
    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad json") << QByteArray("{\"format\": \"ai-policy-atlas/1\", \"items\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("format version") << QByteArray("{\"format\": \"ai-policy-atlas/2\"}") << QStringLiteral("not a supported format");
        QJsonObject badDate = item2024();
        badDate.insert(QStringLiteral("date"), QStringLiteral("2024-02-30"));
        QTest::newRow("bad date") << importDoc({ item2024(QStringLiteral("ok-one")), badDate })
                                  << QStringLiteral("items[1].date: \"2024-02-30\" is not a date");
        QJsonObject unknown = item2024();
        unknown.insert(QStringLiteral("actors"), QJsonArray { QStringLiteral("ATLANTIS") });
        QTest::newRow("unknown actor") << importDoc({ unknown }) << QStringLiteral("items[0].actors[0]: \"ATLANTIS\" is not a known actor");
        QTest::newRow("duplicate id") << importDoc({ item2024(), item2024() }) << QStringLiteral("items[1].id: duplicate id");
        QTest::newRow("base id") << importDoc({ item2024(QStringLiteral("usa-2023-10-30-executive-order")) })
                                 << QStringLiteral("is a record of the base dataset");
        QTest::newRow("lfs pointer") << QByteArray("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 10\n")
                                     << QStringLiteral("Git LFS pointer");
        QTest::newRow("oversized") << QByteArray(DatasetReader::MaxFileSize + 1, ' ') << QStringLiteral("larger than");
        QTest::newRow("bad note") << QByteArray("{\"format\": \"ai-policy-atlas/1\", \"notes\": [{\"target_kind\": \"planet\"}]}")
                                  << QStringLiteral("notes[0]: needs target_kind");
    }

    void badImportsChangeNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())))));
        UserDataStore store(db.connection());
        QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("keep"), QStringLiteral("mine")));
        const UserDataStore::ImportPlan plan = store.planImport(data);
        QVERIFY(!plan.isValid());
        bool found = false;
        for (const QString &p : plan.problems)
            found = found || p.contains(message);
        QVERIFY2(found, qPrintable(plan.problems.join(u'\n')));
        QVERIFY(!store.applyImport(plan, QStringLiteral("test")));
        QCOMPARE(store.userRecordCount(), 0);
        QCOMPARE(count(db, "note"), 1);
        QCOMPARE(store.note(QStringLiteral("item"), QStringLiteral("keep")), QStringLiteral("mine"));
    }

    // The user's data exported from one installation imports into another, whole.
    void exportImportRoundTrip()
    {
        QByteArray exported;
        {
            Database db;
            QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("one.sqlite"))));
            UserDataStore store(db.connection());
            QVERIFY(store.applyImport(store.planImport(importDoc({ item2024() })), QStringLiteral("test")));
            QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("usa-2023-10-30-executive-order"), QStringLiteral("14쪽 참고")));
            QVERIFY(store.setBookmarked(QStringLiteral("item"), QStringLiteral("kor-2023-09-digital-bill-of-rights"), true));
            exported = store.exportUserData();
        }
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("two.sqlite"))));
        UserDataStore store(db.connection());
        const UserDataStore::ImportPlan plan = store.planImport(exported);
        QVERIFY2(plan.isValid(), qPrintable(plan.problems.join(u'\n')));
        QVERIFY(store.applyImport(plan, QStringLiteral("export")));
        QCOMPARE(store.userRecordCount(), 1);
        QCOMPARE(store.note(QStringLiteral("item"), QStringLiteral("usa-2023-10-30-executive-order")), QStringLiteral("14쪽 참고"));
        QVERIFY(store.isBookmarked(QStringLiteral("item"), QStringLiteral("kor-2023-09-digital-bill-of-rights")));
    }

    // A new base dataset replaces the old one; the user's notes, bookmarks and records stay.
    void userDataSurvivesADatasetReplacement()
    {
        const QString user = m_dir.filePath(QStringLiteral("survivor.sqlite"));
        QTemporaryDir newer;
        const QString newBase = AtlasTest::buildDatabase(newer);
        {
            Database db;
            QVERIFY(db.open(m_base, user));
            UserDataStore store(db.connection());
            QVERIFY(store.applyImport(store.planImport(importDoc({ item2024() })), QStringLiteral("test")));
            QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("chn-2023-08-15-generative-ai-measures"), QStringLiteral("note")));
            QVERIFY(store.setBookmarked(QStringLiteral("actor"), QStringLiteral("CHN"), true));
        }
        Database db;
        QVERIFY2(db.open(newBase, user), qPrintable(db.errorString()));
        UserDataStore store(db.connection());
        QCOMPARE(store.userRecordCount(), 1);
        QCOMPARE(store.note(QStringLiteral("item"), QStringLiteral("chn-2023-08-15-generative-ai-measures")), QStringLiteral("note"));
        QVERIFY(store.isBookmarked(QStringLiteral("actor"), QStringLiteral("CHN")));
    }

    void damagedUserDatabaseIsMovedAsideNotLost()
    {
        const QString user = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile f(user);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        Database db;
        QVERIFY2(db.open(m_base, user), qPrintable(db.errorString()));
        QVERIFY2(db.notice().contains(u"damaged.sqlite.damaged-"), qPrintable(db.notice()));
        const QStringList aside = QDir(m_dir.path()).entryList({ QStringLiteral("damaged.sqlite.damaged-*") });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(m_dir.filePath(aside.constFirst())).size(), qint64(8192)); // the old bytes, untouched
        UserDataStore store(db.connection());
        QVERIFY(store.setNote(QStringLiteral("item"), QStringLiteral("x"), QStringLiteral("fresh")));
    }
};

QTEST_GUILESS_MAIN(TstUserDataStore)
#include "tst_userdatastore.moc"
