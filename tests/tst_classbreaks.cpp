// Legend classes: round bounds, zero kept apart, few values one class each.
#include "classbreaks.h"

#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

class TstClassBreaks : public QObject
{
    Q_OBJECT

private slots:
    void counts()
    {
        const QLocale c(QLocale::C);
        const ClassBreaks b = ClassBreaks::forCounts(150);
        QCOMPARE(b.count(), 5);
        QStringList labels;
        for (int i = 0; i < b.count(); ++i)
            labels << b.label(i, c);
        QCOMPARE(labels, QStringList({ u"1–2"_s, u"3–9"_s, u"10–19"_s, u"20–49"_s, u"50+"_s }));
        QCOMPARE(b.classOf(0), -1); // zero is no class: the map draws it apart
        QCOMPARE(b.classOf(1), 0);
        QCOMPARE(b.classOf(9), 1);
        QCOMPARE(b.classOf(150), 4);
    }

    void fewCounts()
    {
        const ClassBreaks b = ClassBreaks::forCounts(3);
        QCOMPARE(b.count(), 3);
        QCOMPARE(b.label(2, QLocale(QLocale::C)), QStringLiteral("3"));
        QVERIFY(ClassBreaks::forCounts(0).isEmpty());
    }

    void values()
    {
        const QLocale c(QLocale::C);
        const ClassBreaks ranks = ClassBreaks::forValues({ 6, 1, 3, 6 });
        QCOMPARE(ranks.count(), 3);
        QCOMPARE(ranks.label(0, c), QStringLiteral("1"));
        QCOMPARE(ranks.classOf(6), 2);
        const ClassBreaks scores = ClassBreaks::forValues({ 10.5, 20, 30, 40, 50, 60, 70.25 }, 3);
        QCOMPARE(scores.count(), 3);
        QCOMPARE(scores.classOf(10.5), 0);
        QCOMPARE(scores.classOf(70.25), 2);
        QCOMPARE(ClassBreaks::forCounts(1200).label(0, c), QStringLiteral("1–4"));
        QCOMPARE(ClassBreaks::forCounts(12000).label(4, QLocale(QLocale::Korean)), QStringLiteral("2,000+"));
    }
};

QTEST_GUILESS_MAIN(TstClassBreaks)
#include "tst_classbreaks.moc"
