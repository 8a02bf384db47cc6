// The command line's dataset-update commands: --install-update, --make-update-bundle,
// --diff-datasets and --restore-dataset (DatasetStore, DatasetUpdater, DatasetDiff).
#include "commandline.h"

#include "console.h"
#include "datasetdiff.h"
#include "datasetstore.h"
#include "datasetupdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Atlas {

int CommandLine::installUpdate()
{
    const QString source = m_parser.value(QStringLiteral("install-update"));
    DatasetStore store(DatasetStore::dataDirFor(userDatabasePath()));
    // A damaged current dataset has no header: the update is then checked on its own.
    const DatasetInfo current = DatasetStore::check(databasePath(), DatasetStore::Check::Header).info;
    const DatasetUpdater::Inspection check = DatasetUpdater::inspect(source, current);
    if (!check.isValid()) {
        for (const QString &p : check.problems)
            printErr(p);
        printErr(tr("%n problem(s); nothing was installed.", nullptr, int(check.problems.size())));
        return BadInput;
    }
    if (check.needsConfirmation() && !m_parser.isSet(QStringLiteral("force"))) {
        printErr(check.order == 0
                     ? tr("%1: version %2 of the dataset is already in use; add --force to install it again.")
                           .arg(source, check.info.version)
                     : tr("%1: version %2 is older than the dataset in use (%3); add --force to install it anyway.")
                           .arg(source, check.info.version, current.version));
        printErr(tr("Nothing was installed."));
        return BadInput;
    }
    if (!store.install(check.datasetPath, check.sha256)) {
        printErr(store.errorString());
        return RuntimeFailure;
    }
    printOut(tr("Installed dataset %1 %2 as %3 (it replaces %4).\n")
                 .arg(check.info.id, check.info.version, QDir::toNativeSeparators(store.installedPath()),
                      current.isValid() ? current.version : tr("a damaged dataset"))
                 .toUtf8());
    return Success;
}

int CommandLine::makeUpdateBundle()
{
    const QStringList rest = m_parser.positionalArguments();
    if (rest.size() != 1) {
        printErr(tr("--make-update-bundle needs DB and OUTDIR, e.g. --make-update-bundle atlas.sqlite usb/update"));
        return BadInput;
    }
    QString error;
    if (!DatasetUpdater::makeBundle(m_parser.value(QStringLiteral("make-update-bundle")), rest.constFirst(), &error)) {
        printErr(error);
        return RuntimeFailure;
    }
    printOut(tr("%1: manifest.json and atlas.sqlite written\n").arg(QDir::toNativeSeparators(rest.constFirst())).toUtf8());
    return Success;
}

int CommandLine::diffDatasets()
{
    const QStringList rest = m_parser.positionalArguments();
    if (rest.size() != 1) {
        printErr(tr("--diff-datasets needs OLD and NEW, e.g. --diff-datasets old.sqlite new.sqlite"));
        return BadInput;
    }
    DatasetDiff diff;
    if (!diff.compare(m_parser.value(QStringLiteral("diff-datasets")), rest.constFirst())) {
        printErr(diff.errorString());
        return RuntimeFailure;
    }
    printOut(diff.toTsv(language() == Language::Korean));
    return Success;
}

int CommandLine::restoreDataset()
{
    DatasetStore store(DatasetStore::dataDirFor(userDatabasePath()));
    if (!store.restoreBundled(QCoreApplication::applicationDirPath())) {
        printErr(store.errorString());
        return RuntimeFailure;
    }
    printOut((store.restoredFrom() == u"rebuilt"
                  ? tr("The bundled dataset was damaged; it was rebuilt from the data inside the program into %1.\n")
                        .arg(QDir::toNativeSeparators(store.installedPath()))
                  : tr("Using the bundled dataset %1.\n")
                        .arg(QDir::toNativeSeparators(DatasetStore::bundledPath(QCoreApplication::applicationDirPath()))))
                 .toUtf8());
    return Success;
}

} // namespace Atlas
