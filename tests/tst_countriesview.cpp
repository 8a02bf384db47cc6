// The country/organisation profile: overview, items by category over time, related companies,
// figures and members, in both languages.
#include "atlascontext.h"
#include "countriesview.h"
#include "testsupport.h"

#include <QTextDocument>

using namespace Atlas;

class TstCountriesView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    static QString plain(const CountriesView &v)
    {
        QTextDocument doc;
        doc.setHtml(v.profileHtml());
        return doc.toPlainText();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir);
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void countryProfile()
    {
        AtlasContext context(&m_db, &m_actors);
        CountriesView view(&context);
        QVERIFY(view.showActor(QStringLiteral("KOR")));
        QCOMPARE(view.currentActor(), QStringLiteral("KOR"));
        QString text = plain(view);
        QVERIFY2(text.contains(QStringLiteral("Korea announced a Digital Bill of Rights.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Items by year")));
        QVERIFY(text.contains(QStringLiteral("2022")) && text.contains(QStringLiteral("2023")));
        QVERIFY(text.contains(QStringLiteral("Global AI Index rank")));
        QVERIFY(text.contains(QStringLiteral("No. 6")));
        QVERIFY(text.contains(QStringLiteral("Member of:")) && text.contains(QStringLiteral("OECD")));

        QVERIFY(view.showActor(QStringLiteral("USA")));
        text = plain(view);
        QVERIFY2(text.contains(QStringLiteral("Related companies")) && text.contains(QStringLiteral("OpenAI")), qPrintable(text));

        context.setLanguage(Language::Korean);
        QVERIFY(view.showActor(QStringLiteral("KOR")));
        text = plain(view);
        QVERIFY(text.contains(QStringLiteral("한국은 디지털 권리장전을 발표했다.")));
        QVERIFY(text.contains(QStringLiteral("6위"))); // the report's own wording
    }

    void organisationProfile()
    {
        AtlasContext context(&m_db, &m_actors);
        CountriesView view(&context);
        QVERIFY(view.showActor(QStringLiteral("OECD")));
        const QString html = view.profileHtml();
        QVERIFY(html.contains(QStringLiteral("actor:KOR")) && html.contains(QStringLiteral("actor:USA")));
        QVERIFY(plain(view).contains(QStringLiteral("Members (2)")));
        QVERIFY(!view.showActor(QStringLiteral("NOWHERE")));
    }
};

QTEST_MAIN(TstCountriesView)
#include "tst_countriesview.moc"
