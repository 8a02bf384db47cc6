#pragma once

#include <QWidget>

namespace Atlas {

// The timeline's key under the lanes: category colours, and what a dot, a bar and a badge mean.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace Atlas
