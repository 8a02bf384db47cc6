// MainWindow's pages, built on first show: start-up builds and queries only the page it shows.
#include "mainwindow.h"

#include "atlascontext.h"
#include "browseview.h"
#include "chartsview.h"
#include "countriesview.h"
#include "mapview.h"
#include "timelineview.h"

#include <QStackedWidget>

namespace Atlas {

QWidget *MainWindow::builtPage(ViewId view) const
{
    switch (view) {
    case ViewId::Map:
        return m_map;
    case ViewId::Timeline:
        return m_timeline;
    case ViewId::Charts:
        return m_charts;
    case ViewId::Browse:
        return m_browse;
    case ViewId::Countries:
        return m_countries;
    }
    return nullptr;
}

QWidget *MainWindow::ensurePage(ViewId view)
{
    if (QWidget *page = builtPage(view))
        return page;
    QWidget *page = nullptr;
    switch (view) {
    case ViewId::Map:
        page = m_map = new MapView(m_context, m_stack);
        break;
    case ViewId::Timeline:
        page = m_timeline = new TimelineView(m_context, m_stack);
        break;
    case ViewId::Charts:
        page = m_charts = new ChartsView(m_context, m_stack);
        break;
    case ViewId::Browse:
        page = m_browse = new BrowseView(m_context, m_itemModel, m_stack);
        if (!m_browseHeader.isEmpty())
            m_browse->restoreHeaderState(m_browseHeader);
        connect(m_browse, &BrowseView::editRecordRequested, this, &MainWindow::editRecord);
        connect(m_browse, &BrowseView::deleteRecordRequested, this, &MainWindow::deleteRecord);
        break;
    case ViewId::Countries:
        page = m_countries = new CountriesView(m_context, m_stack);
        break;
    }
    QWidget *placeholder = m_stack->widget(int(view));
    const bool current = m_stack->currentWidget() == placeholder;
    m_stack->insertWidget(int(view), page);
    if (current)
        m_stack->setCurrentWidget(page);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    return page;
}

BrowseView *MainWindow::browseView() const
{
    return static_cast<BrowseView *>(const_cast<MainWindow *>(this)->ensurePage(ViewId::Browse));
}

CountriesView *MainWindow::countriesView() const
{
    return static_cast<CountriesView *>(const_cast<MainWindow *>(this)->ensurePage(ViewId::Countries));
}

MapView *MainWindow::mapView() const
{
    return static_cast<MapView *>(const_cast<MainWindow *>(this)->ensurePage(ViewId::Map));
}

TimelineView *MainWindow::timelineView() const
{
    return static_cast<TimelineView *>(const_cast<MainWindow *>(this)->ensurePage(ViewId::Timeline));
}

ChartsView *MainWindow::chartsView() const
{
    return static_cast<ChartsView *>(const_cast<MainWindow *>(this)->ensurePage(ViewId::Charts));
}

} // namespace Atlas
