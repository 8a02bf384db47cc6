#include "detailpane.h"

#include "atlascontext.h"
#include "category.h"
#include "formatter.h"
#include "searchengine.h"
#include "searchglossary.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int RelatedLimit = 8;
constexpr int NoteSaveDelayMs = 700; // long enough not to write on every keystroke, short enough to feel instant
const QString kItem = QStringLiteral("item");

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "Software Policy & Research Institute (SPRi)" → "SPRi": the short name a citation uses.
QString citedPublisher(const DatasetInfo &info, Language l)
{
    const QString en = info.publisherEn.trimmed();
    const qsizetype open = en.lastIndexOf(u'(');
    if (open >= 0 && en.endsWith(u')') && en.size() - open > 2)
        return en.mid(open + 1, en.size() - open - 2);
    return pickText(l, info.publisherKo, info.publisherEn);
}
} // namespace

DetailPane::DetailPane(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_repository(context->database()->connection())
    , m_store(context->database()->connection())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The record above, the user's note below; the user decides how much room each gets.
    // The user's own record says so above everything else, with its two actions at hand.
    m_ownBanner = new QFrame(this);
    m_ownBanner->setObjectName(QStringLiteral("ownBanner"));
    m_ownBanner->setStyleSheet(QStringLiteral("#ownBanner { background: #e3eefb; border-bottom: 1px solid #9cbde6; }"
                                              "#ownBanner QLabel { color: #0b3a6e; font-weight: bold; }"));
    auto *bannerLayout = new QHBoxLayout(m_ownBanner);
    bannerLayout->setContentsMargins(8, 4, 6, 4);
    m_ownLabel = new QLabel(m_ownBanner);
    m_ownLabel->setWordWrap(true);
    m_ownEdit = new QPushButton(m_ownBanner);
    m_ownDelete = new QPushButton(m_ownBanner);
    bannerLayout->addWidget(m_ownLabel, 1);
    bannerLayout->addWidget(m_ownEdit);
    bannerLayout->addWidget(m_ownDelete);
    m_ownBanner->hide();
    layout->addWidget(m_ownBanner);
    connect(m_ownEdit, &QPushButton::clicked, this, [this] { emit editRecordRequested(QStringLiteral("item"), m_itemId); });
    connect(m_ownDelete, &QPushButton::clicked, this,
            [this] { emit deleteRecordRequested(QStringLiteral("item"), m_itemId); });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_browser = new QTextBrowser(splitter);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(m_browser);

    auto *noteBox = new QWidget(splitter);
    auto *noteLayout = new QVBoxLayout(noteBox);
    noteLayout->setContentsMargins(6, 4, 6, 0);
    noteLayout->setSpacing(2);
    auto *noteHeader = new QHBoxLayout;
    m_noteLabel = new QLabel(noteBox);
    QFont bold = m_noteLabel->font();
    bold.setBold(true);
    m_noteLabel->setFont(bold);
    m_noteStatus = new QLabel(noteBox);
    m_noteStatus->setTextFormat(Qt::PlainText);
    m_noteStatus->setWordWrap(true);
    m_noteStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    noteHeader->addWidget(m_noteLabel);
    noteHeader->addWidget(m_noteStatus, 1);
    noteLayout->addLayout(noteHeader);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_note->installEventFilter(this);
    m_noteLabel->setBuddy(m_note);
    noteLayout->addWidget(m_note, 1);
    splitter->addWidget(noteBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 600, fontMetrics().lineSpacing() * 6 + 30 });
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    m_star = new QToolButton(this);
    m_star->setCheckable(true);
    m_star->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_star->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_star->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 10px; }"
                                         "QToolButton:checked { color: #8a5a00; font-weight: bold; }"));
    m_copyCitation = new QPushButton(this);
    m_copyCitation->setEnabled(false);
    buttons->addWidget(m_star);
    buttons->addStretch(1);
    buttons->addWidget(m_copyCitation);
    layout->addLayout(buttons);

    m_noteDelay = new QTimer(this);
    m_noteDelay->setSingleShot(true);
    m_noteDelay->setInterval(NoteSaveDelayMs);
    connect(m_noteDelay, &QTimer::timeout, this, &DetailPane::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DetailPane::noteEdited);
    connect(m_star, &QToolButton::toggled, this, &DetailPane::setBookmarked);

    connect(m_copyCitation, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(citationText()); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"actor")
            emit m_context->actorActivated(url.path());
        else if (url.scheme() == u"item")
            m_context->selectItem(url.path());
        else if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url); // the user's own browser, on the user's click
    });
    connect(context, &AtlasContext::itemSelected, this, &DetailPane::showItem);
    connect(context, &AtlasContext::languageChanged, this, &DetailPane::render);
    connect(context, &AtlasContext::filterChanged, this, &DetailPane::followFilter);
    m_terms = SearchEngine::highlightTerms(context->filter().text);
    retranslateUi();
    loadUserData();
}

DetailPane::~DetailPane()
{
    saveNote(); // closing the window never loses what was just typed
}

void DetailPane::showItem(const QString &id)
{
    saveNote(); // the previous item's note, before the editor shows another one
    m_itemId = id;
    m_record = id.isEmpty() ? ItemRecord() : m_repository.item(id);
    m_related = m_record.isValid() ? m_repository.related(id, RelatedLimit) : QList<ItemRepository::Row>();
    render();
    loadUserData();
}

void DetailPane::loadUserData()
{
    const bool valid = m_record.isValid();
    m_noteSaved = false;
    if (m_unsavedNotes.isEmpty())
        m_noteError.clear();
    {
        const QSignalBlocker blocker(m_star);
        m_star->setChecked(valid && m_store.isBookmarked(kItem, m_itemId));
    }
    m_star->setEnabled(valid);
    m_note->setEnabled(valid);
    m_loadingNote = true;
    // Text that could not be written yet is what the user last typed: it wins over the stored note.
    const auto pending = m_unsavedNotes.constFind(m_itemId);
    const QString text = !valid ? QString() : pending != m_unsavedNotes.constEnd() ? *pending : m_store.note(kItem, m_itemId);
    if (m_note->toPlainText() != text)
        m_note->setPlainText(text);
    m_loadingNote = false;
    updateStar();
    showNoteStatus();
}

void DetailPane::reloadUserData()
{
    saveNote();
    loadUserData();
}

void DetailPane::noteEdited()
{
    if (m_loadingNote || !m_record.isValid())
        return;
    m_unsavedNotes.insert(m_itemId, m_note->toPlainText());
    m_noteSaved = false;
    m_noteDelay->start();
    showNoteStatus();
}

bool DetailPane::saveNote()
{
    m_noteDelay->stop();
    if (m_unsavedNotes.isEmpty())
        return true;
    m_noteError.clear();
    for (auto it = m_unsavedNotes.begin(); it != m_unsavedNotes.end();) {
        if (m_store.setNote(kItem, it.key(), it.value())) {
            it = m_unsavedNotes.erase(it);
        } else {
            m_noteError = m_store.errorString();
            ++it;
        }
    }
    m_noteSaved = m_unsavedNotes.isEmpty();
    if (!m_unsavedNotes.isEmpty())
        m_noteDelay->start(NoteSaveDelayMs * 10); // try again later; the text stays in memory meanwhile
    showNoteStatus();
    return m_unsavedNotes.isEmpty();
}

void DetailPane::showNoteStatus()
{
    QString text;
    QString style = QStringLiteral("color: gray");
    if (!m_noteError.isEmpty()) {
        text = tr("Could not save your note (%1). It is kept and will be saved again.").arg(m_noteError);
        style = QStringLiteral("color: #b00020");
    } else if (m_unsavedNotes.contains(m_itemId)) {
        text = tr("Editing…");
    } else if (m_noteSaved) {
        text = tr("Saved");
    }
    m_noteStatus->setText(text);
    m_noteStatus->setStyleSheet(style);
}

void DetailPane::setBookmarked(bool on)
{
    if (!m_record.isValid())
        return;
    if (!m_store.setBookmarked(kItem, m_itemId, on)) {
        const QSignalBlocker blocker(m_star);
        m_star->setChecked(!on);
        m_noteError = m_store.errorString();
        showNoteStatus();
        return;
    }
    updateStar();
    emit bookmarkChanged(m_itemId, on);
}

void DetailPane::updateStar()
{
    const bool on = m_star->isChecked();
    m_star->setText(on ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    m_star->setToolTip(on ? tr("Remove the bookmark from this item (Ctrl+D)") : tr("Bookmark this item (Ctrl+D)"));
    m_star->setAccessibleName(on ? tr("Bookmarked") : tr("Bookmark"));
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNote();
    return QWidget::eventFilter(watched, event);
}

QStringList DetailPane::relatedItems() const
{
    QStringList ids;
    for (const auto &r : m_related)
        ids << r.id;
    return ids;
}

void DetailPane::followFilter()
{
    const QStringList terms = SearchEngine::highlightTerms(m_context->filter().text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    render();
}

QString DetailPane::marked(const QString &text) const
{
    return SearchEngine::highlightHtml(text, m_terms, QStringLiteral("<span style='background:#ffe066; color:black'>"),
                                       QStringLiteral("</span>"));
}

QString DetailPane::html() const
{
    return m_browser->toHtml();
}

QString DetailPane::citationText() const
{
    if (!m_record.isValid())
        return {};
    const Language l = m_context->language();
    const DatasetInfo info = m_context->database()->info();
    const QString year = info.published.left(4);
    const QString who = year.isEmpty() ? citedPublisher(info, l)
                                       : QStringLiteral("%1 (%2)").arg(citedPublisher(info, l), year);
    // The report's own title in 「」 in Korean, in quotes in English.
    QString text = l == Language::Korean ? QStringLiteral("%1, 「%2」").arg(who, info.titleKo)
                                         : QStringLiteral("%1, \"%2\"").arg(who, info.titleEn);
    const QString section = pickText(l, m_record.sectionKo, m_record.sectionEn);
    if (!section.isEmpty())
        text += QStringLiteral(", ") + section;
    if (m_record.reportLine > 0)
        text += tr(" (text line %1)").arg(m_record.reportLine);
    QStringList originals;
    for (const auto &s : m_record.sources)
        originals << (s.url.isEmpty() ? s.citation : QStringLiteral("%1, %2").arg(s.citation, s.url));
    // "original:" stays as is in both languages: the agreed citation form (issue 9).
    if (!originals.isEmpty())
        text += QStringLiteral("; original: ") + originals.join(QStringLiteral("; "));
    return text;
}

void DetailPane::render()
{
    // The user's own record is not the report's: it is never cited as the report.
    const bool own = m_record.isValid() && !m_store.userRecord(QStringLiteral("item"), m_itemId).isNull();
    m_ownBanner->setVisible(own);
    m_copyCitation->setEnabled(m_record.isValid() && !own);
    if (!m_record.isValid()) {
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(esc(tr("Select a record in any view to see its details here."))));
        return;
    }
    const Language l = m_context->language();
    const ActorDirectory *actors = m_context->actors();
    const auto text = [&](const QString &ko, const QString &en) {
        bool fellBack = false;
        const QString t = pickText(l, ko, en, &fellBack);
        return fellBack ? marked(t) + QStringLiteral(" <i style='color:gray'>(%1)</i>").arg(esc(tr("not available in this language")))
                        : marked(t);
    };
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(text(m_record.titleKo, m_record.titleEn));
    const QColor color = categoryColorForId(m_record.category);
    h += QStringLiteral("<p><span style='background:%1; color:white'>&nbsp;%2&nbsp;</span> &nbsp; %3")
             .arg(color.name(), esc(categoryNameForId(m_record.category)), esc(itemTypeName(m_record.type)));
    if (m_record.highlight)
        h += QStringLiteral(" &nbsp; <b>★ %1</b>").arg(esc(tr("in the report's summary table")));
    h += QStringLiteral("</p>");
    QString date = esc(Formatter::date(m_record.date, l));
    if (m_record.dateEnd.isValid())
        date += QStringLiteral(" – ") + esc(Formatter::date(m_record.dateEnd, l));
    h += QStringLiteral("<table cellspacing='4'>");
    const auto row = [&](const QString &label, const QString &valueHtml) {
        h += QStringLiteral("<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    row(tr("Date"), date + QStringLiteral(" <span style='color:gray'>(%1)</span>")
                             .arg(esc(Formatter::precisionName(m_record.date.precision()))));
    QStringList actorLinks;
    for (const QString &id : std::as_const(m_record.actors))
        actorLinks << QStringLiteral("<a href='actor:%1'>%2</a>").arg(esc(id), esc(actors->name(id, l)));
    row(tr("Actors"), actorLinks.join(QStringLiteral(", ")));
    if (!m_record.issuerKo.isEmpty() || !m_record.issuerEn.isEmpty())
        row(tr("Issued by"), text(m_record.issuerKo, m_record.issuerEn));
    if (!m_record.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : std::as_const(m_record.tags)) {
            const QString ko = l == Language::Korean ? SearchGlossary::koreanName(tag) : QString();
            tags << marked(ko.isEmpty() ? tag : ko);
        }
        row(tr("Tags"), tags.join(QStringLiteral(", ")));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>").arg(text(m_record.summaryKo, m_record.summaryEn));
    if (!m_record.noteKo.isEmpty() || !m_record.noteEn.isEmpty()) {
        h += QStringLiteral("<table width='100%' cellpadding='6' style='background:#fff4d6; color:#3a2a00'><tr><td>"
                            "<b>%1</b> %2</td></tr></table>")
                 .arg(esc(tr("Note on the report:")), text(m_record.noteKo, m_record.noteEn));
    }
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Sources")));
    if (m_record.sources.isEmpty())
        h += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(own ? tr("No source given.") : tr("The report gives no original source.")));
    for (const auto &s : std::as_const(m_record.sources)) {
        QString line = esc(s.citation);
        if (s.footnote > 0)
            line = tr("[footnote %1]").arg(s.footnote).toHtmlEscaped() + u' ' + line;
        if (!s.url.isEmpty())
            line += QStringLiteral("<br><a href='%1'>%2</a>").arg(esc(s.url), esc(s.url));
        h += QStringLiteral("<p>%1</p>").arg(line);
    }
    if (!own) {
        const DatasetInfo info = m_context->database()->info();
        h += QStringLiteral("<p style='color:gray'>%1<br>%2</p>")
                 .arg(esc(pickText(l, info.titleKo, info.titleEn) + QStringLiteral(" — ")
                          + pickText(l, m_record.sectionKo, m_record.sectionEn)),
                      esc(m_record.reportLine > 0 ? tr("Report text line %1").arg(m_record.reportLine)
                                                  : tr("Not from the report")));
        h += QStringLiteral("<h4>%1</h4><table width='100%' cellpadding='6' style='background:#eef2f7; color:#1a1a1a'>"
                            "<tr><td>%2</td></tr></table>")
                 .arg(esc(tr("How to cite")), esc(citationText()));
    }
    if (!m_related.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Related items (same actors or tags)")));
        for (const auto &r : std::as_const(m_related)) {
            h += QStringLiteral("<p style='margin-top:2px; margin-bottom:6px'><a href='item:%1'>%2</a><br>"
                                "<span style='color:gray'>%3 · %4 · %5</span></p>")
                     .arg(esc(r.id), esc(pickText(l, r.titleKo, r.titleEn)), esc(Formatter::date(r.date, l)),
                          esc(actors->names(r.actors, l)), esc(categoryNameForId(r.category)));
        }
    }
    m_browser->setHtml(h);
}

void DetailPane::retranslateUi()
{
    m_copyCitation->setText(tr("Copy citation"));
    m_ownLabel->setText(tr("Your own record — not in the report"));
    m_ownEdit->setText(tr("Edit…"));
    m_ownEdit->setToolTip(tr("Change this record (can be undone)"));
    m_ownDelete->setText(tr("Delete"));
    m_ownDelete->setToolTip(tr("Delete this record (can be undone)"));
    m_copyCitation->setToolTip(tr("Copy a ready-made citation of this record"));
    m_browser->setAccessibleName(tr("Record details"));
    m_noteLabel->setText(tr("&My note"));
    m_note->setPlaceholderText(tr("Your own note on this item. It is saved as you type and stays with your "
                                  "data when the dataset is updated."));
    m_note->setAccessibleName(tr("My note"));
    updateStar();
    showNoteStatus();
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
