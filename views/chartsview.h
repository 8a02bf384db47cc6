#pragma once

#include <QWidget>

namespace Atlas {

class AtlasContext;

// The charts view (see UX.md).
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(AtlasContext *context, QWidget *parent = nullptr);

private:
    AtlasContext *m_context;
};

} // namespace Atlas
