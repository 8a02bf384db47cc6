#include "filterbar.h"

#include "actorpicker.h"
#include "atlascontext.h"
#include "category.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int AnyYear = 1999; // the spin boxes' "any" value (special value text)

QString swatchStyle(const QColor &color)
{
    // A coloured left edge is the category cue; the text is the non-colour cue.
    return QStringLiteral("QToolButton { border-left: 5px solid %1; padding: 3px 8px; }"
                          "QToolButton:checked { background: %2; color: white; }")
        .arg(color.name(), color.darker(115).name());
}
} // namespace

FilterBar::FilterBar(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 4);
    outer->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    outer->addLayout(row);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->installEventFilter(this);
    row->addWidget(m_search, 2);

    for (int i = 0; i < CategoryCount; ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setStyleSheet(swatchStyle(categoryColor(Category(i))));
        connect(button, &QToolButton::toggled, this, &FilterBar::pushFilter);
        m_categoryButtons[i] = button;
        row->addWidget(button);
    }

    m_bookmarked = new QToolButton(this);
    m_bookmarked->setCheckable(true);
    m_bookmarked->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 8px; }"
                                               "QToolButton:checked { background: #8a5a00; color: white; }"));
    connect(m_bookmarked, &QToolButton::toggled, this, &FilterBar::pushFilter);
    row->addWidget(m_bookmarked);

    row->addStretch(0);
    // Second row: who and when. Two rows keep the bar within 1280 px at projector sizes.
    row = new QHBoxLayout;
    row->setSpacing(6);
    outer->addLayout(row);

    m_kind = new QComboBox(this);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::pushFilter);
    row->addWidget(m_kind);

    m_actors = new ActorPicker(this);
    m_actors->setDirectory(context->actors());
    connect(m_actors, &ActorPicker::selectionChanged, this, &FilterBar::pushFilter);
    row->addWidget(m_actors);

    m_yearLabel = new QLabel(this);
    row->addWidget(m_yearLabel);
    for (QSpinBox **box : { &m_yearFrom, &m_yearTo }) {
        *box = new QSpinBox(this);
        (*box)->setRange(AnyYear, 2030);
        (*box)->setValue(AnyYear);
        connect(*box, &QSpinBox::valueChanged, this, &FilterBar::pushFilter);
        row->addWidget(*box);
    }
    m_yearLabel->setBuddy(m_yearFrom);
    row->addStretch(1);

    m_chipRow = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chipRow);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_clearAll = new QToolButton(m_chipRow);
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, [this] { m_context->setFilter({}); });
    outer->addWidget(m_chipRow);
    m_chipRow->hide();

    // Search as you type, without a query per keystroke while typing fast.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::pushFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    connect(context, &AtlasContext::filterChanged, this, &FilterBar::showFilter);
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) {
        m_actors->setLanguage(l);
        rebuildChips(m_context->filter());
    });
    m_actors->setLanguage(context->language());
    retranslateUi();
    showFilter(context->filter());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Korean IME: while a syllable is being composed it is preedit text, not yet in text().
    // Search with it included, so results follow every keystroke, and the last syllable is
    // never lost when composition ends.
    if (watched == m_search && event->type() == QEvent::InputMethod) {
        // One event may commit a syllable and start the next ("저" committed, "작" composing):
        // apply the commit where the line edit will, then add the new preedit after it.
        const auto *ime = static_cast<QInputMethodEvent *>(event);
        QString composed = m_search->text();
        int cursor = m_search->cursorPosition();
        if (m_search->hasSelectedText() && !ime->commitString().isEmpty()) {
            cursor = m_search->selectionStart();
            composed.remove(cursor, m_search->selectedText().size());
        }
        if (ime->replacementLength() > 0 || ime->replacementStart() != 0) {
            const int from = qBound(0, cursor + ime->replacementStart(), int(composed.size()));
            const int length = qBound(0, ime->replacementLength(), int(composed.size()) - from);
            composed.remove(from, length);
            cursor = from;
        }
        composed.insert(cursor, ime->commitString());
        cursor += int(ime->commitString().size());
        m_preedit = ime->preeditString();
        composed.insert(cursor, m_preedit);
        if (composed != m_context->filter().text) {
            QTimer::singleShot(0, this, [this, composed] {
                if (m_updating)
                    return;
                ItemFilter f = m_context->filter();
                f.text = composed;
                m_context->setFilter(f);
            });
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::pushFilter()
{
    if (m_updating)
        return;
    ItemFilter f;
    f.text = m_search->text();
    // A syllable still being composed counts (the debounce may fire mid-composition).
    if (!m_preedit.isEmpty())
        f.text.insert(m_search->cursorPosition(), m_preedit);
    for (int i = 0; i < CategoryCount; ++i) {
        if (m_categoryButtons[i]->isChecked())
            f.categories.insert(categoryId(Category(i)));
    }
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        f.actorKinds.insert(kind);
    f.actors = m_actors->selectedActors();
    int from = m_yearFrom->value(), to = m_yearTo->value();
    if (from != AnyYear && to != AnyYear && from > to)
        std::swap(from, to);
    f.bookmarkedOnly = m_bookmarked->isChecked();
    if (from != AnyYear)
        f.dateFrom = QStringLiteral("%1-01-01").arg(from);
    if (to != AnyYear)
        f.dateTo = QStringLiteral("%1-12-31").arg(to);
    m_context->setFilter(f);
}

void FilterBar::showFilter(const ItemFilter &f)
{
    m_updating = true;
    if (m_search->text() != f.text && !m_search->hasFocus() && m_preedit.isEmpty())
        m_search->setText(f.text);
    else if (f.text.isEmpty() && !m_search->text().isEmpty())
        m_search->clear();
    for (int i = 0; i < CategoryCount; ++i)
        m_categoryButtons[i]->setChecked(f.categories.contains(categoryId(Category(i))));
    const QString kind = f.actorKinds.isEmpty() ? QString() : *f.actorKinds.cbegin();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_actors->setSelectedActors(f.actors);
    m_yearFrom->setValue(f.dateFrom.isEmpty() ? AnyYear : f.dateFrom.left(4).toInt());
    m_yearTo->setValue(f.dateTo.isEmpty() ? AnyYear : f.dateTo.left(4).toInt());
    m_bookmarked->setChecked(f.bookmarkedOnly);
    m_updating = false;
    rebuildChips(f);
}

void FilterBar::addChip(const QString &text, const std::function<void(ItemFilter &)> &remove)
{
    auto *chip = new QToolButton(m_chipRow);
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; "
                                       "padding: 1px 8px; }"));
    connect(chip, &QToolButton::clicked, this, [this, remove] {
        ItemFilter f = m_context->filter();
        remove(f);
        m_context->setFilter(f);
    });
    m_chipLayout->addWidget(chip);
}

void FilterBar::rebuildChips(const ItemFilter &f)
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        if (item->widget() && item->widget() != m_clearAll)
            item->widget()->deleteLater();
        delete item;
    }
    const Language language = m_context->language();
    if (!f.text.trimmed().isEmpty())
        addChip(tr("Text: %1").arg(f.text.trimmed()), [](ItemFilter &x) { x.text.clear(); });
    for (int i = 0; i < CategoryCount; ++i) {
        const QString id = categoryId(Category(i));
        if (f.categories.contains(id))
            addChip(categoryName(Category(i)), [id](ItemFilter &x) { x.categories.remove(id); });
    }
    for (const QString &kind : f.actorKinds)
        addChip(actorKindName(kind), [kind](ItemFilter &x) { x.actorKinds.remove(kind); });
    for (const QString &actor : f.actors)
        addChip(m_context->actors()->name(actor, language), [actor](ItemFilter &x) { x.actors.removeAll(actor); });
    if (!f.dateFrom.isEmpty() || !f.dateTo.isEmpty()) {
        const QString from = f.dateFrom.isEmpty() ? QStringLiteral("…") : f.dateFrom.left(4);
        const QString to = f.dateTo.isEmpty() ? QStringLiteral("…") : f.dateTo.left(4);
        addChip(tr("Years %1–%2").arg(from, to), [](ItemFilter &x) {
            x.dateFrom.clear();
            x.dateTo.clear();
        });
    }
    if (f.bookmarkedOnly)
        addChip(tr("Bookmarked only"), [](ItemFilter &x) { x.bookmarkedOnly = false; });
    m_chipLayout->addStretch(1);
    m_chipLayout->addWidget(m_clearAll);
    m_chipRow->setVisible(!f.isEmpty());
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search titles, summaries, tags and actors in Korean or English (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    for (int i = 0; i < CategoryCount; ++i) {
        m_categoryButtons[i]->setText(categoryName(Category(i)));
        m_categoryButtons[i]->setToolTip(tr("Show only %1 items").arg(categoryName(Category(i))));
        m_categoryButtons[i]->setAccessibleName(tr("Category %1").arg(categoryName(Category(i))));
    }
    {
        const QSignalBlocker blocker(m_kind);
        const QString current = m_kind->currentData().toString();
        m_kind->clear();
        m_kind->addItem(tr("All actor kinds"), QString());
        m_kind->addItem(tr("Countries"), QStringLiteral("country"));
        m_kind->addItem(tr("Organisations"), QStringLiteral("organization"));
        m_kind->addItem(tr("Companies and institutes"), QStringLiteral("company"));
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
        m_kind->setAccessibleName(tr("Actor kind"));
    }
    m_bookmarked->setText(tr("★ Bookmarked only"));
    m_bookmarked->setToolTip(tr("Show only the items you bookmarked"));
    m_bookmarked->setAccessibleName(tr("Bookmarked only"));
    m_yearLabel->setText(tr("&Years"));
    m_yearFrom->setSpecialValueText(tr("from any"));
    m_yearTo->setSpecialValueText(tr("to any"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setAccessibleName(tr("Clear all filters"));
    rebuildChips(m_context->filter());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
