// Storyboards in the user database: round trip, reorder, removal and persistence across reopen.
#include "storyboardstore.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Atlas;

namespace {
StoryboardSlide slide(const QString &spec, const QString &title, Language language = Language::Korean)
{
    StoryboardSlide s;
    s.viewSpec = spec;
    s.title = title;
    s.language = language;
    return s;
}

QStringList specs(const QList<StoryboardSlide> &slides)
{
    QStringList out;
    for (const StoryboardSlide &s : slides)
        out << s.viewSpec;
    return out;
}
} // namespace

class TstStoryboardStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!m_base.isEmpty());
    }

    void filterJsonRoundTrip()
    {
        ItemFilter f;
        f.text = QStringLiteral("\"규제\" *");
        f.categories = { QStringLiteral("policy"), QStringLiteral("industry") };
        f.actorKinds = { QStringLiteral("country") };
        f.actors = { QStringLiteral("USA"), QStringLiteral("KOR") };
        f.dateFrom = QStringLiteral("2023-01-01");
        f.dateTo = QStringLiteral("2023-12-31");
        QCOMPARE(filterFromJson(filterToJson(f)), f);
        QCOMPARE(filterFromJson(filterToJson(ItemFilter())), ItemFilter());
        QCOMPARE(filterToJson(ItemFilter()), QStringLiteral("{}"));
        QCOMPARE(filterFromJson(QStringLiteral("not json")), ItemFilter()); // damaged text restores as no filter
    }

    void roundTripAndReorder()
    {
        Database db;
        QVERIFY(db.open(m_base, m_dir.filePath(QStringLiteral("boards.sqlite"))));
        StoryboardStore store(db.connection());
        QVERIFY(store.storyboards().isEmpty());
        const int id = store.create(QStringLiteral("장관 보고"));
        QVERIFY(id > 0);
        const int other = store.create(QStringLiteral("Other"));
        QVERIFY(other > id);
        QVERIFY(store.rename(id, QStringLiteral("장관 보고 (3월)")));
        QVERIFY(!store.rename(9999, QStringLiteral("x")));
        QCOMPARE(store.storyboards().size(), 2);
        QCOMPARE(store.storyboards().constFirst().name, QStringLiteral("장관 보고 (3월)"));
        QVERIFY(store.storyboards().constFirst().created.isValid());

        StoryboardSlide map = slide(QStringLiteral("map"), QStringLiteral("세계 지도"));
        map.filter.categories = { QStringLiteral("policy") };
        map.filter.dateFrom = QStringLiteral("2023-01-01");
        QVERIFY(store.addSlide(id, map));
        QVERIFY(store.addSlide(id, slide(QStringLiteral("timeline"), QStringLiteral("연표"))));
        QVERIFY(store.addSlide(id, slide(QStringLiteral("country:KOR"), QStringLiteral("Korea"), Language::English)));
        QVERIFY(store.addSlide(other, slide(QStringLiteral("charts"), QStringLiteral("Charts"))));
        QCOMPARE(store.slideCount(id), 3);
        QCOMPARE(store.slides(id).constFirst(), map);
        QCOMPARE(store.slides(id).at(2).language, Language::English);
        QCOMPARE(specs(store.slides(id)), QStringList({ u"map"_qs, u"timeline"_qs, u"country:KOR"_qs }));

        QVERIFY(store.moveSlide(id, 0, 2));
        QCOMPARE(specs(store.slides(id)), QStringList({ u"timeline"_qs, u"country:KOR"_qs, u"map"_qs }));
        QCOMPARE(store.slides(id).at(2), map); // the state travels with the slide
        QVERIFY(store.moveSlide(id, 2, 1));
        QCOMPARE(specs(store.slides(id)), QStringList({ u"timeline"_qs, u"map"_qs, u"country:KOR"_qs }));
        QVERIFY(!store.moveSlide(id, 0, 3));
        QVERIFY(store.reorder(id, { 2, 0, 1 }));
        QCOMPARE(specs(store.slides(id)), QStringList({ u"country:KOR"_qs, u"timeline"_qs, u"map"_qs }));
        QVERIFY(!store.reorder(id, { 0, 0, 1 }));
        QVERIFY(!store.reorder(id, { 0, 1 }));
        QVERIFY(store.setSlideTitle(id, 1, QStringLiteral("2023년 연표")));
        QCOMPARE(store.slides(id).at(1).title, QStringLiteral("2023년 연표"));
        QVERIFY(store.removeSlide(id, 0));
        QCOMPARE(specs(store.slides(id)), QStringList({ u"timeline"_qs, u"map"_qs }));
        QVERIFY(!store.removeSlide(id, 5));
        // The other storyboard was never touched.
        QCOMPARE(specs(store.slides(other)), QStringList({ u"charts"_qs }));

        // Orders stay 0..n-1 without gaps.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(ord) FROM (SELECT ord FROM main.storyboard_slide "
                                      "WHERE storyboard_id = %1 ORDER BY ord)").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("0,1"));
    }

    void persistsAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("persist.sqlite"));
        int id = -1;
        {
            Database db;
            QVERIFY(db.open(m_base, path));
            StoryboardStore store(db.connection());
            id = store.create(QStringLiteral("발표"));
            StoryboardSlide s = slide(QStringLiteral("item:kor-2023-x"), QStringLiteral("항목"));
            s.filter.text = QStringLiteral("반도체");
            s.filter.actors = { QStringLiteral("KOR") };
            QVERIFY(store.addSlide(id, s));
            QVERIFY(store.addSlide(id, slide(QStringLiteral("browse"), QStringLiteral("목록"))));
            QVERIFY(store.moveSlide(id, 1, 0));
        }
        Database db;
        QVERIFY(db.open(m_base, path));
        StoryboardStore store(db.connection());
        QCOMPARE(store.storyboards().size(), 1);
        QCOMPARE(store.storyboards().constFirst().name, QStringLiteral("발표"));
        const QList<StoryboardSlide> slides = store.slides(id);
        QCOMPARE(slides.size(), 2);
        QCOMPARE(slides.at(0).viewSpec, QStringLiteral("browse"));
        QCOMPARE(slides.at(1).filter.text, QStringLiteral("반도체"));
        QCOMPARE(slides.at(1).filter.actors, QStringList { QStringLiteral("KOR") });
        QVERIFY(store.remove(id));
        QVERIFY(store.storyboards().isEmpty());
        QCOMPARE(store.slideCount(id), 0);
    }
};

QTEST_GUILESS_MAIN(TstStoryboardStore)
#include "tst_storyboardstore.moc"
