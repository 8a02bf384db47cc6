#include "actorpicker.h"

#include "category.h"

#include <QEvent>
#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace Atlas {

ActorPicker::ActorPicker(QWidget *parent)
    : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    connect(this, &QToolButton::clicked, this, &ActorPicker::showPopup);
    retranslateUi();
}

void ActorPicker::createPopup()
{
    // Built on the first click: the hidden list of every actor is no part of the first paint.
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(m_popup);
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(m_popup);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    m_popup->resize(320, 420);

    connect(m_search, &QLineEdit::textChanged, this, &ActorPicker::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked && !m_selected.contains(id))
            m_selected.append(id);
        else if (!checked)
            m_selected.removeAll(id);
        else
            return;
        retranslateUi();
        emit selectionChanged(m_selected);
    });
    retranslateUi();
}

void ActorPicker::setDirectory(const ActorDirectory *directory)
{
    m_directory = directory;
    populate();
}

void ActorPicker::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    populate();
}

void ActorPicker::setSelectedActors(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    populate();
    retranslateUi();
}

void ActorPicker::populate()
{
    if (!m_list)
        return; // filled when the popup is first opened
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_directory)
        return;
    // Countries first, then unions and organisations, then companies and institutes.
    const QStringList order = { QStringLiteral("country"), QStringLiteral("union"), QStringLiteral("organization"),
                                QStringLiteral("subnational"), QStringLiteral("company"), QStringLiteral("institute") };
    QList<const ActorDirectory::Actor *> actors;
    for (const auto &a : m_directory->actors())
        actors << &a;
    const Language language = m_language;
    std::stable_sort(actors.begin(), actors.end(), [&](const auto *a, const auto *b) {
        const auto ka = order.indexOf(a->kind), kb = order.indexOf(b->kind);
        if (ka != kb)
            return ka < kb;
        return QString::localeAwareCompare(a->name(language), b->name(language)) < 0;
    });
    for (const auto *a : std::as_const(actors)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2").arg(a->name(m_language), actorKindName(a->kind)),
                                         m_list);
        item->setData(Qt::UserRole, a->id);
        // Search both languages and the id at once: 미국 ⇄ United States ⇄ USA.
        item->setData(Qt::UserRole + 1, QStringList { a->nameKo, a->nameEn, a->id }.join(u' '));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_selected.contains(a->id) ? Qt::Checked : Qt::Unchecked);
    }
    applySearch(m_search->text());
}

void ActorPicker::applySearch(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty()
                        && !item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive));
    }
}

void ActorPicker::showPopup()
{
    if (!m_popup) {
        createPopup();
        populate();
    }
    const QPoint below = mapToGlobal(QPoint(0, height()));
    QRect geometry(below, m_popup->size());
    if (const QScreen *s = screen())
        geometry.moveRight(qMin(geometry.right(), s->availableGeometry().right()));
    m_popup->setGeometry(geometry);
    m_popup->show();
    m_search->setFocus();
}

void ActorPicker::retranslateUi()
{
    setText(m_selected.isEmpty() ? tr("Countries and organisations") : tr("%n selected", nullptr, int(m_selected.size())));
    setToolTip(tr("Choose countries, organisations and companies to show"));
    setAccessibleName(tr("Countries and organisations"));
    if (!m_popup)
        return;
    m_search->setPlaceholderText(tr("Search names in Korean or English"));
    m_search->setAccessibleName(tr("Search actors"));
    m_list->setAccessibleName(tr("Actors"));
}

void ActorPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

} // namespace Atlas
