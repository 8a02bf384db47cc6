#include "itemrepository.h"
#include "searchengine.h"
#include "searchglossary.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>

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

    // In rank order, as the browse table and --search show them.
    QStringList ranked(const QString &query)
    {
        ItemRepository repository(m_db.connection());
        ItemFilter filter;
        filter.text = query;
        QStringList ids;
        for (const auto &row : repository.rows(filter, ItemRepository::SortKey::Relevance, Qt::DescendingOrder, 0, 100))
            ids << row.id;
        [&] { QVERIFY2(repository.lastError().isEmpty(), qPrintable(repository.lastError())); }();
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
        QCOMPARE(ranked(query).size(), hits.size()); // the ranking expression takes the same text
        if (matchesEducation)
            QVERIFY2(hits.contains(QStringLiteral("kor-2022-ai-education")), qPrintable(hits.join(u',')));
    }

    void likeWildcardsAreLiteral()
    {
        QVERIFY(search(QStringLiteral("%")).isEmpty() || search(QStringLiteral("%")) == QStringList { QStringLiteral("kor-2022-ai-education") });
        QVERIFY(search(QStringLiteral("_")).isEmpty());
    }
    void twoCharacterQueries()
    {
        // Below the trigram size: LIKE, still particle-proof and in both languages.
        QCOMPARE(search(QStringLiteral("규제")),
                 (QStringList { QStringLiteral("chn-2023-08-15-generative-ai-measures"),
                                QStringLiteral("kor-2023-09-digital-bill-of-rights") }));
        QCOMPARE(search(QStringLiteral("중국")), QStringList { QStringLiteral("chn-2023-08-15-generative-ai-measures") });
        QVERIFY(search(QStringLiteral("AI")).size() >= 6);
        QCOMPARE(search(QStringLiteral("ai")), search(QStringLiteral("AI"))); // case-insensitive like FTS5
        QVERIFY(search(QStringLiteral("저")).contains(QStringLiteral("usa-2023-copyright-inquiry"))); // one syllable
    }

    // A title hit outranks a summary hit, even when the summary hit is newer.
    void ranking()
    {
        // "발표": the Korean bill's title (2023-09) vs the executive order's summary (2023-10-30).
        QStringList r = ranked(QStringLiteral("발표"));
        QCOMPARE(r.value(0), QStringLiteral("kor-2023-09-digital-bill-of-rights"));
        QVERIFY(r.indexOf(QStringLiteral("usa-2023-10-30-executive-order")) > 0);
        // "저작권" (three characters, FTS5): the inquiry's title before the OECD report's summary.
        r = ranked(QStringLiteral("저작권"));
        QCOMPARE(r, (QStringList { QStringLiteral("usa-2023-copyright-inquiry"), QStringLiteral("oecd-2023-ai-skills-report") }));
        // Every term counts: both terms in a title beat one.
        r = ranked(QStringLiteral("AI 공개"));
        QCOMPARE(r.value(0), QStringLiteral("openai-2023-11-06-gpt-4-turbo"));
        // No text: relevance falls back to newest first.
        QCOMPARE(ranked(QString()).value(0), QStringLiteral("openai-2023-11-06-gpt-4-turbo"));
    }

    // A Korean word also finds items whose English tag means it.
    void glossaryExpandsKoreanToTags()
    {
        QCOMPARE(SearchGlossary::tagsForTerm(QStringLiteral("저작권")), QStringList { QStringLiteral("copyright") });
        QVERIFY(SearchGlossary::tagsForTerm(QStringLiteral("저")).isEmpty()); // one syllable is too broad
        QVERIFY(SearchGlossary::tagsForTerm(QStringLiteral("copyright")).isEmpty()); // English matches the tag itself
        QCOMPARE(SearchGlossary::koreanName(QStringLiteral("copyright")), QStringLiteral("저작권"));
        // The Beijing plan's Korean text says "대형 모델"; its tag is large-language-models.
        QVERIFY(search(QStringLiteral("언어모델")).contains(QStringLiteral("chn-beijing-2023-05-agi-plan")));
        QVERIFY(SearchEngine::highlightTerms(QStringLiteral("저작권")).contains(QStringLiteral("copyright")));
    }

    void highlightRanges()
    {
        using R = SearchEngine::Range;
        QCOMPARE(SearchEngine::matches(QStringLiteral("저작권청, 생성 AI 관련 저작권 정책"), { QStringLiteral("저작권") }),
                 (QList<R> { { 0, 3 }, { 15, 3 } }));
        // Case-insensitive, overlaps merged, sorted.
        QCOMPARE(SearchEngine::matches(QStringLiteral("Generative AI"), { QStringLiteral("ai"), QStringLiteral("tive a") }),
                 (QList<R> { { 6, 7 } }));
        QVERIFY(SearchEngine::matches(QStringLiteral("abc"), { QString() }).isEmpty());
        QCOMPARE(SearchEngine::highlightHtml(QStringLiteral("<b>규제에</b>"), { QStringLiteral("규제") },
                                             QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("&lt;b&gt;[규제]에&lt;/b&gt;"));
    }

    // The real dataset: "저작권" finds the copyright items of every country, within one query.
    void realDatasetCopyright()
    {
        const QString path = QStringLiteral(ATLAS_BUILT_DATASET);
        if (!QFileInfo::exists(path))
            QSKIP("the built dataset is not there (build the atlas_dataset target)");
        Database db;
        QVERIFY2(db.open(path, QString()), qPrintable(db.errorString()));
        ItemRepository repository(db.connection());
        ItemFilter filter;
        filter.text = QStringLiteral("저작권");
        QStringList found;
        for (const auto &row : repository.rows(filter, ItemRepository::SortKey::Relevance, Qt::DescendingOrder, 0, 1000))
            found << row.id;
        QVERIFY2(repository.lastError().isEmpty(), qPrintable(repository.lastError()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT i.id, i.primary_actor FROM base.item i "
                                      "WHERE (' ' || i.tags || ' ') LIKE '% copyright %'")));
        QSet<QString> countries;
        int tagged = 0;
        while (q.next()) {
            ++tagged;
            QVERIFY2(found.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            countries.insert(q.value(1).toString());
        }
        QVERIFY(tagged >= 10);
        for (const char *country : { "USA", "GBR", "JPN", "EUU", "KOR" }) {
            QSqlQuery c(db.connection());
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM base.item_actor WHERE rollup = ? AND item_rowid IN "
                                     "(SELECT rowid FROM base.item WHERE id = ?)"));
            bool any = false;
            for (const QString &id : std::as_const(found)) {
                c.addBindValue(QString::fromLatin1(country));
                c.addBindValue(id);
                QVERIFY(c.exec() && c.next());
                any = any || c.value(0).toInt() > 0;
            }
            QVERIFY2(any, country);
        }
        // Titles come first.
        QSqlQuery first(db.connection());
        first.prepare(QStringLiteral("SELECT title_ko, title_en FROM base.item WHERE id = ?"));
        first.addBindValue(found.value(0));
        QVERIFY(first.exec() && first.next());
        QVERIFY(first.value(0).toString().contains(QStringLiteral("저작권")));
        QCOMPARE(found.size(), repository.count(filter));
    }
};

QTEST_GUILESS_MAIN(TstSearchEngine)
#include "tst_searchengine.moc"
