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
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int RelatedLimit = 8;

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
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    m_copyCitation = new QPushButton(this);
    m_copyCitation->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_copyCitation);
    layout->addLayout(buttons);

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
}

void DetailPane::showItem(const QString &id)
{
    m_itemId = id;
    m_record = id.isEmpty() ? ItemRecord() : m_repository.item(id);
    m_related = m_record.isValid() ? m_repository.related(id, RelatedLimit) : QList<ItemRepository::Row>();
    render();
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
    m_copyCitation->setEnabled(m_record.isValid());
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
        h += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("The report gives no original source.")));
    for (const auto &s : std::as_const(m_record.sources)) {
        QString line = esc(s.citation);
        if (s.footnote > 0)
            line = tr("[footnote %1]").arg(s.footnote).toHtmlEscaped() + u' ' + line;
        if (!s.url.isEmpty())
            line += QStringLiteral("<br><a href='%1'>%2</a>").arg(esc(s.url), esc(s.url));
        h += QStringLiteral("<p>%1</p>").arg(line);
    }
    const DatasetInfo info = m_context->database()->info();
    h += QStringLiteral("<p style='color:gray'>%1<br>%2</p>")
             .arg(esc(pickText(l, info.titleKo, info.titleEn) + QStringLiteral(" — ")
                      + pickText(l, m_record.sectionKo, m_record.sectionEn)),
                  esc(m_record.reportLine > 0 ? tr("Report text line %1").arg(m_record.reportLine)
                                              : tr("Not from the report")));
    h += QStringLiteral("<h4>%1</h4><table width='100%' cellpadding='6' style='background:#eef2f7; color:#1a1a1a'>"
                        "<tr><td>%2</td></tr></table>")
             .arg(esc(tr("How to cite")), esc(citationText()));
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
    m_copyCitation->setToolTip(tr("Copy a ready-made citation of this record"));
    m_browser->setAccessibleName(tr("Record details"));
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
