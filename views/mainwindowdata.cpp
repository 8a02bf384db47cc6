// MainWindow's File and Edit actions on data: exports of the current view, the user's own records
// (each change an undoable command), import and export of the user's data, and dataset updates.
#include "mainwindow.h"

#include "atlascontext.h"
#include "bookmarklistmodel.h"
#include "browseview.h"
#include "chartpanel.h"
#include "chartsview.h"
#include "countriesview.h"
#include "datasetexporter.h"
#include "datasetupdateflow.h"
#include "detailpane.h"
#include "importdialog.h"
#include "itemtablemodel.h"
#include "mapview.h"
#include "myrecordsdialog.h"
#include "recordform.h"
#include "timelineview.h"
#include "undocommands.h"
#include "userdatanotifier.h"
#include "whatchangeddialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace Atlas {

void MainWindow::exportJson()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the dataset"), QStringLiteral("atlas.json"),
                                                      tr("Interchange format (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    DatasetExporter exporter(m_context->database()->connection());
    if (!out.open(QIODevice::WriteOnly) || !exporter.writeJson(&out) || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2")
                                 .arg(file, exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString()));
    }
}

void MainWindow::exportCurrentView()
{
    switch (currentView()) {
    case ViewId::Map:
        m_map->showExportDialog();
        break;
    case ViewId::Timeline:
        m_timeline->showExportDialog();
        break;
    case ViewId::Charts:
        m_charts->panel()->showExportDialog();
        break;
    case ViewId::Browse:
        m_browse->showExportDialog();
        break;
    case ViewId::Countries:
        m_countries->showExportDialog();
        break;
    }
}

void MainWindow::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export filtered items"), QStringLiteral("items.csv"),
                                                      tr("CSV for Excel (*.csv)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    DatasetExporter exporter(m_context->database()->connection());
    if (!out.open(QIODevice::WriteOnly) || !exporter.writeCsv(&out, m_context->filter()) || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2")
                                 .arg(file, exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString()));
    }
}

void MainWindow::retranslateUndo()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::newRecord(const QString &kind)
{
    RecordForm form(m_context, kind, {}, this);
    if (form.exec() != QDialog::Accepted)
        return;
    pushRecordCommand(RecordCommand::add(m_context, kind, form.record()));
    if (kind == u"item")
        showView(QStringLiteral("item:") + form.record().value(u"id").toString());
}

void MainWindow::editRecord(const QString &kind, const QString &id)
{
    const UserDataStore::UserRecord stored = UserDataStore(m_context->database()->connection()).userRecord(kind, id);
    if (stored.isNull())
        return; // a record of the report: not editable
    RecordForm form(m_context, kind, stored.object(), this);
    if (form.exec() != QDialog::Accepted)
        return;
    pushRecordCommand(RecordCommand::edit(m_context, kind, form.record()));
}

void MainWindow::deleteRecord(const QString &kind, const QString &id)
{
    RecordCommand *command = RecordCommand::remove(m_context, kind, id);
    if (!command)
        return;
    // Undo brings it back, so no question first: the status bar says how.
    pushRecordCommand(command);
    statusBar()->showMessage(tr("Deleted. %1 brings it back.")
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                             8000);
}

MyRecordsDialog *MainWindow::showMyRecords()
{
    if (!m_myRecords) {
        m_myRecords = new MyRecordsDialog(m_context, m_undoStack, this);
        connect(m_myRecords, &MyRecordsDialog::newRecordRequested, this, &MainWindow::newRecord);
    }
    m_myRecords->show();
    m_myRecords->raise();
    m_myRecords->activateWindow();
    return m_myRecords;
}

void MainWindow::pushRecordCommand(RecordCommand *command)
{
    if (!command)
        return;
    m_undoStack->push(command); // runs it
    if (command->failed()) {
        const QString why = command->errorString();
        m_undoStack->undo();
        QMessageBox::warning(this, tr("Not saved"), tr("Your record could not be saved: %1").arg(why));
    }
}

void MainWindow::importUserData()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import records, notes and bookmarks"), QString(),
                                                      tr("Interchange format (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_detailPane->saveNote(); // an import may carry a note for the shown item: write the user's first
    ImportDialog dialog(m_context, this);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_detailPane->reloadUserData();
    m_context->reloadOwnRecords(); // imported records show in every view
    statusBar()->showMessage(dialog.resultMessage().section(u'\n', 0, 0), 8000);
    QMessageBox::information(this, tr("Import finished"), dialog.resultMessage());
}

void MainWindow::exportUserData()
{
    m_detailPane->saveNote(); // include what was typed a moment ago
    const QString file = QFileDialog::getSaveFileName(this, tr("Export my data"), QStringLiteral("my-atlas-data.json"),
                                                      tr("Interchange format (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray data = UserDataStore(m_context->database()->connection()).exportUserData();
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Your data was written to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::installDatasetUpdate()
{
    m_detailPane->saveNote(); // the window is rebuilt on the new dataset: keep what was typed
    const QString previous = DatasetUpdateFlow::installUpdate(this, m_context);
    if (!previous.isEmpty())
        emit datasetInstalled(previous);
}

void MainWindow::showWhatChanged(const QString &oldPath, const QString &newPath)
{
    WhatChangedDialog *dialog = DatasetUpdateFlow::whatChanged(this, m_context, oldPath, newPath);
    if (!dialog)
        return;
    connect(dialog, &WhatChangedDialog::recordActivated, this, [this](int kind, const QString &id) {
        switch (DatasetChange::Kind(kind)) {
        case DatasetChange::Item:
            showView(QStringLiteral("item:") + id);
            break;
        case DatasetChange::Actor:
            showView(QStringLiteral("country:") + id);
            break;
        case DatasetChange::Figure:
        case DatasetChange::Series:
        case DatasetChange::KindCount:
            showView(QStringLiteral("charts"));
            break;
        }
    });
    dialog->show();
}

} // namespace Atlas
