#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Atlas {

class AtlasContext;

// The form for one of the user's own records: a new or an edited item, figure or actor. It
// validates while it is filled in, with the same rules as an import (OwnRecords::problems, which
// is DatasetReader's validation), shows a message next to each invalid field, and keeps OK
// disabled until the record is valid. A new record gets an id ("user-…") that clashes with no
// base or own record; an edited one keeps its id and every field the form does not show.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    // kind: "item", "figure" or "actor". record empty: a new record.
    RecordForm(AtlasContext *context, const QString &kind, const QJsonObject &record = {}, QWidget *parent = nullptr);

    QString kind() const { return m_kind; }
    bool isNew() const { return m_new; }
    QJsonObject record() const; // what the fields say, over the edited record
    bool isValid() const { return m_problems.isEmpty(); }
    // The message shown next to a field ("date", "title_ko", …), empty when it is valid.
    QString problem(const QString &field) const { return m_problems.value(field); }
    QPushButton *okButton() const;
    // The editor of a field (a QLineEdit, QPlainTextEdit or QComboBox), for tests and focus.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addLine(const QString &field);
    QPlainTextEdit *addText(const QString &field);
    QComboBox *addCombo(const QString &field, const QStringList &ids);
    void addRow(const QString &field, QWidget *editor);
    void fillFields();
    void validate();
    void retranslateUi();
    QString fieldLabel(const QString &field) const;
    void fillComboNames();

    AtlasContext *m_context;
    QString m_kind;
    QJsonObject m_original;
    bool m_new;
    QString m_id;
    QSet<QString> m_knownActors;
    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_idLabel;
    QLabel *m_general; // problems of fields the form does not show (an edited record's sources, …)
    QDialogButtonBox *m_buttons;
    QStringList m_fields; // in display order
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QString> m_problems;
};

} // namespace Atlas
