#include "maplayercache.h"

namespace Atlas {

QPixmap MapLayerCache::makeLayer(const Key &key)
{
    QPixmap pixmap(key.size * key.dpr);
    pixmap.setDevicePixelRatio(key.dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

void MapLayerCache::reset(const Key &key)
{
    m_key = key;
    m_base = makeLayer(key);
    m_annotations = makeLayer(key);
    m_valid = true;
    ++m_renders;
}

} // namespace Atlas
