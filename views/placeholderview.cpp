#include "placeholderview.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Atlas {

PlaceholderView::PlaceholderView(ViewId view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(2);
    retranslateUi();
}

void PlaceholderView::retranslateUi()
{
    m_title->setText(viewTitle(m_view));
    m_text->setText(tr("This view is not built yet. Browse and Countries already show every record."));
    setAccessibleName(viewTitle(m_view));
}

void PlaceholderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
