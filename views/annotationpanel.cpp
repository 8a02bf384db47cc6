#include "annotationpanel.h"

#include "atlascontext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Atlas {

namespace {
constexpr int SaveDelayMs = 700; // as in the detail pane
} // namespace

AnnotationPanel::AnnotationPanel(AtlasContext *context, Subject subject, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_subject(subject)
    , m_store(context->database()->connection())
    , m_connection(context->database()->connection().connectionName())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    m_star = new QToolButton(this);
    m_star->setCheckable(true);
    m_star->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_star->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 10px; }"
                                         "QToolButton:checked { color: #8a5a00; font-weight: bold; }"));
    m_noteLabel = new QLabel(this);
    QFont bold = m_noteLabel->font();
    bold.setBold(true);
    m_noteLabel->setFont(bold);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_star);
    header->addSpacing(8);
    header->addWidget(m_noteLabel);
    header->addWidget(m_status, 1);
    layout->addLayout(header);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    const int lines = 3;
    m_note->setFixedHeight(fontMetrics().lineSpacing() * lines + 14);
    m_note->installEventFilter(this);
    m_noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(SaveDelayMs);
    connect(m_delay, &QTimer::timeout, this, &AnnotationPanel::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AnnotationPanel::noteEdited);
    connect(m_star, &QToolButton::toggled, this, &AnnotationPanel::setBookmarked);
    // Queued: a change announced while this panel writes must not re-enter it.
    connect(UserDataNotifier::instance(), &UserDataNotifier::changed, this, &AnnotationPanel::onUserDataChanged,
            Qt::QueuedConnection);
    retranslateUi();
    load();
}

AnnotationPanel::~AnnotationPanel()
{
    saveNote(); // closing the window never loses what was just typed
}

void AnnotationPanel::setTarget(const QString &kind, const QString &id)
{
    if (kind == m_kind && id == m_id)
        return;
    saveNote();
    m_kind = kind;
    m_id = id;
    load();
}

void AnnotationPanel::load()
{
    const bool valid = !m_kind.isEmpty() && !m_id.isEmpty();
    m_saved = false;
    if (m_unsaved.isEmpty())
        m_error.clear();
    {
        const QSignalBlocker blocker(m_star);
        m_star->setChecked(valid && m_store.isBookmarked(m_kind, m_id));
    }
    m_star->setEnabled(valid);
    m_note->setEnabled(valid);
    m_loading = true;
    // Text that could not be written yet is what the user last typed: it wins over the stored note.
    const auto pending = m_unsaved.constFind({ m_kind, m_id });
    const QString text = !valid ? QString() : pending != m_unsaved.constEnd() ? *pending : m_store.note(m_kind, m_id);
    if (m_note->toPlainText() != text)
        m_note->setPlainText(text);
    m_loading = false;
    updateStar();
    showStatus();
}

void AnnotationPanel::onUserDataChanged(const QString &connection, UserDataNotifier::Change change,
                                        const QString &kind, const QString &id)
{
    // Notes are only written here (or by an import): a note change is our own echo.
    if (connection != m_connection || m_id.isEmpty() || change == UserDataNotifier::Change::Note)
        return;
    if (change == UserDataNotifier::Change::Bookmark && (kind != m_kind || id != m_id))
        return;
    // Another place changed this record's star or note (or an import changed many): show the stored
    // state. The star only: reloading the note would undo the "Saved" cue after our own write.
    const bool on = m_store.isBookmarked(m_kind, m_id);
    if (on != m_star->isChecked()) {
        const QSignalBlocker blocker(m_star);
        m_star->setChecked(on);
        updateStar();
    }
    if (change == UserDataNotifier::Change::Import && !m_unsaved.contains({ m_kind, m_id })) {
        m_loading = true;
        const QString text = m_store.note(m_kind, m_id);
        if (m_note->toPlainText() != text)
            m_note->setPlainText(text);
        m_loading = false;
    }
}

void AnnotationPanel::noteEdited()
{
    if (m_loading || m_id.isEmpty())
        return;
    m_unsaved.insert({ m_kind, m_id }, m_note->toPlainText());
    m_saved = false;
    m_delay->start();
    showStatus();
}

bool AnnotationPanel::saveNote()
{
    m_delay->stop();
    if (m_unsaved.isEmpty())
        return true;
    m_error.clear();
    // Take the pending notes out first: a write announces itself, and nothing may change the
    // hash while it is walked.
    const QHash<Key, QString> pending = std::exchange(m_unsaved, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (!m_store.setNote(it.key().first, it.key().second, it.value())) {
            m_error = m_store.errorString();
            m_unsaved.insert(it.key(), it.value());
        }
    }
    m_saved = m_unsaved.isEmpty();
    if (!m_unsaved.isEmpty())
        m_delay->start(SaveDelayMs * 10); // try again later; the text stays in memory meanwhile
    showStatus();
    return m_unsaved.isEmpty();
}

void AnnotationPanel::setBookmarked(bool on)
{
    if (m_id.isEmpty())
        return;
    if (!m_store.setBookmarked(m_kind, m_id, on)) {
        const QSignalBlocker blocker(m_star);
        m_star->setChecked(!on);
        m_error = m_store.errorString();
        showStatus();
        return;
    }
    updateStar();
}

void AnnotationPanel::updateStar()
{
    const bool on = m_star->isChecked();
    m_star->setText(on ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    if (m_subject == Subject::Chart)
        m_star->setToolTip(on ? tr("Remove the bookmark from this chart") : tr("Bookmark this chart"));
    else
        m_star->setToolTip(on ? tr("Remove the bookmark from this profile") : tr("Bookmark this profile"));
    m_star->setAccessibleName(on ? tr("Bookmarked") : tr("Bookmark"));
}

void AnnotationPanel::showStatus()
{
    QString text;
    QString style = QStringLiteral("color: gray");
    if (!m_error.isEmpty()) {
        text = tr("Could not save your note (%1). It is kept and will be saved again.").arg(m_error);
        style = QStringLiteral("color: #b00020");
    } else if (m_unsaved.contains({ m_kind, m_id })) {
        text = tr("Editing…");
    } else if (m_saved) {
        text = tr("Saved");
    }
    m_status->setText(text);
    m_status->setStyleSheet(style);
}

void AnnotationPanel::retranslateUi()
{
    m_noteLabel->setText(tr("&My note"));
    m_note->setAccessibleName(tr("My note"));
    m_note->setPlaceholderText(m_subject == Subject::Chart
                                   ? tr("Your own note on this chart. It is saved as you type.")
                                   : tr("Your own note on this country or organisation. It is saved as you type."));
    updateStar();
    showStatus();
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNote();
    return QWidget::eventFilter(watched, event);
}

} // namespace Atlas
