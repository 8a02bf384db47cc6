#include "mapview.h"

#include "atlascontext.h"
#include "placeholderview.h"

#include <QVBoxLayout>

namespace Atlas {

MapView::MapView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderView(ViewId::Map, this));
}

} // namespace Atlas
