// The filter bar's country and organisation picker: its list is built on the first click (start-up
// does not pay for it), and a selection made before that click shows in it.
#include "actordirectory.h"
#include "actorpicker.h"
#include "database.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

class TstActorPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    static QListWidgetItem *itemOf(QListWidget *list, const QString &id)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return list->item(i);
        }
        return nullptr;
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

    void listIsBuiltOnFirstClickWithTheSelection()
    {
        ActorPicker picker;
        picker.setDirectory(&m_actors);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QVERIFY(!picker.findChild<QListWidget *>()); // nothing built before it is needed
        const QString idle = picker.text();

        picker.setSelectedActors({ QStringLiteral("KOR") });
        QVERIFY(picker.text() != idle); // "1 selected"
        QVERIFY(!picker.findChild<QListWidget *>());

        QTest::mouseClick(&picker, Qt::LeftButton);
        auto *list = picker.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), int(m_actors.actors().size()));
        QVERIFY(itemOf(list, QStringLiteral("KOR")));
        QCOMPARE(itemOf(list, QStringLiteral("KOR"))->checkState(), Qt::Checked);
        QCOMPARE(itemOf(list, QStringLiteral("USA"))->checkState(), Qt::Unchecked);
        QVERIFY(!picker.findChild<QLineEdit *>()->placeholderText().isEmpty());

        // Checking and unchecking reports the selection.
        QSignalSpy changed(&picker, &ActorPicker::selectionChanged);
        itemOf(list, QStringLiteral("USA"))->setCheckState(Qt::Checked);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toStringList(),
                 (QStringList { QStringLiteral("KOR"), QStringLiteral("USA") }));
        itemOf(list, QStringLiteral("KOR"))->setCheckState(Qt::Unchecked);
        QCOMPARE(picker.selectedActors(), QStringList { QStringLiteral("USA") });

        // Both languages are searched, and the names follow the language.
        picker.findChild<QLineEdit *>()->setText(QStringLiteral("미국"));
        QVERIFY(!itemOf(list, QStringLiteral("USA"))->isHidden());
        QVERIFY(itemOf(list, QStringLiteral("KOR"))->isHidden());
        picker.setLanguage(Language::Korean);
        QVERIFY(itemOf(list, QStringLiteral("USA"))
                    ->text()
                    .startsWith(m_actors.actor(QStringLiteral("USA"))->nameKo));
        QCOMPARE(itemOf(list, QStringLiteral("USA"))->checkState(), Qt::Checked);
        QVERIFY(itemOf(list, QStringLiteral("KOR"))->isHidden()); // the search still applies
    }
};

QTEST_MAIN(TstActorPicker)
#include "tst_actorpicker.moc"
