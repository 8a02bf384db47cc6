// Dataset updates and damage: bundles are checked before anything is written, a good one installs
// without touching user data, "What changed" is exact, and a damaged dataset can be restored.
#include "testsupport.h"

#include "database.h"
#include "datasetdiff.h"
#include "datasetdiffmodel.h"
#include "datasetstore.h"
#include "datasetupdater.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace Atlas;

namespace {

// Every file below dir, with its size and checksum: "nothing changed" is this map being equal.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), DatasetUpdater::sha256Hex(path));
    }
    return files;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The mini dataset with one item added, one changed (title_en) and one removed, as version 1.1.
QString buildEdited(const QString &out, const QString &version = QStringLiteral("1.1"))
{
    DatasetReader reader;
    reader.setRequireReport(true);
    reader.readPath(AtlasTest::miniDataDir());
    if (!reader.validate())
        return {};
    Dataset d = reader.dataset();
    d.header.insert(QStringLiteral("version"), version);
    QJsonObject added = d.items.at(0);
    added.insert(QStringLiteral("id"), QStringLiteral("usa-2024-01-15-added-item"));
    added.insert(QStringLiteral("date"), QStringLiteral("2024-01-15"));
    added.insert(QStringLiteral("title_en"), QStringLiteral("An item added in the update"));
    QJsonObject changed = d.items.at(1);
    changed.insert(QStringLiteral("title_en"), QString(changed.value(u"title_en").toString() + QStringLiteral(" (revised)")));
    d.items[1] = changed;
    d.items.removeAt(2);
    d.items.append(added);
    DatasetBuilder builder;
    if (!builder.build(d, out)) {
        qWarning() << builder.errorString();
        return {};
    }
    return out;
}

} // namespace

class TestDatasetUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareVersions();
    void checkHealth();
    void makeBundle();
    void rejectsBadBundles_data();
    void rejectsBadBundles();
    void olderNeedsConfirmation();
    void installKeepsUserData();
    void activePrefersInstalled();
    void diffIsExact();
    void diffModel();
    void restoreFromOverride();
    void restoreRebuildsFromJson();
    void restoreRebuildsFromEmbedded();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString m_mini; // version 1.0
    QString m_edited; // version 1.1
    QString m_miniItemRemoved;
    QString m_miniItemChanged;
};

void TestDatasetUpdate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QTemporaryDir sub(m_dir.filePath(QStringLiteral("mini-XXXXXX")));
    sub.setAutoRemove(false);
    m_mini = AtlasTest::buildDatabase(sub);
    QVERIFY(!m_mini.isEmpty());
    m_edited = buildEdited(m_dir.filePath(QStringLiteral("edited/atlas.sqlite")));
    QVERIFY(!m_edited.isEmpty());
    DatasetReader reader;
    reader.readPath(AtlasTest::miniDataDir());
    m_miniItemChanged = reader.dataset().items.at(1).value(u"id").toString();
    m_miniItemRemoved = reader.dataset().items.at(2).value(u"id").toString();
}

void TestDatasetUpdate::compareVersions()
{
    QCOMPARE(DatasetStore::compareVersions(QStringLiteral("2023.1"), QStringLiteral("2023.1")), 0);
    QCOMPARE(DatasetStore::compareVersions(QStringLiteral("2023.2"), QStringLiteral("2023.10")), -1);
    QCOMPARE(DatasetStore::compareVersions(QStringLiteral("2024"), QStringLiteral("2023.9")), 1);
    QCOMPARE(DatasetStore::compareVersions(QStringLiteral("1.0"), QStringLiteral("1")), 0);
    QCOMPARE(DatasetStore::compareVersions(QStringLiteral("1.0-rc"), QStringLiteral("1.0")), 1);
}

void TestDatasetUpdate::checkHealth()
{
    const DatasetHealth good = DatasetStore::check(m_mini, DatasetStore::Check::Full);
    QVERIFY2(good.ok, qPrintable(good.problem));
    QCOMPARE(good.info.id, QStringLiteral("test-mini"));
    QCOMPARE(good.info.version, QStringLiteral("1.0"));

    const QString garbage = m_dir.filePath(QStringLiteral("health/garbage.sqlite"));
    writeFile(garbage, QByteArray(5000, 'x'));
    DatasetHealth h = DatasetStore::check(garbage);
    QVERIFY(!h.ok);
    QVERIFY2(h.problem.contains(u"not a dataset"), qPrintable(h.problem));

    const QString truncated = m_dir.filePath(QStringLiteral("health/truncated.sqlite"));
    const QByteArray whole = readFile(m_mini);
    writeFile(truncated, whole.left(whole.size() / 2));
    h = DatasetStore::check(truncated, DatasetStore::Check::Full);
    QVERIFY(!h.ok);
    QVERIFY2(!h.problem.isEmpty(), "a truncated file is reported");

    const QString missing = m_dir.filePath(QStringLiteral("health/none.sqlite"));
    h = DatasetStore::check(missing);
    QVERIFY(!h.ok);
    QVERIFY(h.problem.contains(u"missing"));

    const QString empty = m_dir.filePath(QStringLiteral("health/empty.sqlite"));
    writeFile(empty, {});
    QVERIFY(!DatasetStore::check(empty).ok);

    const QString schema = m_dir.filePath(QStringLiteral("health/schema.sqlite"));
    QVERIFY(QFile::copy(m_mini, schema));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-schema"));
        db.setDatabaseName(schema);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-schema"));
    h = DatasetStore::check(schema);
    QVERIFY(!h.ok);
    QVERIFY2(h.problem.contains(u"schema version 99"), qPrintable(h.problem));
}

void TestDatasetUpdate::makeBundle()
{
    const QString out = m_dir.filePath(QStringLiteral("bundle-good"));
    QString error;
    QVERIFY2(DatasetUpdater::makeBundle(m_edited, out, &error), qPrintable(error));
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(u"format").toString(), QLatin1String(DatasetUpdater::ManifestFormat));
    QCOMPARE(manifest.value(u"dataset").toObject().value(u"version").toString(), QStringLiteral("1.1"));
    const QJsonObject file = manifest.value(u"files").toArray().at(0).toObject();
    QCOMPARE(file.value(u"path").toString(), QStringLiteral("atlas.sqlite"));
    QCOMPARE(file.value(u"sha256").toString().toLatin1(), DatasetUpdater::sha256Hex(m_edited));
    QCOMPARE(qint64(file.value(u"size").toDouble()), QFileInfo(m_edited).size());

    DatasetInfo current;
    current.id = QStringLiteral("test-mini");
    current.version = QStringLiteral("1.0");
    for (const QString &pick : QStringList { out, out + QStringLiteral("/manifest.json"), out + QStringLiteral("/atlas.sqlite") }) {
        const auto r = DatasetUpdater::inspect(pick, current);
        QVERIFY2(r.isValid(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.info.version, QStringLiteral("1.1"));
        QVERIFY(r.order > 0);
        QVERIFY(!r.needsConfirmation());
        QCOMPARE(r.sha256, DatasetUpdater::sha256Hex(m_edited));
    }
}

void TestDatasetUpdate::rejectsBadBundles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad manifest JSON") << "badjson" << "not valid JSON";
    QTest::newRow("wrong manifest format") << "format" << "format: expected";
    QTest::newRow("checksum mismatch") << "checksum" << "does not match its checksum";
    QTest::newRow("size mismatch") << "size" << "bytes, the manifest says";
    QTest::newRow("missing file") << "missing" << "is missing from the bundle";
    QTest::newRow("path outside bundle") << "traversal" << "is not a file name inside the bundle";
    QTest::newRow("wrong schema version") << "schema" << "schema version 99";
    QTest::newRow("truncated SQLite") << "truncated" << "atlas.sqlite";
    QTest::newRow("garbage file") << "garbage" << "not a dataset";
    QTest::newRow("other dataset id") << "otherid" << "not an update of";
    QTest::newRow("manifest disagrees") << "manifestversion" << "differs from the manifest";
}

void TestDatasetUpdate::rejectsBadBundles()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir work(m_dir.filePath(QStringLiteral("bad-XXXXXX")));
    const QString bundle = work.filePath(QStringLiteral("usb/update"));
    QString error;
    QVERIFY2(DatasetUpdater::makeBundle(m_edited, bundle, &error), qPrintable(error));
    const QString db = bundle + QStringLiteral("/atlas.sqlite");
    const QString manifestPath = bundle + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
    QJsonObject file = manifest.value(u"files").toArray().at(0).toObject();
    const auto setFile = [&] {
        manifest.insert(QStringLiteral("files"), QJsonArray { file });
        writeFile(manifestPath, QJsonDocument(manifest).toJson());
    };
    // Rewrites the dataset and makes the manifest agree, so only the dataset's own problem shows.
    const auto replaceDataset = [&](const QByteArray &data) {
        writeFile(db, data);
        file.insert(QStringLiteral("sha256"), QString::fromLatin1(DatasetUpdater::sha256Hex(db)));
        file.insert(QStringLiteral("size"), QFileInfo(db).size());
        setFile();
    };
    if (damage == u"badjson") {
        writeFile(manifestPath, "{ \"format\": \"ai-policy-atlas-update/1\", ");
    } else if (damage == u"format") {
        manifest.insert(QStringLiteral("format"), QStringLiteral("something-else/9"));
        setFile();
    } else if (damage == u"checksum") {
        file.insert(QStringLiteral("sha256"), QString(64, u'0'));
        setFile();
    } else if (damage == u"size") {
        file.insert(QStringLiteral("size"), 12);
        setFile();
    } else if (damage == u"missing") {
        QVERIFY(QFile::remove(db));
    } else if (damage == u"traversal") {
        file.insert(QStringLiteral("path"), QStringLiteral("../../etc/atlas.sqlite"));
        setFile();
    } else if (damage == u"schema") {
        QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-bad-schema"));
        s.setDatabaseName(db);
        QVERIFY(s.open());
        QSqlQuery(s).exec(QStringLiteral("PRAGMA user_version = 99"));
        s.close();
        s = {};
        QSqlDatabase::removeDatabase(QStringLiteral("tst-bad-schema"));
        replaceDataset(readFile(db));
    } else if (damage == u"truncated") {
        const QByteArray whole = readFile(db);
        replaceDataset(whole.left(whole.size() * 2 / 3));
    } else if (damage == u"garbage") {
        replaceDataset(QByteArray("This is not a database at all.\n").repeated(200));
    } else if (damage == u"otherid") {
        // Checked against a current dataset with another id.
    } else if (damage == u"manifestversion") {
        QJsonObject d = manifest.value(u"dataset").toObject();
        d.insert(QStringLiteral("version"), QStringLiteral("9.9"));
        manifest.insert(QStringLiteral("dataset"), d);
        setFile();
    }

    // A profile with user data and an installed dataset: none of it may change.
    const QString profile = work.filePath(QStringLiteral("profile"));
    const QString userPath = profile + QStringLiteral("/user.sqlite");
    {
        Database database;
        QVERIFY2(database.open(m_mini, userPath), qPrintable(database.errorString()));
        QVERIFY(UserDataStore(database.connection()).setNote(QStringLiteral("item"), m_miniItemChanged,
                                                             QStringLiteral("my note")));
    }
    DatasetStore store(profile);
    QVERIFY(store.install(m_mini, DatasetUpdater::sha256Hex(m_mini)));
    const auto before = snapshot(work.path());

    DatasetInfo current;
    current.id = damage == u"otherid" ? QStringLiteral("spri-2023") : QStringLiteral("test-mini");
    current.version = QStringLiteral("1.0");
    const auto r = DatasetUpdater::inspect(bundle, current);
    QVERIFY(!r.isValid());
    QVERIFY2(r.problems.join(u'\n').contains(expected), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(snapshot(work.path()), before);

    // The command line says the same and exits 2, changing nothing.
    if (QFileInfo::exists(QStringLiteral(ATLAS_APP_BINARY)) && damage != u"otherid") {
        QProcess p;
        p.start(QStringLiteral(ATLAS_APP_BINARY),
                { QStringLiteral("--install-update"), bundle, QStringLiteral("--user-database"), userPath });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY2(err.contains(u"nothing was installed"), qPrintable(err));
        QCOMPARE(snapshot(work.path()), before);
    }
}

void TestDatasetUpdate::olderNeedsConfirmation()
{
    DatasetInfo current;
    current.id = QStringLiteral("test-mini");
    current.version = QStringLiteral("1.1");
    auto same = DatasetUpdater::inspect(m_edited, current);
    QVERIFY(same.isValid());
    QCOMPARE(same.order, 0);
    QVERIFY(same.needsConfirmation());
    auto older = DatasetUpdater::inspect(m_mini, current);
    QVERIFY(older.isValid());
    QVERIFY(older.order < 0);
    QVERIFY(older.needsConfirmation());
}

void TestDatasetUpdate::installKeepsUserData()
{
    QTemporaryDir profile(m_dir.filePath(QStringLiteral("profile-XXXXXX")));
    const QString userPath = profile.filePath(QStringLiteral("user.sqlite"));
    QJsonObject own = QJsonDocument::fromJson(readFile(AtlasTest::miniDataDir() + QStringLiteral("/records.json")))
                          .object()
                          .value(u"items")
                          .toArray()
                          .at(0)
                          .toObject();
    own.insert(QStringLiteral("id"), QStringLiteral("kor-2024-02-01-my-own-item"));
    own.remove(QStringLiteral("report"));
    const auto counts = [](const QSqlDatabase &db) {
        QStringList out;
        for (const char *table : { "note", "bookmark", "user_record" }) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM main.%1").arg(QLatin1String(table)));
            out << QString::number(q.next() ? q.value(0).toInt() : -1);
        }
        return out.join(u',');
    };
    {
        Database database;
        QVERIFY2(database.open(m_mini, userPath), qPrintable(database.errorString()));
        UserDataStore store(database.connection());
        QVERIFY(store.setNote(QStringLiteral("item"), m_miniItemChanged, QStringLiteral("remember this")));
        QVERIFY(store.setBookmarked(QStringLiteral("item"), m_miniItemRemoved, true));
        QVERIFY(store.writeRecord(QStringLiteral("item"), own, QStringLiteral("user")));
        QCOMPARE(counts(database.connection()), QStringLiteral("1,1,1"));
    }
    const QString bundle = m_dir.filePath(QStringLiteral("bundle-install"));
    QString error;
    QVERIFY(DatasetUpdater::makeBundle(m_edited, bundle, &error));
    DatasetInfo current = DatasetStore::check(m_mini).info;
    const auto r = DatasetUpdater::inspect(bundle, current);
    QVERIFY(r.isValid());
    DatasetStore store(DatasetStore::dataDirFor(userPath));
    QVERIFY2(store.install(r.datasetPath, r.sha256), qPrintable(store.errorString()));
    QVERIFY(QFileInfo::exists(store.installedPath()));
    QVERIFY(!QFileInfo::exists(store.installedPath() + QStringLiteral(".incoming")));
    QCOMPARE(DatasetUpdater::sha256Hex(store.installedPath()), r.sha256);
    {
        Database database;
        QVERIFY2(database.open(store.installedPath(), userPath), qPrintable(database.errorString()));
        QCOMPARE(database.info().version, QStringLiteral("1.1"));
        QCOMPARE(counts(database.connection()), QStringLiteral("1,1,1"));
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM main.note")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("remember this"));
    }
    // A second install keeps the first as the previous one (rollback).
    QVERIFY(store.install(m_mini, {}));
    QCOMPARE(DatasetStore::check(store.previousPath()).info.version, QStringLiteral("1.1"));
    QCOMPARE(DatasetStore::check(store.installedPath()).info.version, QStringLiteral("1.0"));
}

void TestDatasetUpdate::activePrefersInstalled()
{
    QTemporaryDir root(m_dir.filePath(QStringLiteral("app-XXXXXX")));
    const QString appDir = root.filePath(QStringLiteral("bin"));
    QDir().mkpath(appDir);
    const QString bundled = root.filePath(QStringLiteral("share/ai-policy-atlas/atlas.sqlite"));
    QDir().mkpath(QFileInfo(bundled).absolutePath());
    QVERIFY(QFile::copy(m_mini, bundled));
    DatasetStore store(root.filePath(QStringLiteral("profile")));
    QCOMPARE(QFileInfo(store.activePath(appDir)).canonicalFilePath(), QFileInfo(bundled).canonicalFilePath());
    QVERIFY(store.install(m_edited, {}));
    QCOMPARE(store.activePath(appDir), store.installedPath());
    // A newer program package brings a newer bundled dataset: it wins over an older installed one.
    QVERIFY(QFile::remove(bundled));
    QVERIFY(!buildEdited(bundled, QStringLiteral("2.0")).isEmpty());
    QCOMPARE(QFileInfo(store.activePath(appDir)).canonicalFilePath(), QFileInfo(bundled).canonicalFilePath());
}

void TestDatasetUpdate::diffIsExact()
{
    DatasetDiff diff;
    QVERIFY2(diff.compare(m_mini, m_edited), qPrintable(diff.errorString()));
    QCOMPARE(diff.oldInfo().version, QStringLiteral("1.0"));
    QCOMPARE(diff.newInfo().version, QStringLiteral("1.1"));
    QCOMPARE(diff.changes().size(), 3);
    QStringList seen;
    for (const DatasetChange &c : diff.changes()) {
        QCOMPARE(c.kind, DatasetChange::Item);
        seen << DatasetDiff::changeKey(c.change) + u' ' + c.id + u' ' + c.fields.join(u',');
    }
    seen.sort();
    QCOMPARE(seen,
             QStringList({ QStringLiteral("added usa-2024-01-15-added-item "),
                           QStringLiteral("changed ") + m_miniItemChanged + QStringLiteral(" title_en"),
                           QStringLiteral("removed ") + m_miniItemRemoved + u' ' }));
    const DatasetChange added = *std::find_if(diff.changes().cbegin(), diff.changes().cend(),
                                              [](const DatasetChange &c) { return c.change == DatasetChange::Added; });
    QCOMPARE(added.titleEn, QStringLiteral("An item added in the update"));
    QCOMPARE(added.date, QStringLiteral("2024-01-15"));

    // Same dataset: no changes. Reverse: added and removed swap.
    QVERIFY(diff.compare(m_mini, m_mini));
    QVERIFY(diff.changes().isEmpty());
    QVERIFY(diff.compare(m_edited, m_mini));
    QCOMPARE(diff.count(DatasetChange::Item, DatasetChange::Added), 1);
    QCOMPARE(diff.count(DatasetChange::Item, DatasetChange::Removed), 1);
    QVERIFY(diff.toTsv(false).startsWith(QByteArray("added\titem\t" + m_miniItemRemoved.toUtf8())));

    // A damaged side is an error, never a crash.
    QVERIFY(!diff.compare(m_mini, m_dir.filePath(QStringLiteral("health/garbage.sqlite"))));
    QVERIFY(!diff.errorString().isEmpty());
}

void TestDatasetUpdate::diffModel()
{
    DatasetDiff diff;
    QVERIFY(diff.compare(m_mini, m_edited));
    DatasetDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(diff.changes());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DatasetDiffModel::ColumnCount));
    // Grouped: added, changed, removed.
    QCOMPARE(model.index(0, DatasetDiffModel::ChangeColumn).data().toString(), QStringLiteral("Added"));
    QCOMPARE(model.index(1, DatasetDiffModel::FieldsColumn).data().toString(), QStringLiteral("title_en"));
    QCOMPARE(model.index(2, 0).data(DatasetDiffModel::AvailableRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(DatasetDiffModel::AvailableRole).toBool(), true);
    QCOMPARE(model.index(2, DatasetDiffModel::IdColumn).data().toString(), m_miniItemRemoved);
    model.setChangeFilter(DatasetChange::Removed);
    QCOMPARE(model.rowCount(), 1);
    model.setKindFilter(DatasetChange::Actor);
    QCOMPARE(model.rowCount(), 0);
    model.setKindFilter(-1);
    model.setChangeFilter(-1);
    QCOMPARE(model.rowCount(), 3);
    model.setLanguage(Language::Korean);
    QVERIFY(!model.index(0, DatasetDiffModel::TitleColumn).data().toString().isEmpty());
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDatasetUpdate::restoreFromOverride()
{
    QTemporaryDir root(m_dir.filePath(QStringLiteral("app-XXXXXX")));
    const QString appDir = root.filePath(QStringLiteral("bin"));
    QDir().mkpath(appDir);
    const QString bundled = root.filePath(QStringLiteral("share/ai-policy-atlas/atlas.sqlite"));
    QDir().mkpath(QFileInfo(bundled).absolutePath());
    QVERIFY(QFile::copy(m_mini, bundled));
    const QString profile = root.filePath(QStringLiteral("profile"));
    const QString userPath = profile + QStringLiteral("/user.sqlite");
    {
        Database database;
        QVERIFY(database.open(bundled, userPath));
        QVERIFY(UserDataStore(database.connection()).setBookmarked(QStringLiteral("item"), m_miniItemChanged, true));
    }
    DatasetStore store(profile);
    QVERIFY(store.install(m_edited, {}));
    // The installed dataset gets damaged: it stays active, so start-up can tell the user.
    writeFile(store.installedPath(), QByteArray(8192, '\0'));
    QCOMPARE(store.activePath(appDir), store.installedPath());
    QVERIFY(!DatasetStore::check(store.activePath(appDir)).ok);

    QVERIFY2(store.restoreBundled(appDir), qPrintable(store.errorString()));
    QCOMPARE(store.restoredFrom(), QStringLiteral("bundled"));
    QVERIFY(!store.hasInstalled());
    QCOMPARE(QFileInfo(store.activePath(appDir)).canonicalFilePath(), QFileInfo(bundled).canonicalFilePath());
    // The damaged file was moved aside, not deleted.
    QCOMPARE(QDir(store.datasetsDir()).entryList({ QStringLiteral("atlas.set-aside-*.sqlite") }).size(), 1);
    Database database;
    QVERIFY(database.open(store.activePath(appDir), userPath));
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM main.bookmark")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatasetUpdate::restoreRebuildsFromJson()
{
    QTemporaryDir root(m_dir.filePath(QStringLiteral("app-XXXXXX")));
    const QString appDir = root.filePath(QStringLiteral("bin"));
    QDir().mkpath(appDir);
    // The bundled copy is missing entirely.
    DatasetStore store(root.filePath(QStringLiteral("profile")));
    QVERIFY2(store.restoreBundled(appDir + QStringLiteral("/nowhere"), AtlasTest::miniDataDir()),
             qPrintable(store.errorString()));
    QCOMPARE(store.restoredFrom(), QStringLiteral("rebuilt"));
    const DatasetHealth h = DatasetStore::check(store.installedPath(), DatasetStore::Check::Full);
    QVERIFY2(h.ok, qPrintable(h.problem));
    QCOMPARE(h.info.id, QStringLiteral("test-mini"));
    QVERIFY(!QFileInfo::exists(store.installedPath() + QStringLiteral(".tmp")));

    // No data to rebuild from: a clear error, nothing half-written.
    DatasetStore empty(root.filePath(QStringLiteral("profile2")));
    QVERIFY(!empty.rebuildFrom(root.filePath(QStringLiteral("no-such-dir"))));
    QVERIFY(!empty.errorString().isEmpty());
    QVERIFY(!empty.hasInstalled());
}

void TestDatasetUpdate::restoreRebuildsFromEmbedded()
{
    if (!QFileInfo(DatasetStore::embeddedSourceDir()).isDir())
        QSKIP("the embedded JSON dataset (atlas_resources) is not linked into this test");
    QTemporaryDir root(m_dir.filePath(QStringLiteral("app-XXXXXX")));
    const QString appDir = root.filePath(QStringLiteral("bin"));
    const QString bundled = root.filePath(QStringLiteral("share/ai-policy-atlas/atlas.sqlite"));
    writeFile(bundled, QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x7f')); // damaged bundled copy
    DatasetStore store(root.filePath(QStringLiteral("profile")));
    QVERIFY(!DatasetStore::check(store.activePath(appDir)).ok);
    QVERIFY2(store.restoreBundled(appDir), qPrintable(store.errorString()));
    QCOMPARE(store.restoredFrom(), QStringLiteral("rebuilt"));
    QCOMPARE(store.activePath(appDir), store.installedPath());
    const DatasetHealth h = DatasetStore::check(store.activePath(appDir), DatasetStore::Check::Full);
    QVERIFY2(h.ok, qPrintable(h.problem));
    QCOMPARE(h.info.id, QStringLiteral("spri-2023"));
}

void TestDatasetUpdate::commandLine()
{
    if (!QFileInfo::exists(QStringLiteral(ATLAS_APP_BINARY)))
        QSKIP("the program is not built");
    QTemporaryDir work(m_dir.filePath(QStringLiteral("cli-XXXXXX")));
    const QString userPath = work.filePath(QStringLiteral("profile/user.sqlite"));
    const QString bundle = work.filePath(QStringLiteral("usb"));
    const auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ATLAS_APP_BINARY), args + QStringList { QStringLiteral("--user-database"), userPath });
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        const QString e = QString::fromUtf8(p.readAllStandardError());
        if (err)
            *err = e;
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({ QStringLiteral("--make-update-bundle"), m_edited, bundle }, &out, &err), 0);
    QVERIFY(QFileInfo::exists(bundle + QStringLiteral("/manifest.json")));
    // Against the mini dataset as the one in use.
    const QStringList base { QStringLiteral("--database"), m_mini };
    QCOMPARE(run(base + QStringList { QStringLiteral("--install-update"), bundle }, &out, &err), 0);
    QVERIFY2(out.contains(u"1.1"), qPrintable(out + err));
    const QString installed = work.filePath(QStringLiteral("profile/datasets/atlas.sqlite"));
    QCOMPARE(DatasetUpdater::sha256Hex(installed), DatasetUpdater::sha256Hex(m_edited));
    // The same version again needs --force.
    const QStringList again { QStringLiteral("--database"), installed, QStringLiteral("--install-update"), bundle };
    QCOMPARE(run(again, &out, &err), 2);
    QVERIFY2(err.contains(u"--force"), qPrintable(err));
    QCOMPARE(run(again + QStringList { QStringLiteral("--force") }, &out, &err), 0);

    QCOMPARE(run({ QStringLiteral("--diff-datasets"), m_mini, m_edited }, &out, &err), 0);
    QCOMPARE(out.count(u'\n'), 3);
    QVERIFY(out.contains(QStringLiteral("removed\titem\t") + m_miniItemRemoved));

    // A damaged dataset on the command line: a clear message and exit 1.
    const QString garbage = work.filePath(QStringLiteral("garbage.sqlite"));
    writeFile(garbage, QByteArray(3000, 'g'));
    QCOMPARE(run({ QStringLiteral("--database"), garbage, QStringLiteral("--export-csv"),
                   work.filePath(QStringLiteral("x.csv")) },
                 &out, &err),
             1);
    QVERIFY2(err.contains(u"not a dataset"), qPrintable(err));
    QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestDatasetUpdate)
#include "tst_datasetupdate.moc"
