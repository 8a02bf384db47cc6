#include "countrystatsrepository.h"
#include "database.h"
#include "datasetexporter.h"
#include "itemrepository.h"
#include "itemtablemodel.h"
#include "ownrecords.h"
#include "testsupport.h"
#include "timelinerepository.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;

// The user's own records as the rest of the app sees them: the overlay and its views.
class TestOwnRecords : public QObject
{
    Q_OBJECT

private:
    static QJsonObject ownItem(const QString &id = QStringLiteral("user-beijing-ai-rules"))
    {
        return QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("date"), QStringLiteral("2024-03") },
            { QStringLiteral("actors"), QJsonArray { QStringLiteral("CHN-BEIJING") } },
            { QStringLiteral("category"), QStringLiteral("policy") },
            { QStringLiteral("type"), QStringLiteral("regulation") },
            { QStringLiteral("title_ko"), QStringLiteral("베이징 자율주행 조례 시행") },
            { QStringLiteral("title_en"), QStringLiteral("Beijing autonomous driving ordinance takes effect") },
            { QStringLiteral("summary_ko"), QStringLiteral("베이징시가 자율주행차 조례를 시행했다.") },
            { QStringLiteral("summary_en"), QStringLiteral("Beijing put its ordinance on self-driving cars into force.") },
        };
    }
    static QStringList tempViews(const Database &db)
    {
        QSqlQuery q(db.connection());
        QStringList names;
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'view' ORDER BY name"))) {
            while (q.next())
                names << q.value(0).toString();
        }
        return names;
    }
    static int scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    QString m_base;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    void noOverlayWithoutRecords()
    {
        Database db;
        QVERIFY2(db.open(m_base, m_dir.filePath(QStringLiteral("empty.sqlite"))), qPrintable(db.errorString()));
        QVERIFY(!db.hasOverlay());
        QVERIFY(tempViews(db).isEmpty());
        QVERIFY(!QFile::exists(db.overlayPath()));
        QVERIFY(!OwnRecords::isSearchIndexAttached());
    }

    void unionOfBaseAndOwn()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("union.sqlite"))));
        const int baseItems = scalar(db, QStringLiteral("SELECT COUNT(*) FROM item"));
        QSqlQuery before(db.connection());
        QVERIFY(before.exec(QStringLiteral("SELECT group_concat(x) FROM (SELECT rowid || ':' || id AS x FROM item ORDER BY rowid)")) && before.next());
        const QString baseRowids = before.value(0).toString();
        before.finish();
        const int beijingBefore = CountryStatsRepository(db.connection()).subnationalCounts({}).value(QStringLiteral("CHN-BEIJING"));

        UserDataStore store(db.connection());
        QVERIFY(store.writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
        QVERIFY2(db.refreshOverlay(), qPrintable(db.overlayError()));
        QVERIFY(db.hasOverlay());
        QCOMPARE(tempViews(db).size(), OwnRecords::tables().size());
        QVERIFY(QFile::exists(db.overlayPath()));

        // Counts: one more item, the base rowids untouched, the own one far above them.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM item")), baseItems + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM base.item")), baseItems);
        QSqlQuery after(db.connection());
        QVERIFY(after.exec(QStringLiteral("SELECT group_concat(x) FROM (SELECT rowid || ':' || id AS x FROM item WHERE rowid < %1 ORDER BY rowid)")
                               .arg(OwnRecords::RowidOffset))
                && after.next());
        QCOMPARE(after.value(0).toString(), baseRowids);
        after.finish();
        QSqlQuery own(db.connection());
        QVERIFY(own.exec(QStringLiteral("SELECT rowid FROM item WHERE id = 'user-beijing-ai-rules'")) && own.next());
        QVERIFY(OwnRecords::isOwnRowid(own.value(0).toLongLong()));
        own.finish();
        // The sub-national actor of the base dataset rolls up to its country.
        QSqlQuery rollup(db.connection());
        QVERIFY(rollup.exec(QStringLiteral("SELECT rollup FROM item_actor WHERE item_rowid >= %1").arg(OwnRecords::RowidOffset))
                && rollup.next());
        QCOMPARE(rollup.value(0).toString(), QStringLiteral("CHN"));
        rollup.finish();

        // Map and timeline counts include it.
        QCOMPARE(CountryStatsRepository(db.connection()).subnationalCounts({}).value(QStringLiteral("CHN-BEIJING")),
                 beijingBefore + 1);
        ItemFilter in2024;
        in2024.dateFrom = QStringLiteral("2024-01-01");
        const QHash<QString, CountryStatsRepository::CategoryCounts> map = CountryStatsRepository(db.connection()).counts(in2024, false);
        QCOMPARE(map.value(QStringLiteral("CHN"))[0], 1);
        const QList<TimelineRepository::Lane> lanes =
            TimelineRepository(db.connection()).lanes(in2024, TimelineLaneMode::Categories);
        QCOMPARE(lanes.size(), 1);
        QCOMPARE(lanes.constFirst().key, QStringLiteral("policy"));
        QCOMPARE(lanes.constFirst().count, 1);

        // The item model marks it as own; every other row is the report's.
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(db.connection(), nullptr);
        model.setFilter(in2024);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(ItemTableModel::OwnRole).toBool());
        QVERIFY(model.index(0, ItemTableModel::DateColumn).data(Qt::ToolTipRole).toString().contains(u"Your own record"));
        model.setFilter({});
        int ownRows = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            ownRows += model.index(r, 0).data(ItemTableModel::OwnRole).toBool() ? 1 : 0;
        QCOMPARE(ownRows, 1);
    }

    // --export-csv and --export-json write the user's own records after the report's.
    void exportsIncludeOwnRecords()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("exports.sqlite"))));
        UserDataStore store(db.connection());
        QVERIFY(store.writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
        QVERIFY2(db.refreshOverlay(), qPrintable(db.overlayError()));
        const int items = scalar(db, QStringLiteral("SELECT COUNT(*) FROM item"));

        DatasetExporter exporter(db.connection());
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY2(exporter.writeCsv(&csv), qPrintable(exporter.errorString()));
        const QString text = QString::fromUtf8(csv.data());
        QVERIFY(text.contains(u"user-beijing-ai-rules"));
        QVERIFY(text.contains(u"베이징 자율주행 조례 시행"));
        // One header line and one line per item (no field here holds a line break).
        QCOMPARE(text.count(QStringLiteral("\r\n")), items + 1);

        Dataset dataset;
        QVERIFY(exporter.readDataset(&dataset));
        QCOMPARE(dataset.items.size(), items);
        QCOMPARE(dataset.items.constLast().value(QStringLiteral("id")).toString(), QStringLiteral("user-beijing-ai-rules"));
    }

    void searchFindsOwnRecords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("English word") << QStringLiteral("ordinance");
        QTest::newRow("Korean 2 characters") << QStringLiteral("조례");
        QTest::newRow("Korean 3 characters") << QStringLiteral("자율주");
        QTest::newRow("Korean 4 characters") << QStringLiteral("자율주행");
        QTest::newRow("actor name in Korean") << QStringLiteral("베이징");
    }
    void searchFindsOwnRecords()
    {
        QFETCH(QString, query);
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("search.sqlite"))));
        UserDataStore store(db.connection());
        if (store.userRecord(QStringLiteral("item"), ownItem().value(u"id").toString()).isNull()) {
            QVERIFY(store.writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
            QVERIFY(db.refreshOverlay());
        }
        ItemFilter filter;
        filter.text = query;
        ItemRepository repository(db.connection());
        QStringList ids;
        for (const ItemRepository::Row &row : repository.rows(filter, ItemRepository::SortKey::Relevance, Qt::DescendingOrder, 0, 50))
            ids << row.id;
        QVERIFY2(ids.contains(QStringLiteral("user-beijing-ai-rules")), qPrintable(ids.join(u',')));
        QCOMPARE(repository.count(filter), int(ids.size()));
    }

    void rebuildAfterChange()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("rebuild.sqlite"))));
        UserDataStore store(db.connection());
        QVERIFY(store.writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
        QVERIFY(db.refreshOverlay());
        QJsonObject changed = ownItem();
        changed.insert(QStringLiteral("title_en"), QStringLiteral("Changed title"));
        QVERIFY(store.writeRecord(QStringLiteral("item"), changed, QStringLiteral("form")));
        QVERIFY(db.refreshOverlay());
        QCOMPARE(ItemRepository(db.connection()).item(QStringLiteral("user-beijing-ai-rules")).titleEn,
                 QStringLiteral("Changed title"));
        // An own actor, then an item naming it.
        QVERIFY(store.writeRecord(QStringLiteral("actor"),
                                  QJsonObject { { QStringLiteral("id"), QStringLiteral("USER_LAB") },
                                                { QStringLiteral("kind"), QStringLiteral("institute") },
                                                { QStringLiteral("name_ko"), QStringLiteral("우리 연구소") },
                                                { QStringLiteral("name_en"), QStringLiteral("Our lab") },
                                                { QStringLiteral("country"), QStringLiteral("KOR") } },
                                  QStringLiteral("form")));
        QVERIFY(db.refreshOverlay());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM actor WHERE id = 'USER_LAB'")), 1);
        QVERIFY(OwnRecords::knownActorIds(db.connection()).contains(QStringLiteral("USER_LAB")));
        // Deleting every record removes the overlay and its views.
        QVERIFY(store.deleteRecord(QStringLiteral("item"), QStringLiteral("user-beijing-ai-rules")));
        QVERIFY(store.deleteRecord(QStringLiteral("actor"), QStringLiteral("USER_LAB")));
        QVERIFY(db.refreshOverlay());
        QVERIFY(!db.hasOverlay());
        QVERIFY(tempViews(db).isEmpty());
        QVERIFY(!QFile::exists(db.overlayPath()));
    }

    void damagedOverlayIsRebuilt()
    {
        const QString user = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db;
            QVERIFY(db.open(m_base, user));
            QVERIFY(UserDataStore(db.connection()).writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
        }
        QFile junk(user + QStringLiteral(".own.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database");
        junk.close();
        Database db;
        QVERIFY(db.open(m_base, user));
        QVERIFY(db.hasOverlay());
        QVERIFY(ItemRepository(db.connection()).item(QStringLiteral("user-beijing-ai-rules")).isValid());
    }

    void survivesBaseReplacement()
    {
        const QString user = m_dir.filePath(QStringLiteral("swap.sqlite"));
        {
            Database db;
            QVERIFY(db.open(m_base, user));
            QVERIFY(UserDataStore(db.connection()).writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
            QVERIFY(db.refreshOverlay());
        }
        // A new base dataset file, compiled afresh, under the same user database.
        QTemporaryDir other;
        const QString newBase = AtlasTest::buildDatabase(other);
        QVERIFY(!newBase.isEmpty());
        Database db;
        QVERIFY(db.open(newBase, user));
        QVERIFY(db.hasOverlay());
        const ItemRecord record = ItemRepository(db.connection()).item(QStringLiteral("user-beijing-ai-rules"));
        QVERIFY(record.isValid());
        QCOMPARE(record.titleKo, QStringLiteral("베이징 자율주행 조례 시행"));
    }

    void inMemoryUserDatabase()
    {
        Database db;
        QVERIFY(db.open(m_base, QString()));
        QVERIFY(!db.hasOverlay());
        QVERIFY(UserDataStore(db.connection()).writeRecord(QStringLiteral("item"), ownItem(), QStringLiteral("form")));
        QVERIFY2(db.refreshOverlay(), qPrintable(db.overlayError()));
        QVERIFY(db.hasOverlay());
        QVERIFY(!db.overlayPath().isEmpty());
        QVERIFY(ItemRepository(db.connection()).item(QStringLiteral("user-beijing-ai-rules")).isValid());
    }

    void validationAgreesWithImport()
    {
        const QSet<QString> known = { QStringLiteral("KOR"), QStringLiteral("CHN-BEIJING") };
        QVERIFY(OwnRecords::problems(QStringLiteral("item"), ownItem(), known).isEmpty());
        QJsonObject bad = ownItem();
        bad.insert(QStringLiteral("date"), QStringLiteral("2024-13"));
        bad.insert(QStringLiteral("title_ko"), QString());
        bad.insert(QStringLiteral("actors"), QJsonArray { QStringLiteral("MARS") });
        const QHash<QString, QString> problems = OwnRecords::problems(QStringLiteral("item"), bad, known);
        QCOMPARE(problems.value(QStringLiteral("date")), QStringLiteral("\"2024-13\" is not a date"));
        QVERIFY(problems.contains(QStringLiteral("title_ko")));
        QCOMPARE(problems.value(QStringLiteral("actors")), QStringLiteral("\"MARS\" is not a known actor"));
        QCOMPARE(problems.size(), 3);
    }

    void newIdsNeverClash()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("ids.sqlite"))));
        const QString first = OwnRecords::newId(db.connection(), QStringLiteral("item"), QStringLiteral("Beijing AI rules!"));
        QCOMPARE(first, QStringLiteral("user-beijing-ai-rules"));
        QVERIFY(UserDataStore(db.connection()).writeRecord(QStringLiteral("item"), ownItem(first), QStringLiteral("form")));
        QCOMPARE(OwnRecords::newId(db.connection(), QStringLiteral("item"), QStringLiteral("Beijing AI rules")),
                 QStringLiteral("user-beijing-ai-rules-2"));
        QCOMPARE(OwnRecords::newId(db.connection(), QStringLiteral("item"), QStringLiteral("한국어 제목")),
                 QStringLiteral("user-item-1"));
        QCOMPARE(OwnRecords::newId(db.connection(), QStringLiteral("actor"), QStringLiteral("Our lab")),
                 QStringLiteral("USER_OUR_LAB"));
    }
};

QTEST_GUILESS_MAIN(TestOwnRecords)
#include "tst_ownrecords.moc"
