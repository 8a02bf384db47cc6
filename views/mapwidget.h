#pragma once

#include "language.h"
#include "maplayercache.h"
#include "mapstyle.h"

#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QRectF>
#include <QWidget>

class QVariantAnimation;

namespace Atlas {

class ActorDirectory;
class CountryStatsModel;

// The world choropleth: countries shaded from a CountryStatsModel, drawn as vectors (crisp at any
// DPI and in SVG), with the EU's members outlined together, an organisation's members highlighted,
// markers for small countries and sub-national regions, a classed legend, hover tooltips, click,
// wheel/drag/keyboard zoom and pan. It reads the model; it never queries anything itself.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Region { World, Europe, EastAsia, NorthAmerica };

    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    void setModel(CountryStatsModel *model);
    void setDirectory(const ActorDirectory *directory);
    void setLanguage(Language language);
    Language language() const { return m_language; }

    // The organisation or union whose members are highlighted; empty for none.
    void setHighlightedActor(const QString &id);
    QString highlightedActor() const { return m_highlighted; }
    void setSelectedCountry(const QString &id);
    // Big text in the top-left corner, e.g. the time slider's month while it plays.
    void setCaption(const QString &caption);

    void fitWorld(bool animate = true);
    void focusRegion(Region region, bool animate = true);
    static QRectF regionRect(Region region); // in map units
    void zoomBy(double factor, const QPointF &widgetAnchor);
    void zoomIn();
    void zoomOut();
    QRectF visibleMapRect() const { return m_mapRect; }
    void setVisibleMapRect(const QRectF &rect, bool animate = false);
    double zoomFactor() const; // 1 = the whole world

    QPointF mapToWidget(const QPointF &mapPoint) const;
    QPointF widgetToMap(const QPointF &widgetPoint) const;
    // The marker (small country, region) or country under a widget point, or empty.
    QString actorAt(const QPointF &widgetPoint) const;
    QString hoveredActor() const { return m_hovered; }
    // The name in the UI language: the dataset's name if the actor exists, else the map's.
    QString displayName(const QString &id) const;
    // Rich text for the tooltip: name, count (or figure), EU membership, regions, top items.
    QString hoverText(const QString &id) const;
    QString legendTitle() const;

    // Paints the current view fitted into `target` with its legend: the map export's body.
    void paintInto(QPainter &painter, const QRectF &target) const;

    // Drops the cached layers, so the next paint renders them again. The widget calls it itself
    // when the counts, the layer, the month, the language, the palette or the font change (a new
    // view transform or size is detected on paint); a theme change calls it too.
    void invalidateCache();
    // How often the cached layers were rendered (tests: a repaint without changes is a blit).
    int cacheRenderCount() const { return m_cache.renderCount(); }
    // How often the parts that do not follow the data (ocean, hatching, borders) were rendered.
    int cachePartRenderCount() const { return m_cache.partRenderCount(); }

signals:
    void actorClicked(const QString &id);
    void hoveredChanged(const QString &id);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Marker
    {
        QString id;
        QPointF mapPoint;
        bool region = false; // a sub-national actor, not a country
    };

    QTransform transformFor(const QRectF &target, const QRectF &mapRect) const;
    QList<Marker> markers(double scale) const;
    // The map in layers (mapwidgetpaint.cpp). On screen the base and the annotations come from
    // the cache; an export paints all of them as vectors.
    void paintMap(QPainter &painter, const QRectF &target, const QRectF &mapRect, bool exporting) const;
    // With a cache, the parts that do not follow the data come from it (drawn for `key`).
    void paintBase(QPainter &painter, const QRectF &target, const QTransform &t, bool exporting, MapLayerCache *cache,
                   const MapLayerCache::Key &key) const;
    void fillCountry(QPainter &painter, const QPainterPath &path, const QString &id) const;
    void paintOutlines(QPainter &painter, const QTransform &t) const;
    void paintMarkers(QPainter &painter, const QRectF &target, const QTransform &t, bool hotOnly,
                      QList<QRectF> *taken) const;
    void paintAnnotations(QPainter &painter, const QRectF &target, const QTransform &t) const;
    void renderCache(const MapLayerCache::Key &key);
    // A country's outline in widget coordinates for the current view (hover and selection).
    const QPainterPath &projectedPath(const QString &id, const QTransform &t) const;
    QRectF clampRect(QRectF rect) const;
    void setHovered(const QString &id, const QPoint &globalPos);

    QPointer<CountryStatsModel> m_model;
    const ActorDirectory *m_directory = nullptr;
    Language m_language = Language::English;
    QString m_highlighted;
    QString m_selected;
    QString m_hovered;
    QString m_caption;
    QStringList m_euMembers;
    MapStyle m_style;
    MapLayerCache m_cache;
    mutable QHash<QString, QPainterPath> m_projected; // for m_projectedFor
    mutable QTransform m_projectedFor;
    // The theme's colours for the paint in progress: the screen's, or the print colours in an export.
    mutable ThemeColors m_colors;
    QRectF m_mapRect;
    QVariantAnimation *m_animation;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
};

} // namespace Atlas
