#pragma once

#include "actordirectory.h"
#include "language.h"

#include <QToolButton>

class QLineEdit;
class QListWidget;
class QFrame;

namespace Atlas {

// A button that opens a searchable, checkable list of countries and organisations: the filter
// bar's "countries and organisations" multi-select.
class ActorPicker : public QToolButton
{
    Q_OBJECT

public:
    explicit ActorPicker(QWidget *parent = nullptr);

    void setDirectory(const ActorDirectory *directory);
    void setLanguage(Language language);
    QStringList selectedActors() const { return m_selected; }
    void setSelectedActors(const QStringList &ids);

signals:
    void selectionChanged(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createPopup();
    void populate();
    void applySearch(const QString &text);
    void showPopup();

    const ActorDirectory *m_directory = nullptr;
    Language m_language = Language::English;
    QStringList m_selected;
    QFrame *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Atlas
