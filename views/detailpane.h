#pragma once

#include "itemrepository.h"
#include "userdatastore.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace Atlas {

class AtlasContext;

// Shows the record selected anywhere: title, date with its precision, actors, category, type,
// summary, tags, the citation, the report's section and line, and notes where the report
// contradicts itself. Text is in the UI language, with a marked fallback.
//
// Under the record: the user's bookmark star and their own note. Both live in the user database.
// The note saves a moment after typing stops, on focus-out, before another record is shown and
// when the pane closes; a note that could not be written is kept and retried, never dropped.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(AtlasContext *context, QWidget *parent = nullptr);
    ~DetailPane() override;

    void showItem(const QString &id);
    QString currentItem() const { return m_itemId; }
    QString html() const; // for tests
    // "SPRi (2023), 「…」, 제3장 제1절 …; original: …"
    QString citationText() const;
    QStringList relatedItems() const; // ids, best first (for tests)

    // The user's note and star on the shown item.
    QPlainTextEdit *noteEditor() const { return m_note; }
    QToolButton *bookmarkButton() const { return m_star; }
    bool saveNote(); // writes what is pending now; false if something could not be written (kept for a retry)
    void reloadUserData(); // after an import: shows the stored note and star again (pending text wins)

signals:
    void bookmarkChanged(const QString &itemId, bool bookmarked);
    // The banner of the user's own record asks the window to edit or delete it (undoable there).
    void editRecordRequested(const QString &kind, const QString &id);
    void deleteRecordRequested(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void loadUserData();
    void noteEdited();
    void setBookmarked(bool on);
    void updateStar();
    void showNoteStatus();
    void retranslateUi();
    void followFilter();
    QString marked(const QString &text) const; // escaped, with search hits highlighted

    AtlasContext *m_context;
    ItemRepository m_repository;
    QString m_itemId;
    ItemRecord m_record;
    QList<ItemRepository::Row> m_related;
    QStringList m_terms; // search hits to highlight
    QTextBrowser *m_browser;
    QFrame *m_ownBanner;
    QLabel *m_ownLabel;
    QPushButton *m_ownEdit;
    QPushButton *m_ownDelete;
    QPushButton *m_copyCitation;

    UserDataStore m_store;
    QToolButton *m_star;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLabel *m_noteStatus;
    QTimer *m_noteDelay;
    QHash<QString, QString> m_unsavedNotes; // item id -> text not yet written (or that failed to write)
    QString m_noteError;
    bool m_loadingNote = false;
    bool m_noteSaved = false; // show "Saved" after a write, until the next edit
};

} // namespace Atlas
