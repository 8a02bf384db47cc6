// The Korean translation is complete: no unfinished entry, and no string in the sources that is
// missing from atlas_ko.ts (lupdate is run against the sources into a copy).
#include "category.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct TsStats
{
    int messages = 0;
    QStringList unfinished;
};

TsStats readTs(const QString &path)
{
    TsStats stats;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return stats;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            ++stats.messages;
            if (type == u"vanished" || type == u"obsolete") {
                --stats.messages;
                continue;
            }
            // Numerus forms are child elements; readElementText would fail on them.
            QString text;
            bool hasForms = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    hasForms = true;
                    text += xml.readElementText();
                } else if (xml.isCharacters() && !hasForms) {
                    text += xml.text();
                }
            }
            if (type == u"unfinished" || text.trimmed().isEmpty())
                stats.unfinished << context + QStringLiteral("::") + source;
        }
    }
    return stats;
}
} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void koreanIsComplete()
    {
        const TsStats stats = readTs(AtlasTest::sourcePath(QStringLiteral("translations/atlas_ko.ts")));
        QVERIFY(stats.messages > 100);
        QVERIFY2(stats.unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished Korean translations:\n")
                                                        + stats.unfinished.join(u'\n')));
    }

    // A tr() string added without running update_translations would never be translated.
    void sourcesAndTsAgree()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("atlas_ko.ts"));
        QVERIFY(QFile::copy(AtlasTest::sourcePath(QStringLiteral("translations/atlas_ko.ts")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(QT_LUPDATE),
                      { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        AtlasTest::sourcePath(QStringLiteral("models")), AtlasTest::sourcePath(QStringLiteral("views")),
                        AtlasTest::sourcePath(QStringLiteral("app")), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const TsStats stats = readTs(copy);
        QVERIFY2(stats.unfinished.isEmpty(), qPrintable(QStringLiteral("strings in the sources but not translated "
                                                                       "(run update_translations):\n")
                                                        + stats.unfinished.join(u'\n')));
    }

    void compiledTranslationIsEmbedded()
    {
        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
        QCoreApplication::installTranslator(&ko);
        QCOMPARE(QCoreApplication::translate("Atlas::View", "Map"), QStringLiteral("지도"));
        QCOMPARE(Atlas::categoryName(Atlas::Category::Policy), QStringLiteral("정책/법제"));
        QCoreApplication::removeTranslator(&ko);
        QCOMPARE(Atlas::categoryName(Atlas::Category::Policy), QStringLiteral("Policy/law"));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
