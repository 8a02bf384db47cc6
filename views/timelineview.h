#pragma once

#include <QWidget>

namespace Atlas {

class AtlasContext;

// The timeline view (see UX.md).
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(AtlasContext *context, QWidget *parent = nullptr);

private:
    AtlasContext *m_context;
};

} // namespace Atlas
