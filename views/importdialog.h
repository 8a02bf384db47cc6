#pragma once

#include "userdatastore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Atlas {

class AtlasContext;

// File › Import…: pick an interchange file, see what it would add, change or leave as it is, and
// every problem as "path: message", before anything is written. Import is enabled only when the
// file has no problem and something to import; it writes in one transaction (UserDataStore).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(AtlasContext *context, QWidget *parent = nullptr);

    void setFile(const QString &path); // reads and checks the file, shows the plan
    QString file() const { return m_file; }
    const UserDataStore::ImportPlan &plan() const { return m_plan; }
    QPushButton *importButton() const { return m_import; }
    QTreeWidget *planTree() const { return m_tree; }

    bool importNow(); // writes the plan; on success accepts the dialog
    QString resultMessage() const { return m_result; } // what was imported, for the window to tell

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void retranslateUi();
    void showPlan();
    QTreeWidgetItem *addGroup(const QString &title, const QStringList &entries, bool expanded);
    QString titleOf(const QString &label) const; // "items/<id>" -> its title in the UI language

    AtlasContext *m_context;
    UserDataStore m_store;
    UserDataStore::ImportPlan m_plan;
    QString m_file;
    QString m_result;
    QString m_error;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace Atlas
