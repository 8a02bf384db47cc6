#include "commandline.h"

#include "console.h"

#include "database.h"
#include "datasetbuilder.h"
#include "datasetexporter.h"
#include "datasetdiff.h"
#include "datasetreader.h"
#include "datasetstore.h"
#include "datasetupdater.h"
#include "itemrepository.h"
#include "itemsheet.h"
#include "syntheticdataset.h"
#include "userdatastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace Atlas {

namespace {
const QStringList &commandNames()
{
    static const QStringList names = { QStringLiteral("version"), QStringLiteral("help"), QStringLiteral("h"),
                                       QStringLiteral("help-all"), QStringLiteral("export-json"),
                                       QStringLiteral("export-csv"), QStringLiteral("export-xlsx"), QStringLiteral("search"),
                                       QStringLiteral("build-dataset"), QStringLiteral("import"),
                                       QStringLiteral("generate-synthetic"), QStringLiteral("export-user-data"),
                                       QStringLiteral("v"), QStringLiteral("install-update"),
                                       QStringLiteral("make-update-bundle"), QStringLiteral("diff-datasets"),
                                       QStringLiteral("restore-dataset") };
    return names;
}
bool hasOption(const QStringList &arguments, const QStringList &names)
{
    for (const QString &a : arguments.mid(1)) {
        QString name = a;
        if (name.startsWith(u"--"))
            name = name.mid(2);
        else if (name.startsWith(u'-'))
            name = name.mid(1);
        else
            continue;
        name = name.section(u'=', 0, 0);
        if (names.contains(name))
            return true;
    }
    return false;
}
} // namespace

CommandLine::CommandLine()
    : m_lang(QStringLiteral("lang"), tr("Language for the window and for text output: ko or en."), tr("ko|en"))
    , m_database(QStringLiteral("database"), tr("Use this base dataset instead of the installed one."), tr("file"))
    , m_userDatabase(QStringLiteral("user-database"),
                     tr("Use this user database (notes, bookmarks, own records) instead of the default."), tr("file"))
    , m_exportJson(QStringLiteral("export-json"),
                   tr("Write the whole dataset (base and your own records) in the interchange format; - for stdout."),
                   tr("file"))
    , m_exportCsv(QStringLiteral("export-csv"), tr("Write the items as CSV (UTF-8 with BOM, one row per item)."),
                  tr("file"))
    , m_exportXlsx(QStringLiteral("export-xlsx"),
                   tr("Write the items as an Excel workbook: a Data sheet and a Sources sheet, in the --lang language."),
                   tr("file"))
    , m_search(QStringLiteral("search"), tr("Print matching items as TSV: id, date, actor ids, title."), tr("query"))
    , m_limit(QStringLiteral("limit"), tr("At most this many search results (default 50)."), tr("n"),
              QStringLiteral("50"))
    , m_screenshot(QStringLiteral("screenshot"), tr("Render the main window to a PNG file and exit."), tr("file"))
    , m_view(QStringLiteral("view"),
             tr("View for --screenshot: map, timeline, charts, browse, countries, bookmarks, country:<ISO3>, item:<id>, "
                "chart:<id>, presenter (presenter mode on the first storyboard) or presenter:<view> (that view as a "
                "slide)."),
             tr("view"), QStringLiteral("browse"))
    , m_size(QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1280x720."), tr("WxH"),
             QStringLiteral("1280x800"))
    , m_theme(QStringLiteral("theme"),
              tr("Colour theme for the window (and --screenshot): system, light, dark or high-contrast. "
                 "Without it, the one chosen in View > Theme."),
              tr("theme"))
    , m_buildDataset(QStringLiteral("build-dataset"),
                     tr("Compile the JSON dataset in SRC_DIR into a SQLite file OUT (give OUT after SRC_DIR)."),
                     tr("SRC_DIR"))
    , m_generateSynthetic(QStringLiteral("generate-synthetic"),
                          tr("Write a synthetic dataset of N items to OUT (give OUT after N): .json for the interchange "
                             "format, anything else for a SQLite dataset. For scale tests and benchmarks."),
                          tr("N"))
    , m_import(QStringLiteral("import"),
               tr("Validate FILE (interchange format) and import it into your user database in one transaction. "
                  "On any problem: print every problem, exit 2, change nothing."),
               tr("file"))
    , m_exportUserData(QStringLiteral("export-user-data"),
                       tr("Write your own records, notes and bookmarks to one file that another installation can "
                          "import."),
                       tr("file"))
    , m_versionOption(QStringList { QStringLiteral("v"), QStringLiteral("version") })
    , m_helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") })
{
    setUpParser();
}

// Outside the constructor: lupdate loses the class context after an initializer list with braces.
void CommandLine::setUpParser()
{
    m_versionOption.setDescription(tr("Print the program, dataset and schema versions."));
    m_helpOption.setDescription(tr("Show this help."));
    m_parser.setApplicationDescription(
        tr("AI Policy Atlas: an offline, bilingual atlas of the SPRi report on AI policy and industry trends.\n"
           "With no options, the window opens."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    const QList<const QCommandLineOption *> options = { &m_lang,   &m_database,   &m_userDatabase, &m_exportJson,
                                                        &m_exportCsv, &m_exportXlsx, &m_search, &m_limit,        &m_screenshot,
                                                        &m_view,   &m_size,       &m_theme,        &m_buildDataset,
                                                        &m_generateSynthetic,
                                                        &m_import, &m_exportUserData };
    for (const QCommandLineOption *o : options)
        m_parser.addOption(*o);
    m_parser.addPositionalArgument(QStringLiteral("OUT"), tr("Output file of --build-dataset."), tr("[OUT]"));
    // Dataset updates; looked up by name, so the header keeps no member per option.
    m_parser.addOption({ QStringLiteral("install-update"),
                         tr("Check the update bundle (a folder with manifest.json and atlas.sqlite, the manifest, or a "
                            "bare atlas.sqlite) and install it as the dataset. On any problem: print every problem, "
                            "exit 2, change nothing."),
                         tr("path") });
    m_parser.addOption({ QStringLiteral("force"),
                         tr("With --install-update: install even when the update is not newer than the dataset in "
                            "use.") });
    m_parser.addOption({ QStringLiteral("make-update-bundle"),
                         tr("Write an update bundle for the dataset file DB into the folder OUTDIR (give OUTDIR after "
                            "DB)."),
                         tr("DB") });
    m_parser.addOption({ QStringLiteral("diff-datasets"),
                         tr("Print what changed from dataset OLD to dataset NEW (give NEW after OLD) as TSV: change, "
                            "kind, id, date, changed fields, title."),
                         tr("OLD") });
    m_parser.addOption({ QStringLiteral("restore-dataset"),
                         tr("Stop using an installed dataset update and go back to the bundled dataset (rebuilt from "
                            "the data inside the program if that copy is damaged).") });
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return !hasOption(arguments, commandNames());
}

bool CommandLine::wantsScreenshot(const QStringList &arguments)
{
    return hasOption(arguments, { QStringLiteral("screenshot") });
}

Language CommandLine::languageFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u"--lang="))
            return languageFromCode(a.mid(7), systemLanguage());
        if (a == u"--lang" && i + 1 < arguments.size())
            return languageFromCode(arguments.at(i + 1), systemLanguage());
    }
    return systemLanguage();
}

int CommandLine::noDisplay()
{
    printErr(tr("No display is available. Start AI Policy Atlas on a desktop, or render a view to a file with "
                "--screenshot FILE [--view V]."));
    return RuntimeFailure;
}

bool CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    if (!m_parser.parse(arguments)) {
        printErr(m_parser.errorText());
        printErr(tr("Try --help."));
        *exitCode = BadInput;
        return false;
    }
    if (m_parser.isSet(m_lang)) {
        const QString l = m_parser.value(m_lang);
        if (l != u"ko" && l != u"en") {
            printErr(tr("--lang must be ko or en, not \"%1\".").arg(l));
            *exitCode = BadInput;
            return false;
        }
    }
    if (m_parser.isSet(m_theme)) {
        static const QStringList themes = { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                                            QStringLiteral("high-contrast") };
        if (!themes.contains(m_parser.value(m_theme))) {
            printErr(tr("--theme must be system, light, dark or high-contrast, not \"%1\".").arg(m_parser.value(m_theme)));
            *exitCode = BadInput;
            return false;
        }
    }
    if (m_parser.isSet(m_screenshot) && !screenshotSize().isValid()) {
        printErr(tr("--size must look like 1280x720, not \"%1\".").arg(m_parser.value(m_size)));
        *exitCode = BadInput;
        return false;
    }
    if (!m_parser.isSet(m_buildDataset) && !m_parser.isSet(m_generateSynthetic)
        && !m_parser.isSet(QStringLiteral("make-update-bundle")) && !m_parser.isSet(QStringLiteral("diff-datasets"))
        && !m_parser.positionalArguments().isEmpty()) {
        printErr(tr("Unexpected argument \"%1\". Try --help.").arg(m_parser.positionalArguments().constFirst()));
        *exitCode = BadInput;
        return false;
    }
    return true;
}

Language CommandLine::language() const
{
    return m_parser.isSet(m_lang) ? languageFromCode(m_parser.value(m_lang)) : systemLanguage();
}

QString CommandLine::databasePath() const
{
    if (m_parser.isSet(m_database))
        return m_parser.value(m_database);
    // The installed update of this user database's folder, else the bundled dataset.
    return DatasetStore(DatasetStore::dataDirFor(userDatabasePath())).activePath(QCoreApplication::applicationDirPath());
}

QString CommandLine::userDatabasePath() const
{
    return m_parser.isSet(m_userDatabase) ? m_parser.value(m_userDatabase) : Database::defaultUserPath();
}

QString CommandLine::theme() const
{
    return m_parser.isSet(m_theme) ? m_parser.value(m_theme) : QString();
}

QString CommandLine::screenshotView() const
{
    return m_parser.value(m_view);
}

QSize CommandLine::screenshotSize() const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto m = re.match(m_parser.value(m_size));
    if (!m.hasMatch())
        return {};
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    return size.width() <= 7680 && size.height() <= 4320 ? size : QSize();
}

int CommandLine::runCommand()
{
    if (m_parser.isSet(m_helpOption)) {
        printOut(m_parser.helpText().toUtf8());
        return Success;
    }
    if (m_parser.isSet(m_versionOption))
        return version();
    if (m_parser.isSet(m_buildDataset))
        return buildDataset();
    if (m_parser.isSet(QStringLiteral("install-update")))
        return installUpdate();
    if (m_parser.isSet(QStringLiteral("make-update-bundle")))
        return makeUpdateBundle();
    if (m_parser.isSet(QStringLiteral("diff-datasets")))
        return diffDatasets();
    if (m_parser.isSet(QStringLiteral("restore-dataset")))
        return restoreDataset();
    // The commands below read the dataset: a missing or damaged one is a clear message, not a crash.
    if (!m_parser.isSet(m_generateSynthetic)) {
        if (const DatasetHealth health = DatasetStore::check(databasePath()); !health.ok) {
            printErr(health.problem);
            printErr(tr("Start AI Policy Atlas without options to restore the bundled dataset, or run "
                        "--restore-dataset."));
            return RuntimeFailure;
        }
    }
    if (m_parser.isSet(m_exportJson))
        return exportJson();
    if (m_parser.isSet(m_exportCsv))
        return exportCsv();
    if (m_parser.isSet(m_exportXlsx))
        return exportXlsx();
    if (m_parser.isSet(m_search))
        return search();
    if (m_parser.isSet(m_generateSynthetic))
        return generateSynthetic();
    if (m_parser.isSet(m_import))
        return importFile();
    if (m_parser.isSet(m_exportUserData))
        return exportUserData();
    printErr(tr("This command is not available in this version. Try --help."));
    return BadInput;
}

int CommandLine::version()
{
    QString dataset = tr("no dataset found");
    Database db;
    const QString path = databasePath();
    if (!path.isEmpty() && db.open(path, QString())) {
        const DatasetInfo info = db.info();
        dataset = QStringLiteral("dataset %1 %2, schema %3").arg(info.id, info.version).arg(info.schemaVersion);
    }
    printOut(QStringLiteral("AI Policy Atlas %1 (%2)\n").arg(QStringLiteral(ATLAS_VERSION), dataset).toUtf8());
    return Success;
}

int CommandLine::buildDataset()
{
    const QString source = m_parser.value(m_buildDataset);
    const QStringList rest = m_parser.positionalArguments();
    if (rest.size() != 1) {
        printErr(tr("--build-dataset needs SRC_DIR and OUT, e.g. --build-dataset resources/data atlas.sqlite"));
        return BadInput;
    }
    DatasetReader reader;
    reader.setRequireReport(true);
    reader.readPath(source);
    reader.validate();
    if (!reader.problems().isEmpty()) {
        for (const QString &p : reader.problemStrings())
            printErr(p);
        printErr(tr("%n problem(s); nothing was written.", nullptr, int(reader.problems().size())));
        return BadInput;
    }
    if (reader.dataset().header.value(u"id").toString().isEmpty()) {
        printErr(tr("%1: no file has a \"dataset\" header with an id and version.").arg(source));
        return BadInput;
    }
    DatasetBuilder builder;
    if (!builder.build(reader.dataset(), rest.constFirst())) {
        printErr(builder.errorString());
        return RuntimeFailure;
    }
    const Dataset &d = reader.dataset();
    printOut(tr("%1: %2 actors, %3 items, %4 series, %5 figures, %6 findings\n")
                 .arg(rest.constFirst())
                 .arg(d.actors.size())
                 .arg(d.items.size())
                 .arg(d.series.size())
                 .arg(d.figures.size())
                 .arg(d.findings.size())
                 .toUtf8());
    return Success;
}

int CommandLine::generateSynthetic()
{
    bool ok = false;
    const qint64 count = m_parser.value(m_generateSynthetic).toLongLong(&ok);
    const QStringList rest = m_parser.positionalArguments();
    if (!ok || count < 0 || count > 100'000'000 || rest.size() != 1) {
        printErr(tr("--generate-synthetic needs a count and an output file, e.g. --generate-synthetic 1000000 big.sqlite"));
        return BadInput;
    }
    SyntheticDataset generator;
    if (!generator.write(count, rest.constFirst())) {
        printErr(generator.errorString());
        return RuntimeFailure;
    }
    printOut(tr("%1: %2 synthetic items\n").arg(rest.constFirst()).arg(count).toUtf8());
    return Success;
}

int CommandLine::importFile()
{
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    if (!db.notice().isEmpty())
        printErr(db.notice());
    UserDataStore store(db.connection());
    const QString file = m_parser.value(m_import);
    const UserDataStore::ImportPlan plan = store.planImportFile(file);
    if (!plan.isValid()) {
        for (const QString &p : plan.problems)
            printErr(p);
        printErr(tr("%n problem(s); nothing was imported.", nullptr, int(plan.problems.size())));
        return BadInput;
    }
    printErr(tr("Checked %1: %2 new, %3 changed, %4 unchanged records, %5 notes, %6 bookmarks. Writing…")
                 .arg(file)
                 .arg(plan.added.size())
                 .arg(plan.changed.size())
                 .arg(plan.unchanged.size())
                 .arg(plan.notes.size())
                 .arg(plan.bookmarks.size()));
    if (!store.applyImport(plan, QFileInfo(file).fileName())) {
        printErr(tr("The import failed and nothing was changed: %1").arg(store.errorString()));
        return RuntimeFailure;
    }
    printOut(tr("Imported %1: %2 new, %3 changed.\n").arg(file).arg(plan.added.size()).arg(plan.changed.size()).toUtf8());
    return Success;
}

int CommandLine::exportUserData()
{
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    UserDataStore store(db.connection());
    const QString target = m_parser.value(m_exportUserData);
    const QByteArray data = store.exportUserData();
    if (target == u"-") {
        printOut(data);
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        printErr(tr("Cannot write %1: %2").arg(target, file.errorString()));
        return RuntimeFailure;
    }
    return Success;
}

int CommandLine::exportJson()
{
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    DatasetExporter exporter(db.connection());
    const QString target = m_parser.value(m_exportJson);
    if (target == u"-") {
        Dataset dataset;
        if (!exporter.readDataset(&dataset)) {
            printErr(exporter.errorString());
            return RuntimeFailure;
        }
        printOut(exporter.toJson(dataset));
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !exporter.writeJson(&file) || !file.commit()) {
        printErr(tr("Cannot write %1: %2")
                     .arg(target, exporter.errorString().isEmpty() ? file.errorString() : exporter.errorString()));
        return RuntimeFailure;
    }
    return Success;
}

int CommandLine::exportCsv()
{
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    DatasetExporter exporter(db.connection());
    const QString target = m_parser.value(m_exportCsv);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !exporter.writeCsv(&file) || !file.commit()) {
        printErr(tr("Cannot write %1: %2")
                     .arg(target, exporter.errorString().isEmpty() ? file.errorString() : exporter.errorString()));
        return RuntimeFailure;
    }
    return Success;
}

int CommandLine::exportXlsx()
{
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    const Language l = language();
    const DatasetInfo info = db.info();
    const QString title = tr("AI policy items");
    const QString source = tr("Source: %1, %2 (%3). Made with AI Policy Atlas.")
                               .arg(pickText(l, info.titleKo, info.titleEn), pickText(l, info.publisherKo, info.publisherEn),
                                    info.published);
    ItemSheet sheet(db.connection());
    if (!sheet.writeXlsx(m_parser.value(m_exportXlsx), ItemFilter(), l, title, QString(), source)) {
        printErr(sheet.errorString());
        return RuntimeFailure;
    }
    return Success;
}

int CommandLine::search()
{
    bool ok = false;
    const int limit = m_parser.value(m_limit).toInt(&ok);
    if (!ok || limit < 1) {
        printErr(tr("--limit must be a positive number, not \"%1\".").arg(m_parser.value(m_limit)));
        return BadInput;
    }
    Database db;
    if (!db.open(databasePath(), userDatabasePath())) {
        printErr(db.errorString());
        return RuntimeFailure;
    }
    ItemRepository repository(db.connection());
    ItemFilter filter;
    filter.text = m_parser.value(m_search);
    // Best matches first (a title hit before a summary hit), then newest first.
    const auto rows = repository.rows(filter, ItemRepository::SortKey::Relevance, Qt::DescendingOrder, 0, limit);
    if (!repository.lastError().isEmpty()) {
        printErr(repository.lastError());
        return RuntimeFailure;
    }
    const Language l = language();
    QByteArray out;
    for (const auto &r : rows) {
        QString title = pickText(l, r.titleKo, r.titleEn);
        title.replace(u'\t', u' ').replace(u'\n', u' ');
        out += QStringList { r.id, r.date, r.actors.join(u','), title }.join(u'\t').toUtf8() + '\n';
    }
    printOut(out);
    return Success;
}

} // namespace Atlas
