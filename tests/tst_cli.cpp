// The command-line contract of DATA-MODEL.md, run against the real binary and dataset.
#include "testsupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include "syntheticdataset.h"

class TstCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Result
    {
        int code = -1;
        QByteArray out, err;
    };

    Result run(const QStringList &args, bool withDisplay = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep the user's real data out of it, and prove no display is needed.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        if (!withDisplay) {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATLAS_APP_BINARY), args);
        Result r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void versionWithoutDisplay()
    {
        const Result r = run({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("AI Policy Atlas "), r.out.constData());
        QVERIFY2(r.out.contains("(dataset spri-2023 "), r.out.constData());
        QVERIFY(r.out.contains(", schema "));
    }

    void helpWithoutDisplay()
    {
        const Result r = run({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        for (const char *option : { "--lang", "--database", "--export-json", "--export-csv", "--screenshot",
                                    "--build-dataset", "--search" })
            QVERIFY2(r.out.contains(option), option);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--no-such-option") };
        QTest::newRow("bad lang") << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version") };
        QTest::newRow("build without out") << QStringList { QStringLiteral("--build-dataset"), QStringLiteral("x") };
        QTest::newRow("bad limit") << QStringList { QStringLiteral("--search"), QStringLiteral("AI"), QStringLiteral("--limit"),
                                                    QStringLiteral("zero") };
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void exportJsonRoundTripsTheSources()
    {
        const Result r = run({ QStringLiteral("--export-json"), QStringLiteral("-") });
        QCOMPARE(r.code, 0);
        Atlas::DatasetReader exported;
        QVERIFY(exported.readData(r.out));
        QVERIFY2(exported.validate(), qPrintable(exported.problemStrings().join(u'\n')));
        Atlas::DatasetReader source;
        QVERIFY(source.readPath(AtlasTest::sourcePath(QStringLiteral("resources/data"))));
        QCOMPARE(exported.dataset().recordCount(), source.dataset().recordCount());
        QCOMPARE(exported.dataset().header, source.dataset().header);
    }

    void buildDatasetRejectsBadInputAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        const Result r = run({ QStringLiteral("--build-dataset"), AtlasTest::sourcePath(QStringLiteral("tests/data/bad")), out });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("problems.json: items[1].date: \"2023-13-01\" is not a date"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void buildDatasetWritesADatabase()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("mini.sqlite"));
        const Result r = run({ QStringLiteral("--build-dataset"), AtlasTest::miniDataDir(), out });
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(out));
        const Result v = run({ QStringLiteral("--database"), out, QStringLiteral("--version") });
        QVERIFY2(v.out.contains("(dataset test-mini 1.0"), v.out.constData());
    }

    void exportCsvHasBom()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("items.csv"));
        QCOMPARE(run({ QStringLiteral("--export-csv"), out }).code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFid,date,actors"));
    }

    void searchPrintsTsv()
    {
        const Result r = run({ QStringLiteral("--search"), QStringLiteral("행정명령"), QStringLiteral("--lang"),
                               QStringLiteral("ko"), QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.size() <= 6);
        QCOMPARE(lines.constFirst().count('\t'), 3);
        QVERIFY2(r.out.contains("행정명령"), r.out.constData());
    }

    void missingDatabaseFailsClearly()
    {
        const Result r = run({ QStringLiteral("--database"), QStringLiteral("/nonexistent/atlas.sqlite"),
                               QStringLiteral("--export-json"), QStringLiteral("-") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("/nonexistent/atlas.sqlite"), r.err.constData());
    }

    void screenshotWithoutDisplay()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        const Result r = run({ QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("browse"),
                               QStringLiteral("--size"), QStringLiteral("1024x640"), QStringLiteral("--lang"),
                               QStringLiteral("ko") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.trimmed().endsWith("shot.png"));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1024, 640));
    }

    void mapScreenshotIsTheSameEveryRun()
    {
        // Two processes hash in different orders; the map (its markers and which labels give way)
        // must not depend on that, or an exported slide changes from run to run.
        QTemporaryDir dir;
        QList<QImage> shots;
        for (int i = 0; i < 2; ++i) {
            const QString out = dir.filePath(QStringLiteral("map-%1.png").arg(i));
            const Result r = run({ QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("map"),
                                   QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--lang"),
                                   QStringLiteral("ko") });
            QVERIFY2(r.code == 0, r.err.constData());
            shots << QImage(out);
        }
        QVERIFY(!shots.at(0).isNull());
        QCOMPARE(shots.at(0), shots.at(1));
    }

    void importRejectsBadFilesAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString user = dir.filePath(QStringLiteral("user.sqlite"));
        const Result r = run({ QStringLiteral("--user-database"), user, QStringLiteral("--import"),
                               AtlasTest::sourcePath(QStringLiteral("tests/data/bad/problems.json")) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("items[1].date: \"2023-13-01\" is not a date"), r.err.constData());
        QVERIFY(r.err.contains("items[2].actors[0]: \"ATLANTIS\" is not a known actor"));
        const Result e = run({ QStringLiteral("--user-database"), user, QStringLiteral("--export-user-data"), QStringLiteral("-") });
        QCOMPARE(e.code, 0);
        QCOMPARE(QJsonDocument::fromJson(e.out).object().value(u"items").toArray().size(), 0);
    }

    void importThenExportUserData()
    {
        QTemporaryDir dir;
        const QString user = dir.filePath(QStringLiteral("user.sqlite"));
        const QString file = dir.filePath(QStringLiteral("mine.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "ai-policy-atlas/1", "items": [{"id": "kor-2024-01-my-item", "date": "2024-01",
            "actors": ["KOR"], "category": "policy", "type": "law", "title_ko": "내 항목", "title_en": "My item",
            "summary_ko": "요약", "summary_en": "Summary"}], "notes": [{"target_kind": "item",
            "target_id": "kor-2024-01-my-item", "text": "메모"}]})");
        f.close();
        const Result r = run({ QStringLiteral("--user-database"), user, QStringLiteral("--import"), file });
        QVERIFY2(r.code == 0, r.err.constData());
        const Result e = run({ QStringLiteral("--user-database"), user, QStringLiteral("--export-user-data"), QStringLiteral("-") });
        const QJsonObject root = QJsonDocument::fromJson(e.out).object();
        QCOMPARE(root.value(u"items").toArray().first().toObject().value(u"id").toString(), QStringLiteral("kor-2024-01-my-item"));
        QCOMPARE(root.value(u"notes").toArray().first().toObject().value(u"text").toString(), QStringLiteral("메모"));
        // The whole-dataset export carries the user's record after the base ones.
        const Result all = run({ QStringLiteral("--user-database"), user, QStringLiteral("--export-json"), QStringLiteral("-") });
        QVERIFY(all.out.contains("kor-2024-01-my-item"));
    }

    // A process killed in the middle of an import leaves the user database consistent: the
    // import is all there or not at all, and integrity_check passes.
    void killDuringImportLeavesUserDatabaseConsistent()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.json"));
        const int n = 20000;
        {
            Atlas::SyntheticDataset generator;
            QJsonArray items;
            for (int i = 0; i < n; ++i) {
                QJsonObject item = generator.item(i);
                item.insert(QStringLiteral("actors"), QJsonArray { QStringLiteral("KOR") });
                items.append(item);
            }
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject { { QStringLiteral("format"), QStringLiteral("ai-policy-atlas/1") },
                                                { QStringLiteral("items"), items } })
                        .toJson(QJsonDocument::Compact));
        }
        for (const int delayMs : { 0, 20, 80 }) {
            const QString user = dir.filePath(QStringLiteral("user-%1.sqlite").arg(delayMs));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home.path());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ATLAS_APP_BINARY), { QStringLiteral("--user-database"), user, QStringLiteral("--import"), file });
            p.setReadChannel(QProcess::StandardError);
            QByteArray err;
            while (!err.contains("Writing") && p.state() != QProcess::NotRunning) {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
            }
            QTest::qWait(delayMs);
            p.kill();
            p.waitForFinished(10000);
            // Reopen as the app would: WAL recovery, then check.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                db.setDatabaseName(user);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_record")));
                QVERIFY(q.next());
                const int rows = q.value(0).toInt();
                QVERIFY2(rows == 0 || rows == n, qPrintable(QStringLiteral("%1 rows after a kill").arg(rows)));
                qInfo("killed after %d ms: %d of %d records (all or nothing)", delayMs, rows, n);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
        }
    }

    void screenshotUnknownViewIsUsageError()
    {
        QTemporaryDir dir;
        const Result r = run({ QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--view"),
                               QStringLiteral("nowhere") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nowhere"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
