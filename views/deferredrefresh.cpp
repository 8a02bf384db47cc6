#include "deferredrefresh.h"

#include <QEvent>
#include <QWidget>

namespace Atlas {

DeferredRefresh::DeferredRefresh(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

bool DeferredRefresh::isHiddenPage(const QWidget *page)
{
    return !page->isVisible() && page->window()->isVisible();
}

void DeferredRefresh::request()
{
    if (isHiddenPage(m_page)) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refresh();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Show arrives before the page's first paint, so it never paints stale data.
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Atlas
