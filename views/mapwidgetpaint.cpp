// MapWidget's painting: the base layer (fills and borders), the hover and selection outlines, and
// the annotations (markers, labels, caption, legend). On screen the base and the annotations are
// cached as pixmaps (MapLayerCache), so a repaint is two blits plus the outlines and the hovered
// marker; an export paints everything as vectors.
#include "mapwidget.h"

#include "actordirectory.h"
#include "countrystatsmodel.h"
#include "equalearthprojection.h"
#include "mapstyle.h"
#include "worldgeometry.h"

#include <QPainter>
#include <QScopeGuard>
#include <QPainterPath>
#include <QPaintEvent>

#include <algorithm>

namespace Atlas {

namespace {
void drawHaloText(QPainter &p, const QPointF &center, const QString &text, const QFont &font, const QColor &color,
                  const QColor &halo)
{
    QPainterPath path;
    const QFontMetricsF fm(font);
    path.addText(center.x() - fm.horizontalAdvance(text) / 2, center.y() + (fm.ascent() - fm.descent()) / 2, font, text);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.strokePath(path, QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, color);
    p.restore();
}

QFont labelFontFor(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
} // namespace

void MapWidget::invalidateCache()
{
    m_cache.invalidate();
    update();
}

void MapWidget::paintEvent(QPaintEvent *event)
{
    const QRectF target(rect());
    const MapLayerCache::Key key { size(), devicePixelRatioF(), m_mapRect };
    if (!m_cache.isValid(key))
        renderCache(key);
    QPainter p(this);
    p.setClipRegion(event->region());
    p.drawPixmap(0, 0, m_cache.base());
    const QTransform t = transformFor(target, m_mapRect);
    p.setRenderHint(QPainter::Antialiasing);
    paintOutlines(p, t);
    p.drawPixmap(0, 0, m_cache.annotations());
    p.setClipRect(target);
    paintMarkers(p, target, t, true, nullptr);
}

void MapWidget::renderCache(const MapLayerCache::Key &key)
{
    m_colors = MapStyle::colors();
    m_cache.reset(key);
    const QRectF target(rect());
    const QTransform t = transformFor(target, m_mapRect);
    {
        QPainter p(&m_cache.base());
        paintBase(p, target, t, false, &m_cache, key);
    }
    QPainter p(&m_cache.annotations());
    paintAnnotations(p, target, t);
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
    // Exports are made for slides: always the light print colours, whatever the screen's theme.
    const ThemeColors screen = m_colors;
    m_colors = exporting ? Theme::printColors() : MapStyle::colors();
    const auto restoreColors = qScopeGuard([&] { m_colors = screen; });
    const QTransform t = transformFor(target, mapRect);
    paintBase(p, target, t, exporting, nullptr, {});
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintOutlines(p, t);
    p.restore();
    paintAnnotations(p, target, t);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(target);
    paintMarkers(p, target, t, true, nullptr);
    p.restore();
}

void MapWidget::paintBase(QPainter &p, const QRectF &target, const QTransform &t, bool exporting,
                          MapLayerCache *cache, const MapLayerCache::Key &key) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor background = exporting ? m_colors.mapBackground : palette().color(QPalette::Window);
    const QRectF visible = t.inverted().mapRect(target);
    const WorldGeometry &world = WorldGeometry::shared();
    // A part that does not follow the data: straight into p for an export, through the cache on
    // screen (drawn in map coordinates either way).
    const auto part = [&](MapLayerCache::Part which, const QString &tag, const std::function<void(QPainter &)> &draw) {
        if (!cache) {
            draw(p);
            return;
        }
        const QPixmap &pixmap = cache->part(which, key, tag, [&](QPixmap &layer) {
            QPainter q(&layer);
            q.setRenderHint(QPainter::Antialiasing);
            q.setTransform(t);
            draw(q);
        });
        p.save();
        p.setTransform(QTransform()); // the cache's base pixmap is painted in device coordinates
        p.drawPixmap(0, 0, pixmap);
        p.restore();
    };
    const QString look = QStringList { background.name(QColor::HexArgb), m_colors.mapOcean.name(QColor::HexArgb),
                                       m_colors.mapGraticule.name(QColor::HexArgb), m_colors.mapBorder.name(QColor::HexArgb),
                                       m_colors.mapNoDataHatch.name(QColor::HexArgb), QString::number(m_colors.outlineWidth) }
                             .join(u' ');

    p.fillRect(target, background);
    p.setTransform(t, true);
    part(MapLayerCache::Part::Under, look, [&](QPainter &q) {
        q.setPen(Qt::NoPen);
        q.setBrush(m_colors.mapOcean);
        q.drawPath(EqualEarthProjection::outline());
        QPen graticule(m_colors.mapGraticule, 0.6);
        graticule.setCosmetic(true);
        q.strokePath(EqualEarthProjection::graticule(30.0), graticule);
    });

    // Members outlined together: a thick stroke under their fills shows only on their outer edge.
    QStringList highlightMembers;
    if (m_directory && !m_highlighted.isEmpty()) {
        if (const ActorDirectory::Actor *a = m_directory->actor(m_highlighted))
            highlightMembers = a->members;
    }
    const auto outlined = [&](const QString &id) { return m_euMembers.contains(id) || highlightMembers.contains(id); };
    QStringList noData; // hatched, and what the hatching part is drawn for
    for (const WorldGeometry::Country &c : world.countries()) {
        if (outlined(c.id) || !c.bounds.intersects(visible))
            continue;
        p.fillPath(c.path, m_style.fillFor(c.id, m_colors));
        if (!m_style.hasData(c.id))
            noData << c.id;
    }
    part(MapLayerCache::Part::Hatch, look + u' ' + noData.join(u','), [&](QPainter &q) {
        for (const WorldGeometry::Country &c : world.countries()) {
            if (noData.contains(c.id))
                q.fillPath(c.path, MapStyle::noDataHatch(m_colors));
        }
    });
    QPen highlightPen(m_colors.mapHighlight, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    highlightPen.setCosmetic(true);
    QPen euPen(m_colors.mapEuOutline, 3.0, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
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
            fillCountry(p, c.path, c.id);
    }
    part(MapLayerCache::Part::Borders, look, [&](QPainter &q) {
        QPen border(m_colors.mapBorder, 0.6 * m_colors.outlineWidth);
        border.setCosmetic(true);
        for (const WorldGeometry::Country &c : world.countries()) {
            if (c.bounds.intersects(visible))
                q.strokePath(c.path, border);
        }
    });
    p.restore();
}

// A country's fill; a country without data is also hatched, so "no data" never depends on colour.
void MapWidget::fillCountry(QPainter &p, const QPainterPath &path, const QString &id) const
{
    p.fillPath(path, m_style.fillFor(id, m_colors));
    if (!m_style.hasData(id))
        p.fillPath(path, MapStyle::noDataHatch(m_colors));
}

const QPainterPath &MapWidget::projectedPath(const QString &id, const QTransform &t) const
{
    if (t != m_projectedFor) {
        m_projected.clear();
        m_projectedFor = t;
    }
    auto it = m_projected.find(id);
    if (it == m_projected.end()) {
        const WorldGeometry::Country *c = WorldGeometry::shared().country(id);
        it = m_projected.insert(id, c ? t.map(c->path) : QPainterPath());
    }
    return *it;
}

void MapWidget::paintOutlines(QPainter &p, const QTransform &t) const
{
    for (const QString &id : { m_selected, m_hovered }) {
        if (id.isEmpty())
            continue;
        const QPainterPath &path = projectedPath(id, t);
        if (!path.isEmpty())
            p.strokePath(path, QPen(m_colors.mapMarkerOutline, (id == m_hovered ? 2.2 : 1.6) * m_colors.outlineWidth));
    }
}

// Markers: small countries (Singapore) and sub-national regions (Beijing, Shenzhen). The cached
// layer holds every marker at rest; the hovered and the selected one are drawn bigger on top.
void MapWidget::paintMarkers(QPainter &p, const QRectF &target, const QTransform &t, bool hotOnly,
                             QList<QRectF> *taken) const
{
    const double scale = t.m11();
    const QFont labelFont = labelFontFor(font());
    const QFontMetricsF labelMetrics(labelFont);
    QList<Marker> all = markers(scale);
    std::stable_sort(all.begin(), all.end(), [](const Marker &a, const Marker &b) { return a.region && !b.region; });
    for (const Marker &m : std::as_const(all)) {
        const bool hot = m.id == m_hovered || m.id == m_selected;
        if (hotOnly && !hot)
            continue;
        const QPointF at = t.map(m.mapPoint);
        if (!target.adjusted(-10, -10, 10, 10).contains(at))
            continue;
        if (m.region) {
            const double r = hotOnly ? 5.0 : 4.0;
            QPolygonF diamond({ at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0) });
            p.setPen(QPen(m_colors.mapHalo, 1.2));
            p.setBrush(m_colors.mapInk);
            p.drawPolygon(diamond);
            if (scale > 1500 && !hotOnly) {
                const int n = m_model ? m_model->subnationalCounts().value(m.id) : 0;
                drawHaloText(p, at + QPointF(0, -r - labelMetrics.height() * 0.6),
                             QStringLiteral("%1 %2").arg(displayName(m.id)).arg(n), labelFont, m_colors.mapInk, m_colors.mapHalo);
            }
            continue;
        }
        const QVariant value = m_model ? m_model->value(m.id) : QVariant();
        const bool empty = !value.isValid() || value.toDouble() <= 0;
        const double r = hotOnly ? 7.0 : empty ? 4.0 : 6.0;
        if (taken)
            *taken << QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r));
        p.setPen(QPen(hotOnly ? m_colors.mapMarkerOutline : m_colors.mapBorder, hotOnly ? 2.0 : 1.2));
        p.setBrush(m_style.fillFor(m.id, m_colors));
        p.drawEllipse(at, r, r);
        if (m_euMembers.contains(m.id)) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m_colors.mapEuOutline, 1.0, Qt::DashLine));
            p.drawEllipse(at, r + 2.5, r + 2.5);
        }
        if (!empty && taken) {
            const QString name = displayName(m.id);
            const QPointF labelAt = at + QPointF(0, r + labelMetrics.height() * 0.7);
            const double w = labelMetrics.horizontalAdvance(name);
            const QRectF box(labelAt.x() - w / 2, labelAt.y() - labelMetrics.height() / 2, w, labelMetrics.height());
            if (std::none_of(taken->cbegin(), taken->cend(), [&box](const QRectF &r) { return r.intersects(box); })) {
                *taken << box;
                drawHaloText(p, labelAt, name, labelFont, m_colors.mapInk, m_colors.mapHalo);
            }
        }
    }
}

void MapWidget::paintAnnotations(QPainter &p, const QRectF &target, const QTransform &t) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(target);
    const QRectF visible = t.inverted().mapRect(target);
    const QFont labelFont = labelFontFor(font());
    const QFontMetricsF labelMetrics(labelFont);
    QList<QRectF> taken; // markers and labels already drawn: a label never covers another
    paintMarkers(p, target, t, false, &taken);

    // Labels for countries with data, where they fit.
    for (const WorldGeometry::Country &c : WorldGeometry::shared().countries()) {
        if (!c.bounds.intersects(visible) || !m_model || !m_directory || !m_directory->actor(c.id))
            continue;
        const QVariant v = m_model->value(c.id);
        if (!v.isValid() || v.toDouble() <= 0)
            continue;
        const QRectF screen = t.mapRect(c.bounds);
        const QString name = displayName(c.id);
        const double w = labelMetrics.horizontalAdvance(name);
        if (w > screen.width() * 0.8 || labelMetrics.height() > screen.height() * 0.8)
            continue;
        const QPointF at = t.map(c.anchor);
        const QRectF box(at.x() - w / 2, at.y() - labelMetrics.height() / 2, w, labelMetrics.height());
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        taken << box;
        drawHaloText(p, at, name, labelFont, m_colors.mapInk, m_colors.mapHalo);
    }

    if (!m_caption.isEmpty()) {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        const QFontMetricsF fm(big);
        drawHaloText(p, QPointF(target.left() + 16 + fm.horizontalAdvance(m_caption) / 2, target.top() + 12 + fm.height() / 2),
                     m_caption, big, m_colors.mapInk, m_colors.mapHalo);
    }
    MapStyle::LegendExtras extras;
    extras.euMembers = !m_euMembers.isEmpty();
    extras.highlightedName = m_highlighted.isEmpty() ? QString() : displayName(m_highlighted);
    extras.regions = m_model && !m_model->subnationalCounts().isEmpty();
    m_style.paintLegend(p, target, font(), m_language, extras, m_colors);
    p.restore();
}

} // namespace Atlas
