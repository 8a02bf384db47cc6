#pragma once

#include <QString>

namespace Atlas {

enum class ViewId { Map, Timeline, Charts, Browse, Countries };
constexpr int ViewCount = 5;

// Command-line / settings names: "map", "timeline", "charts", "browse", "countries".
QString viewKey(ViewId id);
bool viewFromKey(const QString &key, ViewId *out);
QString viewTitle(ViewId id); // translated

} // namespace Atlas
