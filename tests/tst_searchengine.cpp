#include "itemrepository.h"
#include "searchengine.h"
#include "testsupport.h"

using namespace Atlas;

class TstSearchEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    QStringList search(const QString &query)
    {
        ItemRepository repository(m_db.connection());
        ItemFilter filter;
        filter.text = query;
        QStringList ids;
        for (const auto &row : repository.rows(filter, ItemRepository::SortKey::Date, Qt::AscendingOrder, 0, 100))
            ids << row.id;
        [&] { QVERIFY2(repository.lastError().isEmpty(), qPrintable(repository.lastError())); }();
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
    }

    void terms()
    {
        QCOMPARE(SearchEngine::terms(QStringLiteral("  규제   AI ")), (QStringList { QStringLiteral("규제"), QStringLiteral("AI") }));
        QCOMPARE(SearchEngine::terms(QStringLiteral("\"executive order\" 미국")),
                 (QStringList { QStringLiteral("executive order"), QStringLiteral("미국") }));
        QCOMPARE(SearchEngine::terms(QStringLiteral("\"unclosed quote")), QStringList { QStringLiteral("unclosed quote") });
        QCOMPARE(SearchEngine::terms(QStringLiteral("\"\"")), QStringList());
        QCOMPARE(SearchEngine::ftsPhrase(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(SearchEngine::likePattern(QStringLiteral("10%_x\\")), QStringLiteral("%10\\%\\_x\\\\%"));
    }

    // A Korean stem finds the word with its particle attached.
    void koreanParticles()
    {
        QCOMPARE(search(QStringLiteral("행정명령")), QStringList { QStringLiteral("usa-2023-10-30-executive-order") });
        const QStringList regulation = search(QStringLiteral("규제"));
        QVERIFY(regulation.contains(QStringLiteral("kor-2023-09-digital-bill-of-rights"))); // "규제에"
        QVERIFY(regulation.contains(QStringLiteral("chn-2023-08-15-generative-ai-measures")));
    }

    void bothLanguagesAtOnce()
    {
        QCOMPARE(search(QStringLiteral("copyright")), search(QStringLiteral("저작권")));
        QCOMPARE(search(QStringLiteral("저작권")).size(), 2);
    }

    void shortQueriesAndActorAliases()
    {
        // Two characters: below the trigram size, still found.
        QCOMPARE(search(QStringLiteral("미국")),
                 (QStringList { QStringLiteral("usa-2023-10-30-executive-order"), QStringLiteral("usa-2023-copyright-inquiry") }));
        QCOMPARE(search(QStringLiteral("USA")), search(QStringLiteral("미국")));
        QCOMPARE(search(QStringLiteral("United States")), search(QStringLiteral("미국")));
        QCOMPARE(search(QStringLiteral("베이징")), QStringList { QStringLiteral("chn-beijing-2023-05-agi-plan") });
    }

    void mixedKoreanAndEnglish()
    {
        QCOMPARE(search(QStringLiteral("GPT-4 공개")), QStringList { QStringLiteral("openai-2023-11-06-gpt-4-turbo") });
        QCOMPARE(search(QStringLiteral("중국 generative")), QStringList { QStringLiteral("chn-2023-08-15-generative-ai-measures") });
    }

    // Nothing a user types is FTS5 or LIKE syntax.
    void specialCharactersNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matchesEducation");
        for (const char *q : { "\"", "\"\"", "*", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "^", ":", "-",
                               "+", "'", "%", "_", "\\", "a:b", "title_ko:x", "{a b}", "*특별*", "a\"b", "((", "''" })
            QTest::newRow(q) << QString::fromUtf8(q) << false;
        QTest::newRow("quoted word") << QStringLiteral("\"특별\"") << true;
        QTest::newRow("percent") << QStringLiteral("(100%)") << true;
        QTest::newRow("operator words") << QStringLiteral("AND NEAR") << true;
        QTest::newRow("star in text") << QStringLiteral("* 기호") << true;
    }

    void specialCharactersNeverFail()
    {
        QFETCH(QString, query);
        QFETCH(bool, matchesEducation);
        const QStringList hits = search(query); // asserts no SQL error inside
        if (matchesEducation)
            QVERIFY2(hits.contains(QStringLiteral("kor-2022-ai-education")), qPrintable(hits.join(u',')));
    }

    void likeWildcardsAreLiteral()
    {
        QVERIFY(search(QStringLiteral("%")).isEmpty() || search(QStringLiteral("%")) == QStringList { QStringLiteral("kor-2022-ai-education") });
        QVERIFY(search(QStringLiteral("_")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSearchEngine)
#include "tst_searchengine.moc"
