#include "actordirectory.h"
#include "itemtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Atlas;

class TstItemTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void passesModelTester()
    {
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3); // so the tester's own fetchMore calls page through the data
        model.setSource(m_db.connection(), &m_actors);
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(model.columnCount(), int(ItemTableModel::ColumnCount));
        ItemFilter f;
        f.categories = { QStringLiteral("policy") };
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 4);
        model.sort(ItemTableModel::TitleColumn, Qt::AscendingOrder);
        model.setLanguage(Language::Korean);
        model.sort(ItemTableModel::DateColumn, Qt::AscendingOrder);
        model.setLanguage(Language::English);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 8);
    }

    void sortsByDateAndTitle()
    {
        ItemTableModel model;
        model.setSource(m_db.connection(), &m_actors);
        model.sort(ItemTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(ItemTableModel::IdRole).toString(), QStringLiteral("kor-2022-ai-education"));
        model.sort(ItemTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ItemTableModel::IdRole).toString(), QStringLiteral("openai-2023-11-06-gpt-4-turbo"));
        model.setLanguage(Language::English);
        model.sort(ItemTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data().toString(), QStringLiteral("AI and jobs report"));
    }

    void displaysInTheChosenLanguage()
    {
        ItemTableModel model;
        model.setSource(m_db.connection(), &m_actors);
        const int row = model.rowOfId(QStringLiteral("usa-2023-10-30-executive-order"));
        QVERIFY(row >= 0);
        model.setLanguage(Language::English);
        QCOMPARE(model.index(row, ItemTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Executive Order on Safe, Secure, and Trustworthy AI"));
        QCOMPARE(model.index(row, ItemTableModel::ActorsColumn).data().toString(), QStringLiteral("United States"));
        QCOMPARE(model.index(row, ItemTableModel::DateColumn).data().toString(), QStringLiteral("30 Oct 2023"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(Language::Korean);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, ItemTableModel::TitleColumn).data().toString(),
                 QStringLiteral("안전하고 신뢰할 수 있는 AI에 관한 행정명령을 공표"));
        QCOMPARE(model.index(row, ItemTableModel::ActorsColumn).data().toString(), QStringLiteral("미국"));
        QCOMPARE(model.index(row, ItemTableModel::DateColumn).data().toString(), QStringLiteral("2023년 10월 30일"));
    }

    void filtersInSql()
    {
        ItemTableModel model;
        model.setSource(m_db.connection(), &m_actors);
        ItemFilter f;
        f.actors = { QStringLiteral("CHN") }; // includes Beijing (sub-national roll-up)
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 2);
        f = {};
        f.actorKinds = { QStringLiteral("organization") };
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1);
        f = {};
        f.dateFrom = QStringLiteral("2023-09-15");
        f.dateTo = QStringLiteral("2023-10-31");
        model.setFilter(f);
        // The September-precise item overlaps the range; 2023 (year) overlaps too.
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(ItemTableModel::IdRole).toString();
        ids.sort();
        QCOMPARE(ids, (QStringList { QStringLiteral("kor-2023-09-digital-bill-of-rights"),
                                     QStringLiteral("oecd-2023-ai-skills-report"),
                                     QStringLiteral("usa-2023-10-30-executive-order") }));
    }

    void fetchesLazily()
    {
        ItemTableModel model;
        model.setPageSize(3);
        model.setSource(m_db.connection(), &m_actors);
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.count(), 1);
        // rowOfId fetches until it finds the item.
        model.sort(ItemTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfId(QStringLiteral("openai-2023-11-06-gpt-4-turbo")), 7);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowOfId(QStringLiteral("no-such-item")), -1);
    }
    // A search ranks by relevance by default, and goes back to newest first without text.
    void ranksWhileSearching()
    {
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setSource(m_db.connection(), &m_actors);
        QCOMPARE(model.sortColumn(), int(ItemTableModel::DateColumn));
        QSignalSpy sortSpy(&model, &ItemTableModel::sortChanged);
        ItemFilter f;
        f.text = QStringLiteral("발표"); // a title hit (Sept.) and a newer summary hit (Oct.)
        model.setFilter(f);
        QCOMPARE(sortSpy.count(), 1);
        QCOMPARE(model.sortColumn(), int(ItemTableModel::RelevanceSort));
        QCOMPARE(model.index(0, 0).data(ItemTableModel::IdRole).toString(), QStringLiteral("kor-2023-09-digital-bill-of-rights"));
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data(ItemTableModel::SearchTermsRole).toStringList(),
                 QStringList { QStringLiteral("발표") });
        // The user's own column choice holds while the query changes.
        model.sort(ItemTableModel::DateColumn, Qt::DescendingOrder);
        f.text = QStringLiteral("발표 AI");
        model.setFilter(f);
        QCOMPARE(model.sortColumn(), int(ItemTableModel::DateColumn));
        // Clearing the header's indicator (column -1) asks for relevance again.
        model.sort(ItemTableModel::RelevanceSort, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ItemTableModel::RelevanceSort));
        f.text.clear();
        model.setFilter(f);
        QCOMPARE(model.sortColumn(), int(ItemTableModel::DateColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ItemTableModel::IdRole).toString(), QStringLiteral("openai-2023-11-06-gpt-4-turbo"));
        QVERIFY(model.index(0, 0).data(ItemTableModel::SearchTermsRole).toStringList().isEmpty());
        // Every special character on the ranked path, with the tester watching.
        for (const char *q : { "\"", "*", "(", "AND", "NEAR(", "%", "_", "^", "a:b" }) {
            f.text = QString::fromUtf8(q);
            model.setFilter(f);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), model.totalCount());
        }
    }
};

QTEST_GUILESS_MAIN(TstItemTableModel)
#include "tst_itemtablemodel.moc"
