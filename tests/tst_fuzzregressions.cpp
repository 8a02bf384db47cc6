// Replays the fuzzer's seed corpus and every crash input it ever found (tests/fuzz/) through the
// dataset reader, in the normal build without libFuzzer: each one must end in a clean result or
// a clean list of problems, quickly.
#include "fuzz/fuzzinput.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

class TstFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const char *folder : { "tests/fuzz/corpus", "tests/fuzz/regressions" }) {
            const QDir dir(AtlasTest::sourcePath(QString::fromLatin1(folder)));
            QVERIFY2(dir.exists(), qPrintable(dir.path()));
            for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
                if (f.fileName() == u"README.md")
                    continue;
                QTest::newRow(qPrintable(dir.dirName() + u'/' + f.fileName())) << f.filePath();
                ++count;
            }
        }
        QVERIFY(count > 0);
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QElapsedTimer timer;
        timer.start();
        const AtlasFuzz::Outcome outcome = AtlasFuzz::feedReader(input);
        QVERIFY2(outcome.consistent(), qPrintable(outcome.problems.join(u'\n')));
        QVERIFY2(timer.elapsed() < 5000, "the reader took more than 5 s: a hang the fuzzer found");
    }

    // The seeds are what they claim: the mini dataset reads clean, the bad files do not.
    void seedsKeepTheirMeaning()
    {
        QFile multi(AtlasTest::sourcePath(QStringLiteral("tests/fuzz/corpus/multi-mini.json")));
        QVERIFY(multi.open(QIODevice::ReadOnly));
        const AtlasFuzz::Outcome good = AtlasFuzz::feedReader(multi.readAll());
        QVERIFY2(good.valid, qPrintable(good.problems.join(u'\n')));
        QVERIFY(good.records > 10);

        QFile broken(AtlasTest::sourcePath(QStringLiteral("tests/fuzz/corpus/bad-broken.json")));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        const AtlasFuzz::Outcome bad = AtlasFuzz::feedReader(broken.readAll());
        QVERIFY(!bad.valid);
        QVERIFY(bad.problems.first().contains(u"line"));
    }
};

QTEST_GUILESS_MAIN(TstFuzzRegressions)
#include "tst_fuzzregressions.moc"
