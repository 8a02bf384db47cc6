#pragma once

#include "userdatanotifier.h"
#include "userdatastore.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace Atlas {

class AtlasContext;

// The bookmark star and the user's note for one record that is not an item: a country or
// organisation profile, or a chart (the detail pane has its own for items). Both live in the user
// database under (target_kind, target_id). The note saves a moment after typing stops, on
// focus-out, before another record is shown and when the panel closes; text that could not be
// written is kept and retried, never dropped. A star turned off elsewhere (the Bookmarks list)
// turns off here too.
class AnnotationPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Subject { Profile, Chart }; // words the tooltips and placeholder

    AnnotationPanel(AtlasContext *context, Subject subject, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    // Saves what is pending for the previous record, then shows this one's star and note.
    void setTarget(const QString &kind, const QString &id);
    QString targetKind() const { return m_kind; }
    QString targetId() const { return m_id; }

    QToolButton *bookmarkButton() const { return m_star; }
    QPlainTextEdit *noteEditor() const { return m_note; }
    bool saveNote(); // false if something could not be written (kept for a retry)

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void noteEdited();
    void setBookmarked(bool on);
    void updateStar();
    void showStatus();
    void retranslateUi();
    void onUserDataChanged(const QString &connection, UserDataNotifier::Change change, const QString &kind,
                           const QString &id);

    AtlasContext *m_context;
    Subject m_subject;
    UserDataStore m_store;
    QString m_connection;
    QString m_kind, m_id;
    QToolButton *m_star;
    QLabel *m_noteLabel;
    QLabel *m_status;
    QPlainTextEdit *m_note;
    QTimer *m_delay;
    using Key = QPair<QString, QString>; // kind, id
    QHash<Key, QString> m_unsaved; // text not yet written (or that failed to write)
    QString m_error;
    bool m_loading = false;
    bool m_saved = false;
};

} // namespace Atlas
