#include "actordirectory.h"
#include "facetmodel.h"
#include "itemrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace Atlas;

class TstFacetModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    QModelIndex find(const FacetModel &model, FacetModel::Group group, const QString &key)
    {
        const QModelIndex parent = model.index(group, 0);
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data(FacetModel::KeyRole).toString() == key)
                return i;
        }
        return {};
    }

    int sqlCount(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Every value's count equals the items the filter would show with that value picked alone.
    void checkAgainstRepository(const FacetModel &model, const ItemFilter &filter)
    {
        ItemRepository repository(m_db.connection());
        for (int g = 0; g < FacetModel::GroupCount; ++g) {
            const QModelIndex parent = model.index(g, 0);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                if (i.data(FacetModel::MoreRole).toBool())
                    continue;
                const QString key = i.data(FacetModel::KeyRole).toString();
                ItemFilter f = filter;
                switch (g) {
                case FacetModel::CategoryGroup:
                    f.categories = { key };
                    break;
                case FacetModel::ActorKindGroup:
                    f.actorKinds = { key };
                    break;
                case FacetModel::YearGroup:
                    f.dateFrom = key + QStringLiteral("-01-01");
                    f.dateTo = key + QStringLiteral("-12-31");
                    break;
                case FacetModel::ActorGroup:
                    f.actors = { key };
                    break;
                }
                QCOMPARE(i.data(FacetModel::CountRole).toInt(), repository.count(f));
                QCOMPARE(model.index(r, FacetModel::CountColumn, parent).data().toString(),
                         QString::number(repository.count(f)));
            }
        }
    }

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
        FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_db.connection(), &m_actors);
        QCOMPARE(model.rowCount(), int(FacetModel::GroupCount));
        QCOMPARE(model.rowCount(model.index(FacetModel::CategoryGroup, 0)), 4);
        ItemFilter f;
        f.text = QStringLiteral("AI");
        model.setFilter(f);
        f.text = QStringLiteral("저작권");
        model.setFilter(f);
        model.setActorLimit(1);
        model.setShowAllActors(true);
        model.setShowAllActors(false);
        f.text = QStringLiteral("nothing matches this at all");
        model.setFilter(f);
        model.setLanguage(Language::Korean);
        model.setFilter({});
        model.retranslate();
        // Value rows have no children, and columns beyond the name have none either.
        const QModelIndex category = model.index(FacetModel::CategoryGroup, 0);
        QCOMPARE(model.rowCount(model.index(0, 0, category)), 0);
        QCOMPARE(model.rowCount(model.index(FacetModel::CategoryGroup, FacetModel::CountColumn)), 0);
    }

    // Counted in SQL, and checked here against plain SQL and against the filter itself.
    void countsMatchSql()
    {
        FacetModel model;
        model.setSource(m_db.connection(), &m_actors);
        QCOMPARE(find(model, FacetModel::CategoryGroup, QStringLiteral("policy")).data(FacetModel::CountRole).toInt(),
                 sqlCount(QStringLiteral("SELECT COUNT(*) FROM base.item WHERE category = 'policy'")));
        QCOMPARE(find(model, FacetModel::YearGroup, QStringLiteral("2023")).data(FacetModel::CountRole).toInt(),
                 sqlCount(QStringLiteral("SELECT COUNT(*) FROM base.item WHERE date_first <= '2023-12-31' "
                                         "AND date_last >= '2023-01-01'")));
        // China counts Beijing's item too (sub-national actors roll up).
        QCOMPARE(find(model, FacetModel::ActorGroup, QStringLiteral("CHN")).data(FacetModel::CountRole).toInt(), 2);
        QCOMPARE(find(model, FacetModel::ActorGroup, QStringLiteral("CHN-BEIJING")).data(FacetModel::CountRole).toInt(), 1);
        QCOMPARE(find(model, FacetModel::ActorKindGroup, QStringLiteral("organization")).data(FacetModel::CountRole).toInt(),
                 sqlCount(QStringLiteral("SELECT COUNT(DISTINCT ia.item_rowid) FROM base.item_actor ia JOIN base.actor a "
                                         "ON a.id = ia.actor_id WHERE a.kind = 'organization'")));
        checkAgainstRepository(model, {});

        ItemFilter f;
        f.text = QStringLiteral("AI");
        f.categories = { QStringLiteral("policy") };
        model.setFilter(f);
        checkAgainstRepository(model, f);
        // The category group ignores the category part: the other categories still show counts.
        QVERIFY(find(model, FacetModel::CategoryGroup, QStringLiteral("workforce")).data(FacetModel::CountRole).toInt() > 0);
        QCOMPARE(find(model, FacetModel::CategoryGroup, QStringLiteral("policy")).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

        f = {};
        f.text = QStringLiteral("규제");
        f.actors = { QStringLiteral("KOR") };
        f.dateFrom = QStringLiteral("2023-01-01");
        f.dateTo = QStringLiteral("2023-12-31");
        model.setFilter(f);
        checkAgainstRepository(model, f);
        QCOMPARE(find(model, FacetModel::YearGroup, QStringLiteral("2023")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void clickingToggles()
    {
        FacetModel model;
        model.setSource(m_db.connection(), &m_actors);
        ItemFilter f;
        f = model.toggled(find(model, FacetModel::CategoryGroup, QStringLiteral("research")), f);
        QCOMPARE(f.categories, QSet<QString> { QStringLiteral("research") });
        model.setFilter(f);
        f = model.toggled(find(model, FacetModel::CategoryGroup, QStringLiteral("policy")), f);
        QCOMPARE(f.categories, (QSet<QString> { QStringLiteral("research"), QStringLiteral("policy") }));
        model.setFilter(f);
        f = model.toggled(find(model, FacetModel::CategoryGroup, QStringLiteral("research")), f);
        QCOMPARE(f.categories, QSet<QString> { QStringLiteral("policy") });

        f = model.toggled(find(model, FacetModel::YearGroup, QStringLiteral("2023")), f);
        QCOMPARE(f.dateFrom, QStringLiteral("2023-01-01"));
        QCOMPARE(f.dateTo, QStringLiteral("2023-12-31"));
        model.setFilter(f);
        f = model.toggled(find(model, FacetModel::YearGroup, QStringLiteral("2023")), f);
        QVERIFY(f.dateFrom.isEmpty() && f.dateTo.isEmpty());

        f = model.toggled(find(model, FacetModel::ActorKindGroup, QStringLiteral("company")), f);
        QCOMPARE(f.actorKinds, QSet<QString> { QStringLiteral("company") });
        model.setFilter(f);
        f = model.toggled(find(model, FacetModel::ActorKindGroup, QStringLiteral("country")), f);
        QCOMPARE(f.actorKinds, QSet<QString> { QStringLiteral("country") }); // one kind at a time, as the filter bar
        model.setFilter(f);

        f = model.toggled(find(model, FacetModel::ActorGroup, QStringLiteral("USA")), f);
        QCOMPARE(f.actors, QStringList { QStringLiteral("USA") });
        model.setFilter(f);
        f = model.toggled(find(model, FacetModel::ActorGroup, QStringLiteral("USA")), f);
        QVERIFY(f.actors.isEmpty());
        // A group row changes nothing.
        QCOMPARE(model.toggled(model.index(FacetModel::ActorGroup, 0), f), f);
    }

    void actorLimitAndMore()
    {
        FacetModel model;
        model.setSource(m_db.connection(), &m_actors);
        model.setLanguage(Language::English);
        const QModelIndex actors = model.index(FacetModel::ActorGroup, 0);
        const int all = model.rowCount(actors);
        model.setActorLimit(2);
        QCOMPARE(model.rowCount(actors), 3); // two, then "show all"
        const QModelIndex more = model.index(2, 0, actors);
        QVERIFY(more.data(FacetModel::MoreRole).toBool());
        QVERIFY(more.data().toString().contains(QString::number(all)));
        // A picked actor beyond the limit stays, so it can be unpicked.
        ItemFilter f;
        f.actors = { QStringLiteral("OPENAI") };
        model.setFilter(f);
        QVERIFY(find(model, FacetModel::ActorGroup, QStringLiteral("OPENAI")).isValid());
        model.setShowAllActors(true);
        QCOMPARE(model.rowCount(actors), all + 1);
        QCOMPARE(model.index(0, 0, actors).data().toString().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TstFacetModel)
#include "tst_facetmodel.moc"
