#include "myrecordsdialog.h"

#include "atlascontext.h"
#include "ownrecordlistmodel.h"
#include "recordform.h"
#include "undocommands.h"
#include "userdatastore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Atlas {

MyRecordsDialog::MyRecordsDialog(AtlasContext *context, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_model(new OwnRecordListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("myRecordsDialog"));
    setModal(false);
    resize(820, 460);
    m_model->setLanguage(context->language());
    m_model->setDatabase(context->database()->connection());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OwnRecordListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    for (const auto kind : { OwnRecordListModel::Kind::All, OwnRecordListModel::Kind::Item,
                             OwnRecordListModel::Kind::Figure, OwnRecordListModel::Kind::Actor,
                             OwnRecordListModel::Kind::Series })
        m_kind->addItem(QString(), int(kind));
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    top->addWidget(m_kind);
    top->addWidget(m_count);
    top->addStretch(1);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OwnRecordListModel::ModifiedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(OwnRecordListModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OwnRecordListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OwnRecordListModel::IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(OwnRecordListModel::OriginColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OwnRecordListModel::ModifiedColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OwnRecordListModel::IdColumn, 200);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: gray; padding: 16px"));
    layout->addWidget(m_empty, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto *bottom = new QHBoxLayout;
    m_new = new QPushButton(this);
    auto *newMenu = new QMenu(m_new);
    m_newItem = newMenu->addAction(QString(), this, [this] { emit newRecordRequested(QStringLiteral("item")); });
    m_newFigure = newMenu->addAction(QString(), this, [this] { emit newRecordRequested(QStringLiteral("figure")); });
    m_newActor = newMenu->addAction(QString(), this, [this] { emit newRecordRequested(QStringLiteral("actor")); });
    m_new->setMenu(newMenu);
    m_edit = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_undo = new QPushButton(this);
    m_close = new QPushButton(this);
    m_edit->setAutoDefault(false);
    m_delete->setAutoDefault(false);
    m_undo->setAutoDefault(false);
    m_close->setAutoDefault(false);
    bottom->addWidget(m_new);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_delete);
    bottom->addStretch(1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    // The window's Ctrl+Z does not reach a separate window: the same stack answers here too.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    addAction(m_undoAction);
    addAction(m_redoAction);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undo, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        m_message->clear();
        updateState();
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(OwnRecordListModel::Kind(m_kind->currentData().toInt()));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_edit, &QPushButton::clicked, this, &MyRecordsDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MyRecordsDialog::deleteCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyRecordsDialog::updateState);
    // The kind filter resets the list: start again on its first row.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, OwnRecordListModel::TitleColumn));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyRecordsDialog::updateState);
    // Form, undo, redo or import, from here or anywhere else: the list follows.
    connect(context, &AtlasContext::ownRecordsChanged, this, &MyRecordsDialog::reload);
    connect(context, &AtlasContext::languageChanged, m_model, &OwnRecordListModel::setLanguage);
    retranslateUi();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, OwnRecordListModel::TitleColumn));
}

void MyRecordsDialog::reload()
{
    // Keep the user's place: the same record stays current, or the row that moved into its place.
    const QString kind = currentKind();
    const QString id = currentId();
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (!id.isEmpty() && m_model->rowOf(kind, id) >= 0) {
        selectRecord(kind, id);
    } else if (m_proxy->rowCount() > 0) {
        // The row that moved into the gap, or the first: Edit and Delete work from the keyboard at once.
        m_table->setCurrentIndex(m_proxy->index(qBound(0, row, m_proxy->rowCount() - 1), OwnRecordListModel::TitleColumn));
    }
    updateState();
}

bool MyRecordsDialog::selectRecord(const QString &kind, const QString &id)
{
    if (m_model->rowOf(kind, id) < 0 && m_model->kindFilter() != OwnRecordListModel::Kind::All)
        m_kind->setCurrentIndex(m_kind->findData(int(OwnRecordListModel::Kind::All)));
    const int row = m_model->rowOf(kind, id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, OwnRecordListModel::TitleColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString MyRecordsDialog::currentKind() const
{
    return m_table->currentIndex().data(OwnRecordListModel::RecordKindRole).toString();
}

QString MyRecordsDialog::currentId() const
{
    return m_table->currentIndex().data(OwnRecordListModel::RecordIdRole).toString();
}

void MyRecordsDialog::editCurrent()
{
    const QString kind = currentKind();
    const QString id = currentId();
    if (id.isEmpty() || OwnRecordListModel::kindOf(kind) == OwnRecordListModel::Kind::Series)
        return; // the form has no fields for a series: import a corrected file instead
    const UserDataStore::UserRecord stored = UserDataStore(m_context->database()->connection()).userRecord(kind, id);
    if (stored.isNull())
        return;
    RecordForm form(m_context, kind, stored.object(), this);
    if (form.exec() != QDialog::Accepted)
        return;
    push(RecordCommand::edit(m_context, kind, form.record()));
}

void MyRecordsDialog::deleteCurrent()
{
    const QString kind = currentKind();
    const QString id = currentId();
    if (id.isEmpty())
        return;
    RecordCommand *command = RecordCommand::remove(m_context, kind, id);
    if (!command)
        return;
    const QString label = RecordCommand::label(kind, UserDataStore(m_context->database()->connection()).userRecord(kind, id).object(),
                                               m_context->language() == Language::Korean);
    // Undo brings it back, so no question first: the dialog says how.
    push(command);
    if (!command->failed()) {
        m_message->setText(tr("Deleted %1. %2 brings it back.")
                               .arg(label, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    }
    m_table->setFocus();
}

void MyRecordsDialog::push(RecordCommand *command)
{
    if (!command)
        return;
    m_undoStack->push(command); // runs it; the stack owns it
    if (command->failed()) {
        const QString why = command->errorString();
        m_undoStack->undo();
        QMessageBox::warning(this, tr("Not saved"), tr("Your change could not be saved: %1").arg(why));
    }
}

bool MyRecordsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            deleteCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MyRecordsDialog::updateState()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n record(s) of your own", nullptr, total)
                                    : tr("%1 of %2 records").arg(shown).arg(total));
    m_count->setVisible(total > 0); // the empty state says it in words
    m_table->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
    m_empty->setText(total == 0 ? tr("You have no records of your own yet. Add an item, a figure or an actor with "
                                     "New, or import a file with File › Import…, and it is listed here.")
                                : tr("None of your records is of this kind."));
    const QString kind = currentKind();
    const bool current = !currentId().isEmpty();
    const bool series = OwnRecordListModel::kindOf(kind) == OwnRecordListModel::Kind::Series;
    m_edit->setEnabled(current && !series);
    m_edit->setToolTip(series ? tr("A series cannot be edited in a form: import a corrected file instead.")
                              : tr("Edit the selected record (Enter or double-click)"));
    m_delete->setEnabled(current);
    m_undo->setEnabled(m_undoStack->canUndo());
    m_undo->setToolTip(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText()) : QString());
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
}

void MyRecordsDialog::retranslateUi()
{
    setWindowTitle(tr("My records"));
    for (int i = 0; i < m_kind->count(); ++i) {
        switch (OwnRecordListModel::Kind(m_kind->itemData(i).toInt())) {
        case OwnRecordListModel::Kind::All:
            m_kind->setItemText(i, tr("All kinds"));
            break;
        case OwnRecordListModel::Kind::Item:
            m_kind->setItemText(i, tr("Items"));
            break;
        case OwnRecordListModel::Kind::Figure:
            m_kind->setItemText(i, tr("Figures"));
            break;
        case OwnRecordListModel::Kind::Actor:
            m_kind->setItemText(i, tr("Actors"));
            break;
        case OwnRecordListModel::Kind::Series:
            m_kind->setItemText(i, tr("Series"));
            break;
        }
    }
    m_kind->setToolTip(tr("Show only records of one kind"));
    m_kind->setAccessibleName(tr("Kind of record"));
    m_table->setAccessibleName(tr("My records"));
    m_new->setText(tr("&New"));
    m_newItem->setText(tr("&Item…"));
    m_newFigure->setText(tr("&Figure…"));
    m_newActor->setText(tr("&Actor…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected record (Delete). Undo brings it back."));
    m_undo->setText(tr("&Undo"));
    m_close->setText(tr("Close"));
    m_model->setLanguage(m_context->language()); // kind and origin names and headers are translated
    updateState();
}

void MyRecordsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Atlas
