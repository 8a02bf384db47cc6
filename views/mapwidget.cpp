#include "mapwidget.h"

#include "actordirectory.h"
#include "category.h"
#include "countrystatsmodel.h"
#include "equalearthprojection.h"
#include "figuretext.h"
#include "formatter.h"
#include "mapstyle.h"
#include "worldgeometry.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
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

void drawHaloText(QPainter &p, const QPointF &center, const QString &text, const QFont &font, const QColor &color)
{
    QPainterPath path;
    const QFontMetricsF fm(font);
    path.addText(center.x() - fm.horizontalAdvance(text) / 2, center.y() + (fm.ascent() - fm.descent()) / 2, font, text);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, color);
    p.restore();
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
        connect(model, &CountryStatsModel::refreshed, this, [this] {
            m_style.update();
            update();
        });
    }
    m_style.setModel(model);
    update();
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
    update();
}

void MapWidget::setLanguage(Language language)
{
    m_language = language;
    update();
}

void MapWidget::setHighlightedActor(const QString &id)
{
    m_highlighted = id;
    update();
}

void MapWidget::setSelectedCountry(const QString &id)
{
    m_selected = id;
    update();
}

void MapWidget::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
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
        for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
            bool found = false;
            const QPointF p = world.place(it.key(), &found);
            if (found && it.value() > 0)
                out.append({ it.key(), p, true });
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

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintMap(painter, QRectF(rect()), m_mapRect, false);
}

void MapWidget::paintInto(QPainter &painter, const QRectF &target) const
{
    // Show at least what the widget shows, in the export's own aspect ratio.
    const QTransform t = transformFor(QRectF(rect()), m_mapRect);
    const QRectF shown = t.inverted().mapRect(QRectF(rect()));
    painter.save();
    painter.setClipRect(target);
    paintMap(painter, target, shown.intersected(regionRect(Region::World).adjusted(-1, -1, 1, 1)), true);
    painter.restore();
}

void MapWidget::paintMap(QPainter &p, const QRectF &target, const QRectF &mapRect, bool exporting) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(target, exporting ? QColor(Qt::white) : palette().color(QPalette::Window));
    const QTransform t = transformFor(target, mapRect);
    const double scale = t.m11();
    const QRectF visible = t.inverted().mapRect(target);
    const WorldGeometry &world = WorldGeometry::shared();

    p.setTransform(t, true);
    p.setPen(Qt::NoPen);
    p.setBrush(MapStyle::Ocean);
    p.drawPath(EqualEarthProjection::outline());
    QPen graticule(QColor(0xd5, 0xe0, 0xea), 0.6);
    graticule.setCosmetic(true);
    p.strokePath(EqualEarthProjection::graticule(30.0), graticule);

    // Members outlined together: a thick stroke under their fills shows only on their outer edge.
    QStringList highlightMembers;
    if (m_directory && !m_highlighted.isEmpty()) {
        if (const ActorDirectory::Actor *a = m_directory->actor(m_highlighted))
            highlightMembers = a->members;
    }
    const auto outlined = [&](const QString &id) { return m_euMembers.contains(id) || highlightMembers.contains(id); };
    for (const WorldGeometry::Country &c : world.countries()) {
        if (!outlined(c.id) && c.bounds.intersects(visible))
            p.fillPath(c.path, m_style.fillFor(c.id));
    }
    QPen highlightPen(MapStyle::Highlight, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    highlightPen.setCosmetic(true);
    QPen euPen(MapStyle::EuOutline, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    euPen.setCosmetic(true);
    for (const WorldGeometry::Country &c : world.countries()) {
        if (highlightMembers.contains(c.id) && c.bounds.intersects(visible))
            p.strokePath(c.path, highlightPen);
    }
    for (const WorldGeometry::Country &c : world.countries()) {
        if (m_euMembers.contains(c.id) && !highlightMembers.contains(c.id) && c.bounds.intersects(visible))
            p.strokePath(c.path, euPen);
    }
    for (const WorldGeometry::Country &c : world.countries()) {
        if (outlined(c.id) && c.bounds.intersects(visible))
            p.fillPath(c.path, m_style.fillFor(c.id));
    }
    QPen border(MapStyle::Border, 0.6);
    border.setCosmetic(true);
    for (const WorldGeometry::Country &c : world.countries()) {
        if (c.bounds.intersects(visible))
            p.strokePath(c.path, border);
    }
    for (const QString &id : { m_selected, m_hovered }) {
        if (const WorldGeometry::Country *c = world.country(id)) {
            QPen pen(QColor(0x11, 0x11, 0x11), id == m_hovered ? 2.2 : 1.6);
            pen.setCosmetic(true);
            p.strokePath(c->path, pen);
        }
    }
    p.setTransform(QTransform());
    p.restore();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(target);

    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    const QFontMetricsF labelMetrics(labelFont);
    QList<QRectF> taken; // markers and labels already drawn: a label never covers another
    // Markers: small countries (Singapore) and sub-national regions (Beijing, Shenzhen).
    QList<Marker> all = markers(scale);
    std::stable_sort(all.begin(), all.end(), [](const Marker &a, const Marker &b) { return a.region && !b.region; });
    for (const Marker &m : std::as_const(all)) {
        const QPointF at = t.map(m.mapPoint);
        if (!target.adjusted(-10, -10, 10, 10).contains(at))
            continue;
        const bool hot = m.id == m_hovered || m.id == m_selected;
        if (m.region) {
            const double r = hot ? 5.0 : 4.0;
            QPolygonF diamond({ at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0) });
            p.setPen(QPen(Qt::white, 1.2));
            p.setBrush(MapStyle::Ink);
            p.drawPolygon(diamond);
            if (scale > 1500) {
                const int n = m_model ? m_model->subnationalCounts().value(m.id) : 0;
                drawHaloText(p, at + QPointF(0, -r - labelMetrics.height() * 0.6),
                             QStringLiteral("%1 %2").arg(displayName(m.id)).arg(n), labelFont, MapStyle::Ink);
            }
            continue;
        }
        const QVariant value = m_model ? m_model->value(m.id) : QVariant();
        const bool empty = !value.isValid() || value.toDouble() <= 0;
        const double r = hot ? 7.0 : empty ? 4.0 : 6.0;
        taken << QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r));
        p.setPen(QPen(hot ? QColor(0x11, 0x11, 0x11) : QColor(0x44, 0x44, 0x44), hot ? 2.0 : 1.2));
        p.setBrush(m_style.fillFor(m.id));
        p.drawEllipse(at, r, r);
        if (m_euMembers.contains(m.id)) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(MapStyle::EuOutline, 1.0, Qt::DashLine));
            p.drawEllipse(at, r + 2.5, r + 2.5);
        }
        if (!empty) {
            const QString name = displayName(m.id);
            const QPointF labelAt = at + QPointF(0, r + labelMetrics.height() * 0.7);
            const double w = labelMetrics.horizontalAdvance(name);
            const QRectF box(labelAt.x() - w / 2, labelAt.y() - labelMetrics.height() / 2, w, labelMetrics.height());
            if (std::none_of(taken.cbegin(), taken.cend(), [&box](const QRectF &r) { return r.intersects(box); })) {
                taken << box;
                drawHaloText(p, labelAt, name, labelFont, MapStyle::Ink);
            }
        }
    }

    // Labels for countries with data, where they fit.
    for (const WorldGeometry::Country &c : world.countries()) {
        if (!c.bounds.intersects(visible) || !m_model || !m_directory || !m_directory->actor(c.id))
            continue;
        const QVariant v = m_model->value(c.id);
        if (!v.isValid() || v.toDouble() <= 0)
            continue;
        const QRectF screen = t.mapRect(c.bounds);
        const QString name = displayName(c.id);
        if (labelMetrics.horizontalAdvance(name) > screen.width() * 0.8 || labelMetrics.height() > screen.height() * 0.8)
            continue;
        const QPointF at = t.map(c.anchor);
        const QRectF box(at.x() - labelMetrics.horizontalAdvance(name) / 2, at.y() - labelMetrics.height() / 2,
                         labelMetrics.horizontalAdvance(name), labelMetrics.height());
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        taken << box;
        drawHaloText(p, at, name, labelFont, MapStyle::Ink);
    }

    if (!m_caption.isEmpty()) {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        const QFontMetricsF fm(big);
        drawHaloText(p, QPointF(target.left() + 16 + fm.horizontalAdvance(m_caption) / 2, target.top() + 12 + fm.height() / 2),
                     m_caption, big, MapStyle::Ink);
    }
    MapStyle::LegendExtras extras;
    extras.euMembers = !m_euMembers.isEmpty();
    extras.highlightedName = m_highlighted.isEmpty() ? QString() : displayName(m_highlighted);
    extras.regions = m_model && !m_model->subnationalCounts().isEmpty();
    m_style.paintLegend(p, target, font(), m_language, extras);
    p.restore();
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit viewChanged();
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position();
        m_lastDragPos = event->position();
        m_dragging = false;
        m_animation->stop();
    }
    QWidget::mousePressEvent(event);
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            const QPointF delta = widgetToMap(m_lastDragPos) - widgetToMap(event->position());
            m_lastDragPos = event->position();
            setVisibleMapRect(m_mapRect.translated(delta), false);
            return;
        }
    }
    setHovered(actorAt(event->position()), event->globalPosition().toPoint());
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
        } else {
            const QString id = actorAt(event->position());
            if (!id.isEmpty())
                emit actorClicked(id);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept(); // a double click is two clicks on the same country, not a zoom
}

void MapWidget::leaveEvent(QEvent *event)
{
    setHovered(QString(), QPoint());
    QWidget::leaveEvent(event);
}

void MapWidget::setHovered(const QString &id, const QPoint &globalPos)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    update();
    emit hoveredChanged(id);
    if (id.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, hoverText(id), this);
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QSizeF step = m_mapRect.size() * 0.1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitWorld();
        break;
    case Qt::Key_Left:
        setVisibleMapRect(m_mapRect.translated(-step.width(), 0));
        break;
    case Qt::Key_Right:
        setVisibleMapRect(m_mapRect.translated(step.width(), 0));
        break;
    case Qt::Key_Up:
        setVisibleMapRect(m_mapRect.translated(0, -step.height()));
        break;
    case Qt::Key_Down:
        setVisibleMapRect(m_mapRect.translated(0, step.height()));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace Atlas
