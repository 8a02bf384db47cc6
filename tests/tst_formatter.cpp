#include "formatter.h"

#include <QTest>

using namespace Atlas;

class TstFormatter : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::newRow("day") << QStringLiteral("2023-10-30") << QStringLiteral("2023년 10월 30일") << QStringLiteral("30 Oct 2023");
        QTest::newRow("month") << QStringLiteral("2023-10") << QStringLiteral("2023년 10월") << QStringLiteral("Oct 2023");
        QTest::newRow("year") << QStringLiteral("2023") << QStringLiteral("2023년") << QStringLiteral("2023");
        QTest::newRow("invalid") << QStringLiteral("2023-13") << QString() << QString();
    }

    void dates()
    {
        QFETCH(QString, date);
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QCOMPARE(Formatter::date(date, Language::Korean), ko);
        QCOMPARE(Formatter::date(date, Language::English), en);
    }

    void languageFallback()
    {
        bool fellBack = true;
        QCOMPARE(pickText(Language::Korean, QStringLiteral("가"), QStringLiteral("A"), &fellBack), QStringLiteral("가"));
        QVERIFY(!fellBack);
        QCOMPARE(pickText(Language::Korean, QString(), QStringLiteral("A"), &fellBack), QStringLiteral("A"));
        QVERIFY(fellBack);
        QCOMPARE(languageFromCode(QStringLiteral("ko_KR")), Language::Korean);
        QCOMPARE(languageFromCode(QStringLiteral("fr"), Language::Korean), Language::Korean);
    }
};

QTEST_GUILESS_MAIN(TstFormatter)
#include "tst_formatter.moc"
