#pragma once

#include <QPixmap>
#include <QRectF>
#include <QSize>
#include <QString>

#include <array>
#include <functional>

namespace Atlas {

// The map's two cached raster layers, so a repaint is two blits plus the hover outline: the base
// (ocean, graticule, country fills, member outlines, borders) and the annotations above it
// (markers, labels, caption, legend; transparent). Both are rendered at the widget's device pixel
// ratio for the view they were made for, and are dropped when that view, the data or the look
// changes. Exports never use them: they paint vectors.
//
// The parts of the base that do not follow the data (the ocean and graticule under the fills,
// the hatching of countries without data, the borders over them) are kept as parts of their own,
// so new counts or a new month repaint only the fills: each part holds while the view and its tag
// (the colours it was drawn in, and for the hatching which countries have no data) stay the same.
class MapLayerCache
{
public:
    // What a layer was rendered for: the widget's size, its device pixel ratio and the visible map rect.
    struct Key
    {
        QSize size;
        qreal dpr = 1;
        QRectF mapRect;

        bool operator==(const Key &other) const
        {
            return size == other.size && qFuzzyCompare(dpr, other.dpr) && mapRect == other.mapRect;
        }
        bool operator!=(const Key &other) const { return !(*this == other); }
    };

    // Both layers hold for `key` and nothing was invalidated since.
    bool isValid(const Key &key) const { return m_valid && key == m_key && !m_base.isNull(); }
    void invalidate() { m_valid = false; }
    // Fresh, transparent pixmaps for `key`, to be painted into; the cache is valid afterwards.
    void reset(const Key &key);

    QPixmap &base() { return m_base; }

    enum class Part { Under, Hatch, Borders };
    // The part for `key` and `tag`, painted by `draw` into a fresh transparent pixmap first if it
    // was made for another view or tag.
    const QPixmap &part(Part which, const Key &key, const QString &tag, const std::function<void(QPixmap &)> &draw);
    // How often the parts were painted (tests: new counts do not repaint them).
    int partRenderCount() const { return m_partRenders; }
    QPixmap &annotations() { return m_annotations; }
    // How often the layers were rendered: tests and the benchmark check that a repaint is a blit.
    int renderCount() const { return m_renders; }

private:
    static QPixmap makeLayer(const Key &key);

    Key m_key;
    QPixmap m_base;
    QPixmap m_annotations;
    bool m_valid = false;
    int m_renders = 0;

    struct CachedPart
    {
        Key key;
        QString tag;
        QPixmap pixmap;
    };
    std::array<CachedPart, 3> m_parts;
    int m_partRenders = 0;
};

} // namespace Atlas
