#pragma once

#include "viewid.h"

#include <QWidget>

class QLabel;

namespace Atlas {

// Stands in for a view that is not built yet, so every navigation entry leads somewhere honest.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    PlaceholderView(ViewId view, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ViewId m_view;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace Atlas
