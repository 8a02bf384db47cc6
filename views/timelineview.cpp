#include "timelineview.h"

#include "atlascontext.h"
#include "placeholderview.h"

#include <QVBoxLayout>

namespace Atlas {

TimelineView::TimelineView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderView(ViewId::Timeline, this));
}

} // namespace Atlas
