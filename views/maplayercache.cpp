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

const QPixmap &MapLayerCache::part(Part which, const Key &key, const QString &tag,
                                   const std::function<void(QPixmap &)> &draw)
{
    CachedPart &cached = m_parts.at(size_t(which));
    if (cached.pixmap.isNull() || cached.key != key || cached.tag != tag) {
        cached.key = key;
        cached.tag = tag;
        cached.pixmap = makeLayer(key);
        draw(cached.pixmap);
        ++m_partRenders;
    }
    return cached.pixmap;
}

} // namespace Atlas
