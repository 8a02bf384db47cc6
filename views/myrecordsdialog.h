#pragma once

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace Atlas {

class AtlasContext;
class OwnRecordListModel;
class RecordCommand;

// Edit › My records…: every record the user added or imported (items, figures, actors, and
// imported series), with its kind, title in the record language, id, origin and last change.
// Filter by kind; Edit… (or a double-click, or Enter) opens the record form; Delete removes the
// record through a RecordCommand on the window's undo stack, so Ctrl+Z — here or in the main
// window — brings it back exactly as it was. Non-modal: it follows changes made anywhere.
class MyRecordsDialog : public QDialog
{
    Q_OBJECT

public:
    MyRecordsDialog(AtlasContext *context, QUndoStack *undoStack, QWidget *parent = nullptr);

    OwnRecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *emptyLabel() const { return m_empty; }

    // Makes the record the current row (clearing the kind filter if it hides it); false if absent.
    bool selectRecord(const QString &kind, const QString &id);
    // The current row's kind and id, empty when there is none.
    QString currentKind() const;
    QString currentId() const;

    void editCurrent(); // opens the record form (modal) and pushes the edit
    void deleteCurrent(); // pushes the delete: undo brings it back

signals:
    // The window opens its own form for a new record, so a new item also shows in the views.
    void newRecordRequested(const QString &kind);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void reload();
    void push(RecordCommand *command);

    AtlasContext *m_context;
    QUndoStack *m_undoStack;
    OwnRecordListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_message; // what just happened: "Deleted ‘…’. Ctrl+Z brings it back."
    QPushButton *m_new;
    QAction *m_newItem;
    QAction *m_newFigure;
    QAction *m_newActor;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_undo;
    QPushButton *m_close;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace Atlas
