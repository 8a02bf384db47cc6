#include "datasetdamageprompt.h"

#include <QEvent>
#include <QPushButton>

namespace Atlas {

DatasetDamagePrompt::DatasetDamagePrompt(const QString &problem, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("DatasetDamagePrompt"));
    setIcon(QMessageBox::Warning);
    setDetailedText(problem);
    m_restore = addButton(QString(), QMessageBox::AcceptRole);
    m_quit = addButton(QString(), QMessageBox::RejectRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_restore));
    setEscapeButton(m_quit);
    retranslateUi();
}

bool DatasetDamagePrompt::ask()
{
    exec();
    return clickedButton() == m_restore;
}

void DatasetDamagePrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMessageBox::changeEvent(event);
}

void DatasetDamagePrompt::retranslateUi()
{
    setWindowTitle(tr("AI Policy Atlas"));
    setText(tr("The atlas dataset is missing or damaged, so AI Policy Atlas cannot open it."));
    setInformativeText(tr("Your notes, bookmarks, own records and storyboards are kept in a separate file and are "
                          "not affected.\n\nRestore the dataset that came with the program to continue. If that "
                          "copy is damaged too, it is rebuilt from the data inside the program."));
    m_restore->setText(tr("&Restore the bundled dataset"));
    m_quit->setText(tr("&Quit"));
}

} // namespace Atlas
