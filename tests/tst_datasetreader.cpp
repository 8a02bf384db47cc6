#include "datasetreader.h"
#include "testsupport.h"

using namespace Atlas;

class TstDatasetReader : public QObject
{
    Q_OBJECT

    static QStringList problemsOf(const QString &file)
    {
        DatasetReader reader;
        reader.readPath(AtlasTest::sourcePath(QStringLiteral("tests/data/bad/")) + file);
        reader.validate();
        return reader.problemStrings();
    }
    static bool containsLine(const QStringList &lines, const QString &needle)
    {
        for (const QString &l : lines) {
            if (l == needle)
                return true;
        }
        qWarning().noquote() << "missing:" << needle << "\nin:" << lines;
        return false;
    }

private slots:
    void miniDatasetIsValid()
    {
        DatasetReader reader;
        reader.setRequireReport(true);
        QVERIFY(reader.readPath(AtlasTest::miniDataDir()));
        QVERIFY2(reader.validate(), qPrintable(reader.problemStrings().join(u'\n')));
        QCOMPARE(reader.dataset().actors.size(), 6);
        QCOMPARE(reader.dataset().items.size(), 8);
        QCOMPARE(reader.dataset().header.value(u"id").toString(), QStringLiteral("test-mini"));
    }

    // Every problem at once, each with the JSON path that has it.
    void reportsEveryProblemWithItsPath()
    {
        const QStringList p = problemsOf(QStringLiteral("problems.json"));
        QVERIFY(containsLine(p, QStringLiteral("items[1].date: \"2023-13-01\" is not a date")));
        QVERIFY(containsLine(p, QStringLiteral("items[2].actors[0]: \"ATLANTIS\" is not a known actor")));
        QVERIFY(containsLine(p, QStringLiteral("items[3].title_en: is required and must be non-empty text")));
        QVERIFY(containsLine(p, QStringLiteral("items[4].id: duplicate id \"kor-ok\" (first at items[0])")));
        QCOMPARE(p.size(), 4);
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("lfs") << QStringLiteral("lfs-pointer.json") << QStringLiteral("Git LFS pointer");
        QTest::newRow("broken") << QStringLiteral("broken.json") << QStringLiteral("not valid JSON at line 4");
        QTest::newRow("format") << QStringLiteral("wrong-format.json")
                                << QStringLiteral("format: \"ai-policy-atlas/9\" is not a supported format");
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QStringList p = problemsOf(file);
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.constFirst().contains(message), qPrintable(p.constFirst()));
    }

    void impossibleCalendarDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("valid");
        QTest::newRow("year") << QStringLiteral("2023") << true;
        QTest::newRow("month") << QStringLiteral("2023-02") << true;
        QTest::newRow("day") << QStringLiteral("2024-02-29") << true;
        QTest::newRow("feb30") << QStringLiteral("2023-02-30") << false;
        QTest::newRow("leap") << QStringLiteral("2023-02-29") << false;
        QTest::newRow("month13") << QStringLiteral("2023-13") << false;
        QTest::newRow("month0") << QStringLiteral("2023-00") << false;
        QTest::newRow("short") << QStringLiteral("23-01-01") << false;
        QTest::newRow("slashes") << QStringLiteral("2023/01/01") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void impossibleCalendarDates()
    {
        QFETCH(QString, date);
        QFETCH(bool, valid);
        QCOMPARE(FuzzyDate::parse(date).isValid(), valid);
    }

    void fuzzyDateSpans()
    {
        QCOMPARE(FuzzyDate::parse(QStringLiteral("2023")).firstDay(), QStringLiteral("2023-01-01"));
        QCOMPARE(FuzzyDate::parse(QStringLiteral("2023")).lastDay(), QStringLiteral("2023-12-31"));
        QCOMPARE(FuzzyDate::parse(QStringLiteral("2024-02")).lastDay(), QStringLiteral("2024-02-29"));
        QCOMPARE(FuzzyDate::parse(QStringLiteral("2023-10-30")).lastDay(), QStringLiteral("2023-10-30"));
        QCOMPARE(FuzzyDate::parse(QStringLiteral("2023-10")).toString(), QStringLiteral("2023-10"));
    }

    void requiresReportWhenAsked()
    {
        const QByteArray doc = R"({"format":"ai-policy-atlas/1","actors":[{"id":"KOR","kind":"country","name_ko":"한국","name_en":"Korea"}],
            "items":[{"id":"a","date":"2023","actors":["KOR"],"category":"policy","type":"law","title_ko":"가","title_en":"A","summary_ko":"가","summary_en":"A"}]})";
        DatasetReader lenient;
        QVERIFY(lenient.readData(doc));
        QVERIFY(lenient.validate());
        DatasetReader strict;
        strict.setRequireReport(true);
        QVERIFY(strict.readData(doc));
        QVERIFY(!strict.validate());
        QCOMPARE(strict.problemStrings(), QStringList { QStringLiteral("items[0].report: is required for records taken from the report") });
    }

    void knownActorsFromAnExistingDatabase()
    {
        const QByteArray doc = R"({"format":"ai-policy-atlas/1","items":[{"id":"a","date":"2023","actors":["KOR"],"category":"policy","type":"law","title_ko":"가","title_en":"A","summary_ko":"가","summary_en":"A"}]})";
        DatasetReader without;
        QVERIFY(without.readData(doc));
        QVERIFY(!without.validate());
        DatasetReader with;
        QVERIFY(with.readData(doc));
        QVERIFY(with.validate({ QStringLiteral("KOR") }));
    }

    void multiFileProblemsNameTheFile()
    {
        DatasetReader reader;
        reader.readPath(AtlasTest::sourcePath(QStringLiteral("tests/data/bad")));
        reader.validate();
        bool found = false;
        for (const QString &p : reader.problemStrings())
            found = found || p.startsWith(u"problems.json: items[1].date: ");
        QVERIFY2(found, qPrintable(reader.problemStrings().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstDatasetReader)
#include "tst_datasetreader.moc"
