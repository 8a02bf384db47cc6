#pragma once

#include <QWidget>

namespace Atlas {

class AtlasContext;

// The map view (see UX.md).
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(AtlasContext *context, QWidget *parent = nullptr);

private:
    AtlasContext *m_context;
};

} // namespace Atlas
