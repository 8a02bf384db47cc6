#include "mapwidget.h"

#include "actordirectory.h"
#include "category.h"
#include "countrystatsmodel.h"
#include "equalearthprojection.h"
#include "figuretext.h"
#include "formatter.h"
#include "worldgeometry.h"

#include <QEvent>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

namespace Atlas {

namespace {
constexpr double kMarkerArea = 40.0; // px²: below this a country with data gets a marker
constexpr double kMaxZoom = 60.0;

QRectF lonLatRect(double west, double east, double south, double north)
{
    QRectF r;
    for (int i = 0; i <= 8; ++i) {
        for (int j = 0; j <= 8; ++j) {
            const QPointF p = EqualEarthProjection::project(west + (east - west) * i / 8, south + (north - south) * j / 8);
            r = r.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9)) : r.united(QRectF(p, QSizeF(1e-9, 1e-9)));
        }
    }
    return r;
}

} // namespace

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
    m_mapRect = regionRect(Region::World);
    m_animation->setDuration(280);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_mapRect = v.toRectF();
        update();
        emit viewChanged();
    });
}

MapWidget::~MapWidget() = default;

void MapWidget::setModel(CountryStatsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Counts, layer, category and month all arrive as a refresh.
        connect(model, &CountryStatsModel::refreshed, this, [this] {
            m_style.update();
            invalidateCache();
        });
    }
    m_style.setModel(model);
    invalidateCache();
}

void MapWidget::setDirectory(const ActorDirectory *directory)
{
    m_directory = directory;
    m_euMembers.clear();
    if (directory) {
        for (const ActorDirectory::Actor &a : directory->actors()) {
            if (a.kind == u"union")
                m_euMembers << a.members;
        }
    }
    invalidateCache();
}

void MapWidget::setLanguage(Language language)
{
    m_language = language;
    invalidateCache();
}

void MapWidget::setHighlightedActor(const QString &id)
{
    if (id == m_highlighted)
        return;
    m_highlighted = id;
    invalidateCache();
}

void MapWidget::setSelectedCountry(const QString &id)
{
    m_selected = id;
    update();
}

void MapWidget::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    invalidateCache();
}

QRectF MapWidget::regionRect(Region region)
{
    switch (region) {
    case Region::Europe:
        return lonLatRect(-12, 35, 34, 69);
    case Region::EastAsia:
        return lonLatRect(95, 146, 0, 50);
    case Region::NorthAmerica:
        return lonLatRect(-135, -55, 14, 70);
    case Region::World:
        break;
    }
    const double x = EqualEarthProjection::maxX() * 1.01;
    return QRectF(QPointF(-x, EqualEarthProjection::project(0, 85).y()),
                  QPointF(x, EqualEarthProjection::project(0, -60).y()));
}

void MapWidget::fitWorld(bool animate)
{
    setVisibleMapRect(regionRect(Region::World), animate);
}

void MapWidget::focusRegion(Region region, bool animate)
{
    setVisibleMapRect(regionRect(region), animate);
}

QRectF MapWidget::clampRect(QRectF rect) const
{
    const QRectF world = regionRect(Region::World);
    const double minWidth = world.width() / kMaxZoom;
    if (rect.width() < minWidth) {
        const QPointF c = rect.center();
        rect.setSize(rect.size() * (minWidth / rect.width()));
        rect.moveCenter(c);
    }
    if (rect.width() > world.width() * 1.0001 && rect.height() > world.height() * 1.0001)
        rect = world;
    QPointF c = rect.center();
    c.setX(qBound(world.left(), c.x(), world.right()));
    c.setY(qBound(world.top(), c.y(), world.bottom()));
    rect.moveCenter(c);
    return rect;
}

void MapWidget::setVisibleMapRect(const QRectF &rect, bool animate)
{
    const QRectF target = clampRect(rect);
    m_animation->stop();
    if (animate && isVisible()) {
        m_animation->setStartValue(m_mapRect);
        m_animation->setEndValue(target);
        m_animation->start();
        return;
    }
    m_mapRect = target;
    update();
    emit viewChanged();
}

double MapWidget::zoomFactor() const
{
    return regionRect(Region::World).width() / m_mapRect.width();
}

void MapWidget::zoomBy(double factor, const QPointF &widgetAnchor)
{
    const QPointF anchor = widgetToMap(widgetAnchor);
    QRectF r = m_mapRect;
    const double f = 1.0 / factor;
    r = QRectF(anchor + (r.topLeft() - anchor) * f, anchor + (r.bottomRight() - anchor) * f);
    setVisibleMapRect(r, false);
}

void MapWidget::zoomIn()
{
    zoomBy(1.5, rect().center());
}

void MapWidget::zoomOut()
{
    zoomBy(1 / 1.5, rect().center());
}

QTransform MapWidget::transformFor(const QRectF &target, const QRectF &mapRect) const
{
    const double s = qMin(target.width() / mapRect.width(), target.height() / mapRect.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(s, s);
    t.translate(-mapRect.center().x(), -mapRect.center().y());
    return t;
}

QPointF MapWidget::mapToWidget(const QPointF &mapPoint) const
{
    return transformFor(QRectF(rect()), m_mapRect).map(mapPoint);
}

QPointF MapWidget::widgetToMap(const QPointF &widgetPoint) const
{
    return transformFor(QRectF(rect()), m_mapRect).inverted().map(widgetPoint);
}

QList<MapWidget::Marker> MapWidget::markers(double scale) const
{
    QList<Marker> out;
    if (!m_directory)
        return out;
    const WorldGeometry &world = WorldGeometry::shared();
    for (const WorldGeometry::Country &c : world.countries()) {
        const ActorDirectory::Actor *a = m_directory->actor(c.id);
        if (a && c.area * scale * scale < kMarkerArea)
            out.append({ c.id, c.anchor, false });
    }
    if (m_model) {
        const QHash<QString, int> regions = m_model->subnationalCounts();
        // In id order: a hash's order changes from run to run, and the order decides which label
        // gives way to which, so the same map would come out differently each time.
        QStringList ids = regions.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            bool found = false;
            const QPointF p = world.place(id, &found);
            if (found && regions.value(id) > 0)
                out.append({ id, p, true });
        }
    }
    return out;
}

QString MapWidget::actorAt(const QPointF &widgetPoint) const
{
    const QTransform t = transformFor(QRectF(rect()), m_mapRect);
    const double scale = t.m11();
    // Markers first: they sit on top, and a small country is only reachable through its marker.
    QString best;
    double bestDistance = 0;
    for (const Marker &m : markers(scale)) {
        const double radius = (m.region ? 4.0 : 6.0) + 3.0;
        const QPointF d = t.map(m.mapPoint) - widgetPoint;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= radius && (best.isEmpty() || distance < bestDistance)) {
            best = m.id;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;
    return WorldGeometry::shared().countryAt(t.inverted().map(widgetPoint));
}

QString MapWidget::displayName(const QString &id) const
{
    if (m_directory) {
        if (const ActorDirectory::Actor *a = m_directory->actor(id))
            return a->name(m_language);
    }
    if (const WorldGeometry::Country *c = WorldGeometry::shared().country(id))
        return c->name(m_language);
    return id;
}

QString MapWidget::legendTitle() const
{
    return m_style.legendTitle(m_language);
}

QString MapWidget::hoverText(const QString &id) const
{
    if (id.isEmpty())
        return {};
    const QString esc = displayName(id).toHtmlEscaped();
    QString html = QStringLiteral("<b>%1</b>").arg(esc);
    const ActorDirectory::Actor *actor = m_directory ? m_directory->actor(id) : nullptr;
    if (actor && actor->kind == u"subnational" && !actor->country.isEmpty())
        html += QStringLiteral("<br><span style='color:gray'>%1</span>")
                    .arg(tr("Region of %1; counts towards it").arg(displayName(actor->country)).toHtmlEscaped());
    if (!m_model)
        return html;
    if (m_model->measure() == CountryStatsModel::Measure::Figure) {
        const CountryStatsRepository::Figure *f = m_model->figure(id);
        if (!f)
            return html + QStringLiteral("<br>%1").arg(tr("No figure in this group").toHtmlEscaped());
        return html + QStringLiteral("<br>%1: <b>%2</b> (%3)")
                          .arg(pickText(m_language, f->metricKo, f->metricEn).toHtmlEscaped(),
                               figureValueText(*f, m_language).toHtmlEscaped(), f->period.toHtmlEscaped());
    }
    if (!actor) {
        html += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(tr("Not covered by the dataset").toHtmlEscaped());
        return html;
    }
    int count = m_model->itemCount(id);
    if (actor->kind == u"subnational")
        count = m_model->subnationalCounts().value(id);
    Category category;
    const QString countText = categoryFromId(m_model->category(), &category)
        ? tr("%n item(s) in %1", nullptr, count).arg(categoryName(category))
        : tr("%n item(s)", nullptr, count);
    html += QStringLiteral("<br>%1").arg(countText.toHtmlEscaped());
    if (m_euMembers.contains(id) && m_directory) {
        for (const ActorDirectory::Actor &u : m_directory->actors()) {
            if (u.kind == u"union" && u.members.contains(id))
                html += QStringLiteral("<br><span style='color:gray'>%1</span>")
                            .arg(tr("Member of the %1, which has %n item(s) of its own", nullptr, m_model->itemCount(u.id))
                                     .arg(u.name(m_language))
                                     .toHtmlEscaped());
        }
    }
    if (m_directory && actor->kind == u"country") {
        QStringList regions;
        const QHash<QString, int> counts = m_model->subnationalCounts();
        for (const QString &r : m_directory->subnationalsOf(id)) {
            if (counts.value(r) > 0)
                regions << QStringLiteral("%1 %2").arg(displayName(r)).arg(counts.value(r));
        }
        if (!regions.isEmpty())
            html += QStringLiteral("<br><span style='color:gray'>%1</span>")
                        .arg(tr("Including regions: %1").arg(regions.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    if (count > 0) {
        html += QStringLiteral("<ul style='margin-left:12px; -qt-list-indent:0'>");
        for (const CountryStatsRepository::TopItem &item : m_model->topItems(id, 3)) {
            html += QStringLiteral("<li><span style='color:%1'>■</span> %2 · %3</li>")
                        .arg(categoryColorForId(item.category).name(), Formatter::date(item.date, m_language).toHtmlEscaped(),
                             pickText(m_language, item.titleKo, item.titleEn).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (actor->kind != u"subnational")
        html += QStringLiteral("<span style='color:gray'>%1</span>").arg(tr("Click for the profile").toHtmlEscaped());
    return html;
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit viewChanged();
}

void MapWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        invalidateCache();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace Atlas
