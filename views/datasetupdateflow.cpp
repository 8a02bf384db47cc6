#include "datasetupdateflow.h"

#include "atlascontext.h"
#include "datasetdiff.h"
#include "datasetstore.h"
#include "datasetupdater.h"
#include "whatchangeddialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace Atlas {

namespace {
DatasetStore storeFor(AtlasContext *context)
{
    return DatasetStore(DatasetStore::dataDirFor(context->database()->userPath()));
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
} // namespace

QString DatasetUpdateFlow::installUpdate(QWidget *parent, AtlasContext *context, const QString &preselected)
{
    QString path = preselected;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(parent, tr("Install dataset update"), QString(),
                                            tr("Update bundle or dataset (manifest.json *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return {};
    return installChecked(parent, context, path, true);
}

QString DatasetUpdateFlow::installChecked(QWidget *parent, AtlasContext *context, const QString &path, bool confirm)
{
    const DatasetInfo current = context->database()->info();
    const DatasetUpdater::Inspection check = DatasetUpdater::inspect(path, current);
    if (!check.isValid()) {
        QMessageBox box(QMessageBox::Warning, tr("Install dataset update"),
                        tr("This update cannot be installed. Nothing was changed."), QMessageBox::Ok, parent);
        box.setInformativeText(check.problems.join(u'\n'));
        if (confirm)
            box.exec();
        return {};
    }
    if (confirm) {
        QString question;
        if (check.needsConfirmation())
            question = check.order == 0
                ? tr("Version %1 of the dataset is already in use. Install it again?").arg(check.info.version)
                : tr("The update holds version %1, which is older than the version in use (%2). Install the older "
                     "version anyway?")
                      .arg(check.info.version, current.version);
        else
            question = tr("Install version %1 of the dataset (now %2)?").arg(check.info.version, current.version);
        const QString reassurance = tr("Your notes, bookmarks, own records and storyboards are kept. The dataset in "
                                       "use now is kept too, so the update can be undone.");
        if (QMessageBox::question(parent, tr("Install dataset update"), question + u"\n\n" + reassurance,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return {};
    }
    DatasetStore store = storeFor(context);
    const QString oldActive = context->database()->basePath();
    const bool replacesInstalled = samePath(oldActive, store.installedPath());
    if (!store.install(check.datasetPath, check.sha256)) {
        if (confirm)
            QMessageBox::warning(parent, tr("Install dataset update"),
                                 tr("The update could not be installed: %1").arg(store.errorString()));
        return {};
    }
    return replacesInstalled ? store.previousPath() : oldActive;
}

QString DatasetUpdateFlow::comparisonBase(AtlasContext *context)
{
    const DatasetStore store = storeFor(context);
    const QString active = context->database()->basePath();
    if (samePath(active, store.installedPath()) && QFileInfo::exists(store.previousPath()))
        return store.previousPath();
    const QString bundled = DatasetStore::bundledPath(QCoreApplication::applicationDirPath());
    return samePath(active, bundled) ? QString() : bundled;
}

WhatChangedDialog *DatasetUpdateFlow::whatChanged(QWidget *parent, AtlasContext *context, QString oldPath,
                                                  QString newPath)
{
    if (newPath.isEmpty())
        newPath = context->database()->basePath();
    if (oldPath.isEmpty())
        oldPath = comparisonBase(context);
    if (oldPath.isEmpty()) {
        QMessageBox::information(parent, tr("What changed in the dataset"),
                                 tr("The dataset in use is the one that came with the program; no update has "
                                    "been installed, so there is nothing to compare."));
        return nullptr;
    }
    DatasetDiff diff;
    if (!diff.compare(oldPath, newPath)) {
        QMessageBox::warning(parent, tr("What changed in the dataset"),
                             tr("The datasets cannot be compared: %1").arg(diff.errorString()));
        return nullptr;
    }
    auto *dialog = new WhatChangedDialog(diff, context->language(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(context, &AtlasContext::languageChanged, dialog, &WhatChangedDialog::setLanguage);
    return dialog;
}

} // namespace Atlas
