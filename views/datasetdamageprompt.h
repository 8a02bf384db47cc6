#pragma once

#include <QMessageBox>

namespace Atlas {

// Shown at start-up when the active base dataset is missing or damaged: says so in plain words,
// reassures that the user's own data is separate, and offers "Restore the bundled dataset" or "Quit".
// The technical reason is under "Show Details…".
class DatasetDamagePrompt : public QMessageBox
{
    Q_OBJECT

public:
    explicit DatasetDamagePrompt(const QString &problem, QWidget *parent = nullptr);

    QAbstractButton *restoreButton() const { return m_restore; }
    QAbstractButton *quitButton() const { return m_quit; }
    // Runs the prompt; true when the user chose to restore.
    bool ask();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAbstractButton *m_restore;
    QAbstractButton *m_quit;
};

} // namespace Atlas
