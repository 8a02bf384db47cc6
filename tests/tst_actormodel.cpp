#include "actordirectory.h"
#include "actormodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Atlas;

class TstActorModel : public QObject
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

    void directory()
    {
        QCOMPARE(m_actors.actors().size(), 6);
        QCOMPARE(m_actors.name(QStringLiteral("USA"), Language::Korean), QStringLiteral("미국"));
        QCOMPARE(m_actors.name(QStringLiteral("NOPE"), Language::Korean), QStringLiteral("NOPE"));
        QCOMPARE(m_actors.actor(QStringLiteral("OECD"))->members, (QStringList { QStringLiteral("KOR"), QStringLiteral("USA") }));
        QCOMPARE(m_actors.subnationalsOf(QStringLiteral("CHN")), QStringList { QStringLiteral("CHN-BEIJING") });
        QCOMPARE(m_actors.actor(QStringLiteral("KOR"))->itemCount, 3);
    }

    void passesModelTester()
    {
        ActorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(&m_actors);
        QCOMPARE(model.rowCount(), 6);
        model.setLanguage(Language::Korean);
        const int row = model.rowOfId(QStringLiteral("KOR"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ActorModel::NameColumn).data().toString(), QStringLiteral("대한민국"));
        QCOMPARE(model.index(row, ActorModel::ItemCountColumn).data().toInt(), 3);
        model.setLanguage(Language::English);
        QCOMPARE(model.index(row, ActorModel::NameColumn).data().toString(), QStringLiteral("Republic of Korea"));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("OPENAI")), 0).data(ActorModel::KindGroupRole).toString(),
                 QStringLiteral("company"));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("CHN-BEIJING")), 0).data(ActorModel::KindGroupRole).toString(),
                 QStringLiteral("country"));
        model.setDirectory(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstActorModel)
#include "tst_actormodel.moc"
