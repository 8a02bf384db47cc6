#include "slidestate.h"

#include "annotationpanel.h"
#include "atlascontext.h"
#include "browseview.h"
#include "category.h"
#include "chartsview.h"
#include "countriesview.h"
#include "mainwindow.h"
#include "mapview.h"
#include "slideexporter.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QPainter>
#include <QWidget>

namespace Atlas {

StoryboardSlide SlideState::capture(const MainWindow *window, const AtlasContext *context)
{
    StoryboardSlide slide;
    slide.viewSpec = window->currentViewSpec();
    // A record open in Browse is part of what the presenter wants to show.
    if (window->currentView() == ViewId::Browse && !context->selectedItem().isEmpty())
        slide.viewSpec = QStringLiteral("item:") + context->selectedItem();
    slide.filter = context->filter();
    slide.language = context->language();
    slide.title = viewLabel(context, slide.viewSpec);
    slide.state = viewState(window);
    return slide;
}

bool SlideState::restore(MainWindow *window, AtlasContext *context, const StoryboardSlide &slide)
{
    if (context->language() != slide.language)
        emit window->languageRequested(slide.language); // the application switches translators too
    context->setFilter(slide.filter);
    if (!window->showView(slide.viewSpec))
        return false;
    restoreViewState(window, slide.state);
    return true;
}

QJsonObject SlideState::viewState(const MainWindow *window)
{
    switch (window->currentView()) {
    case ViewId::Map:
        return window->mapView()->saveState();
    case ViewId::Timeline:
        return window->timelineView()->saveState();
    case ViewId::Charts:
        return window->chartsView()->saveState();
    case ViewId::Browse:
        return window->browseView()->saveState();
    case ViewId::Countries:
        break;
    }
    return {};
}

void SlideState::restoreViewState(MainWindow *window, const QJsonObject &state)
{
    if (state.isEmpty())
        return; // a slide from before migration 004: the view as it is
    const QString view = state.value(u"view").toString();
    switch (window->currentView()) {
    case ViewId::Map:
        if (view == u"map")
            window->mapView()->restoreState(state);
        break;
    case ViewId::Timeline:
        if (view == u"timeline")
            window->timelineView()->restoreState(state);
        break;
    case ViewId::Charts:
        if (view == u"charts")
            window->chartsView()->restoreState(state);
        break;
    case ViewId::Browse:
        if (view == u"browse")
            window->browseView()->restoreState(state);
        break;
    case ViewId::Countries:
        break;
    }
}

QString SlideState::viewLabel(const AtlasContext *context, const QString &spec)
{
    if (spec.startsWith(u"country:"))
        return tr("Profile: %1").arg(context->actors()->name(spec.mid(8), context->language()));
    if (spec.startsWith(u"item:"))
        return tr("Record %1").arg(spec.mid(5));
    ViewId view;
    if (viewFromKey(spec, &view))
        return viewTitle(view);
    return spec;
}

QString SlideState::filterSummary(const AtlasContext *context, const ItemFilter &filter)
{
    QStringList parts;
    if (!filter.text.trimmed().isEmpty())
        parts << tr("“%1”").arg(filter.text.trimmed());
    QStringList categories;
    for (int i = 0; i < CategoryCount; ++i) {
        if (filter.categories.contains(categoryId(Category(i))))
            categories << categoryName(Category(i));
    }
    if (!categories.isEmpty())
        parts << categories.join(QStringLiteral(", "));
    QStringList kinds;
    for (const QString &group : ItemFilter::actorKindGroups()) {
        if (filter.actorKinds.contains(group))
            kinds << actorKindName(group);
    }
    if (!kinds.isEmpty())
        parts << kinds.join(QStringLiteral(", "));
    if (!filter.actors.isEmpty())
        parts << context->actors()->names(filter.actors, context->language());
    if (!filter.dateFrom.isEmpty() || !filter.dateTo.isEmpty())
        parts << tr("%1 – %2").arg(filter.dateFrom, filter.dateTo);
    return parts.join(QStringLiteral(" · "));
}

QString SlideState::sourceLine(const AtlasContext *context)
{
    const DatasetInfo info = context->database()->info();
    const Language l = context->language();
    return tr("Source: %1 (%2), dataset version %3 · AI Policy Atlas")
        .arg(pickText(l, info.titleKo, info.titleEn), pickText(l, info.publisherKo, info.publisherEn), info.version);
}

QWidget *SlideState::currentPage(const MainWindow *window)
{
    switch (window->currentView()) {
    case ViewId::Map:
        return window->mapView();
    case ViewId::Timeline:
        return window->timelineView();
    case ViewId::Charts:
        return window->chartsView();
    case ViewId::Browse:
        return window->browseView();
    case ViewId::Countries:
        return window->countriesView();
    }
    return nullptr;
}

void SlideState::withPageAt(const MainWindow *window, const QSize &size, const std::function<void(QWidget *)> &use)
{
    QWidget *page = currentPage(window);
    if (!page || size.isEmpty())
        return;
    const QRect old = page->geometry();
    // A slide shows the view, not the user's own bookmark star and note box under it. Only the
    // page's own layouts are run: the window's would put the page back to its on-screen size.
    QList<QWidget *> hidden;
    QList<QWidget *> relayout { page };
    for (AnnotationPanel *panel : page->findChildren<AnnotationPanel *>()) {
        if (!panel->isVisibleTo(page))
            continue;
        panel->hide();
        hidden << panel;
        for (QWidget *w = panel->parentWidget(); w && w != page; w = w->parentWidget()) {
            if (!relayout.contains(w))
                relayout.insert(1, w); // outer before inner
        }
    }
    const auto layOut = [&relayout] {
        for (QWidget *w : std::as_const(relayout))
            QCoreApplication::sendPostedEvents(w, QEvent::LayoutRequest);
    };
    // Lay the page out at the target size (charts and the map use the room), use it, put it back.
    page->resize(size);
    layOut();
    use(page);
    for (QWidget *panel : std::as_const(hidden))
        panel->show();
    page->setGeometry(old);
    layOut();
}

QPixmap SlideState::renderPage(const MainWindow *window, const QSize &size, qreal devicePixelRatio)
{
    QPixmap pixmap;
    withPageAt(window, size, [&](QWidget *page) {
        pixmap = QPixmap(size * devicePixelRatio);
        pixmap.setDevicePixelRatio(devicePixelRatio);
        pixmap.fill(page->palette().color(QPalette::Window));
        page->render(&pixmap, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    });
    return pixmap;
}

QPicture SlideState::recordPage(const MainWindow *window, const QSize &size)
{
    QPicture picture;
    withPageAt(window, size, [&](QWidget *page) {
        QPainter painter(&picture);
        painter.fillRect(QRect(QPoint(), size), page->palette().color(QPalette::Window));
        SlideExporter::widgetPainter(page)(painter, QRectF(QPointF(), QSizeF(size)));
    });
    return picture;
}

} // namespace Atlas
