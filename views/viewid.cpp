#include "viewid.h"

#include <QCoreApplication>

namespace Atlas {

namespace {
struct ViewInfo
{
    const char16_t *key;
    const char *title;
};
const ViewInfo kViews[ViewCount] = {
    { u"map", QT_TRANSLATE_NOOP("Atlas::View", "Map") },
    { u"timeline", QT_TRANSLATE_NOOP("Atlas::View", "Timeline") },
    { u"charts", QT_TRANSLATE_NOOP("Atlas::View", "Charts") },
    { u"browse", QT_TRANSLATE_NOOP("Atlas::View", "Browse") },
    { u"countries", QT_TRANSLATE_NOOP("Atlas::View", "Countries") },
};
} // namespace

QString viewKey(ViewId id)
{
    return QString::fromUtf16(kViews[int(id)].key);
}

bool viewFromKey(const QString &key, ViewId *out)
{
    for (int i = 0; i < ViewCount; ++i) {
        if (key == QString::fromUtf16(kViews[i].key)) {
            *out = ViewId(i);
            return true;
        }
    }
    return false;
}

QString viewTitle(ViewId id)
{
    return QCoreApplication::translate("Atlas::View", kViews[int(id)].title);
}

} // namespace Atlas
