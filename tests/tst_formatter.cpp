#include "formatter.h"

#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

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

    void money_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::newRow("statista 2030") << 1847.5 << 1e9 << u"USD"_s << u"1조 8,475억 달러"_s << u"USD 1.85 trillion"_s;
        QTest::newRow("marketsandmarkets 2023") << 150.2 << 1e9 << u"USD"_s << u"1,502억 달러"_s << u"USD 150.2 billion"_s;
        QTest::newRow("won stays won") << 9090.0 << 1e8 << u"KRW"_s << u"9,090억 원"_s << u"KRW 909 billion"_s;
        QTest::newRow("one trillion won") << 1.0 << 1e12 << u"KRW"_s << u"1조 원"_s << u"KRW 1 trillion"_s;
        QTest::newRow("statista 2021") << 95.6 << 1e9 << u"USD"_s << u"956억 달러"_s << u"USD 95.6 billion"_s;
        QTest::newRow("two units of 만") << 2550.4 << 1e6 << u"USD"_s << u"25억 5,040만 달러"_s << u"USD 2.55 billion"_s;
        QTest::newRow("half a billion") << 0.55 << 1e9 << u"USD"_s << u"5억 5,000만 달러"_s << u"USD 550 million"_s;
        QTest::newRow("millions of euros") << 7.5 << 1e6 << u"EUR"_s << u"750만 유로"_s << u"EUR 7.5 million"_s;
        QTest::newRow("yuan") << 5000.0 << 1e8 << u"CNY"_s << u"5,000억 위안"_s << u"CNY 500 billion"_s;
        QTest::newRow("small amount") << 30.0 << 1.0 << u"USD"_s << u"30달러"_s << u"USD 30"_s;
        QTest::newRow("token price") << 0.0015 << 1.0 << u"USD"_s << u"0.0015달러"_s << u"USD 0.0015"_s;
        QTest::newRow("mckinsey trillions") << 4.4 << 1e12 << u"USD"_s << u"4조 4,000억 달러"_s << u"USD 4.4 trillion"_s;
        QTest::newRow("canadian dollars") << 125.0 << 1e6 << u"CAD"_s << u"1억 2,500만 캐나다 달러"_s << u"CAD 125 million"_s;
        // Rounding edges: a carry moves the number into the next unit.
        QTest::newRow("9,999.6억 carries to 1조") << 9999.6 << 1e8 << u"KRW"_s << u"1조 원"_s << u"KRW 999.96 billion"_s;
        QTest::newRow("9,999.4억 stays") << 9999.4 << 1e8 << u"KRW"_s << u"9,999억 원"_s << u"KRW 999.94 billion"_s;
        QTest::newRow("999.996 billion") << 999.996 << 1e9 << u"USD"_s << u"1조 달러"_s << u"USD 1 trillion"_s;
        QTest::newRow("1조 9,999.7억 carries") << 1.99997 << 1e12 << u"USD"_s << u"2조 달러"_s << u"USD 2 trillion"_s;
        QTest::newRow("99억 9,996만 keeps 만") << 99.9996 << 1e8 << u"KRW"_s << u"99억 9,996만 원"_s << u"KRW 10 billion"_s;
        QTest::newRow("99억 9,999.96만 carries") << 99.9999996 << 1e8 << u"KRW"_s << u"100억 원"_s << u"KRW 10 billion"_s;
        QTest::newRow("negative") << -15.2 << 1e9 << u"USD"_s << u"-152억 달러"_s << u"USD -15.2 billion"_s;
        QTest::newRow("zero") << 0.0 << 1e9 << u"USD"_s << u"0달러"_s << u"USD 0"_s;
    }

    void money()
    {
        QFETCH(double, value);
        QFETCH(double, scale);
        QFETCH(QString, currency);
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QCOMPARE(Formatter::money(value, scale, currency, Language::Korean), ko);
        QCOMPARE(Formatter::money(value, scale, currency, Language::English), en);
    }

    void amounts_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("enCompact");
        QTest::newRow("small") << 1204.0 << u"1,204"_s << u"1,204"_s << u"1,204"_s;
        QTest::newRow("만") << 35000.0 << u"3만 5,000"_s << u"35,000"_s << u"35 thousand"_s;
        QTest::newRow("parameters") << 540e9 << u"5,400억"_s << u"540 billion"_s << u"540 billion"_s;
        QTest::newRow("downloads") << 9e6 << u"900만"_s << u"9 million"_s << u"9 million"_s;
        QTest::newRow("axis tick 1.5조") << 1.5e12 << u"1조 5,000억"_s << u"1.5 trillion"_s << u"1.5 trillion"_s;
        QTest::newRow("axis tick 0") << 0.0 << u"0"_s << u"0"_s << u"0"_s;
        QTest::newRow("경") << 2.5e16 << u"2경 5,000조"_s << u"25,000 trillion"_s << u"25,000 trillion"_s;
        QTest::newRow("decimal") << 2.9 << u"2.9"_s << u"2.9"_s << u"2.9"_s;
    }

    void amounts()
    {
        QFETCH(double, value);
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QFETCH(QString, enCompact);
        QCOMPARE(Formatter::amount(value, Language::Korean), ko);
        QCOMPARE(Formatter::amount(value, Language::Korean, Formatter::Style::Compact), ko);
        QCOMPARE(Formatter::amount(value, Language::English), en);
        QCOMPARE(Formatter::amount(value, Language::English, Formatter::Style::Compact), enCompact);
    }

    void percentsAndRanks_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::newRow("percent") << 36.8 << u"percent"_s << u"36.8%"_s << u"36.8%"_s;
        QTest::newRow("percent rounds") << 30.85 << u"percent"_s << u"30.9%"_s << u"30.9%"_s; // 30.85 is 30.8499… in binary
        QTest::newRow("negative percent") << -33.3 << u"percent"_s << u"-33.3%"_s << u"-33.3%"_s;
        QTest::newRow("whole percent") << 50.0 << u"percent"_s << u"50%"_s << u"50%"_s;
        QTest::newRow("large percent") << 1248.0 << u"percent"_s << u"1,248%"_s << u"1,248%"_s;
        QTest::newRow("rank 1") << 1.0 << u"rank"_s << u"1위"_s << u"1st"_s;
        QTest::newRow("rank 2") << 2.0 << u"rank"_s << u"2위"_s << u"2nd"_s;
        QTest::newRow("rank 3") << 3.0 << u"rank"_s << u"3위"_s << u"3rd"_s;
        QTest::newRow("rank 6") << 6.0 << u"rank"_s << u"6위"_s << u"6th"_s;
        QTest::newRow("rank 11") << 11.0 << u"rank"_s << u"11위"_s << u"11th"_s;
        QTest::newRow("rank 12") << 12.0 << u"rank"_s << u"12위"_s << u"12th"_s;
        QTest::newRow("rank 22") << 22.0 << u"rank"_s << u"22위"_s << u"22nd"_s;
        QTest::newRow("rank 113") << 113.0 << u"rank"_s << u"113위"_s << u"113th"_s;
        QTest::newRow("score") << 62.0 << u"score"_s << u"62"_s << u"62"_s;
        QTest::newRow("count") << 1081.0 << u"count"_s << u"1,081"_s << u"1,081"_s;
    }

    void percentsAndRanks()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QCOMPARE(Formatter::value(value, unit, QString(), 1, Language::Korean), ko);
        QCOMPARE(Formatter::value(value, unit, QString(), 1, Language::English), en);
    }

    void growthRate()
    {
        QCOMPARE(Formatter::growthRate(0.368, Language::Korean), u"36.8%"_s);
        QCOMPARE(Formatter::growthRate(0.42, Language::English), u"42%"_s);
    }

    void periods()
    {
        QCOMPARE(Formatter::period(u"2023"_s, Language::Korean), u"2023년"_s);
        QCOMPARE(Formatter::period(u"2023"_s, Language::English), u"2023"_s);
        QCOMPARE(Formatter::period(u"2023-Q2"_s, Language::Korean), u"2023년 2분기"_s);
        QCOMPARE(Formatter::period(u"2023-Q2"_s, Language::English), u"Q2 2023"_s);
        QCOMPARE(Formatter::period(u"2023-07"_s, Language::Korean), u"2023년 7월"_s);
        QCOMPARE(Formatter::period(u"2023-07"_s, Language::English), u"Jul 2023"_s);
    }

    void axisTicksUseTheSameRules()
    {
        // A tick at 1조 (1e12 USD, i.e. 1000 in the 10⁹ scale) reads like a value.
        QCOMPARE(Formatter::money(1000, 1e9, u"USD"_s, Language::Korean, Formatter::Style::Compact), u"1조 달러"_s);
        QCOMPARE(Formatter::amount(250e9, Language::Korean, Formatter::Style::Compact), u"2,500억"_s);
        QCOMPARE(Formatter::amount(250e9, Language::English, Formatter::Style::Compact), u"250 billion"_s);
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
