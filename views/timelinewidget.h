#pragma once

#include "timelinepainter.h"
#include "timelinerepository.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPixmap>
#include <QSet>

namespace Atlas {

class AtlasContext;
class TimelineLaneModel;

// The timeline canvas: lane labels on the left, the time axis on top, marks in the lanes. It
// asks the repository only for the visible time range and the visible lanes (with a margin
// around them for panning), and lays out only what is visible.
//
// Mouse: wheel or pinch zooms at the pointer, drag pans, a click on a mark opens it, a click on a
// badge zooms into it. Keyboard: ←/→ step between items of a lane, ↑/↓ between lanes, Enter opens,
// +/− zoom, Shift+←/→ pan, Home/End jump to the lane's first/last item.
class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    TimelineWidget(AtlasContext *context, TimelineLaneModel *lanes, QWidget *parent = nullptr);

    void setMode(TimelineLaneMode mode);
    TimelineLaneMode mode() const { return m_mode; }

    // The visible range, by whole days.
    void setRange(const QDate &from, const QDate &toInclusive);
    QDate rangeFrom() const;
    QDate rangeTo() const;
    void showEverything();
    void zoomBy(double factor); // > 1 zooms in, around the middle

    QStringList collapsedGroups() const;
    void setCollapsedGroups(const QStringList &groups);
    void setGroupCollapsed(const QString &group, bool collapsed);

    // Reloads the lanes (after a filter or mode change).
    void reloadLanes();

    // Paints the current range into `area` (an export). Lanes start where the view is scrolled;
    // as many as fit are drawn.
    void paintExport(QPainter &painter, const QRectF &area);

    // For tests and the keyboard: where an item's mark is drawn (viewport coordinates), or an
    // invalid rect when it is not visible on its own.
    QRectF itemRect(const QString &id);
    QString currentItem() const { return m_currentId; }
    int visibleMarkCount();
    int visibleItemCount(); // items under the visible marks, badges counted in full
    const QList<TimelineRow> &rows() const { return m_rows; }

signals:
    void rangeChanged();
    void collapsedGroupsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Fetch
    {
        QString key; // mode, filter and lanes the entries were fetched for
        double from = 0, to = 0; // days covered
        double span = 0; // days visible when fetched
        bool dense = false;
        TimelineRepository::Granularity granularity = TimelineRepository::Granularity::Month;
        QList<TimelineEntry> entries; // lane = index into m_rows at fetch time
        QStringList laneKeys; // row index → lane key at fetch time
    };

    void rebuildRows();
    int subRows() const { return m_mode == TimelineLaneMode::Categories ? TimelineMetrics::CategoryRows : TimelineMetrics::ActorRows; }
    void updateGeometry();
    double labelWidth() const;
    double axisHeight() const;
    QRectF plotRect() const;
    void ensureLayout();
    void invalidateData();
    void invalidateLayout() { m_layoutValid = false; }
    TimelineRepository::Query queryFor(const QList<int> &rowIndexes, double fromDay, double toDay) const;
    QList<TimelineEntry> fetchFor(const QList<int> &rowIndexes, double fromDay, double toDay, double pixelsPerDay,
                                  Fetch *fetch) const;
    TimelineFrame frame() const;
    int markAt(const QPointF &pos);
    int rowAt(double y) const;
    void activateMark(int index, const QPoint &globalPos);
    void zoomToMark(int index);
    void zoomAt(double factor, double plotX);
    void panBy(double dx);
    void stepItem(int direction);
    void stepLane(int direction);
    void jumpToEnd(bool last);
    void setCurrentMark(int index, bool select);
    void ensureMarkVisible(int index);
    void showLaneMenu(int row, const QPoint &globalPos);
    void showTooltip(const QPoint &pos, const QPoint &globalPos);
    QString markTooltip(int index) const;
    QString entryDate(const TimelineEntry &entry) const;
    int currentMarkIndex();

    // Whether a painted frame still shows `f`: the lists compare by identity (they are shared
    // copies, so any change to them detached a new list).
    bool paintedFrameHolds(const TimelineFrame &f) const;

    AtlasContext *m_context;
    TimelineLaneModel *m_lanes;
    // The last painted frame: a repaint with nothing changed is a blit.
    QPixmap m_painted;
    TimelineFrame m_paintedFrame;
    qint64 m_paintedPalette = 0;
    TimelineRepository m_repository;
    TimelineLaneMode m_mode = TimelineLaneMode::Actors;
    TimelineScale m_scale;
    QSet<QString> m_collapsed;
    QList<TimelineRow> m_rows;
    double m_contentHeight = 0;

    Fetch m_fetch;
    bool m_layoutValid = false;
    TimelineScale m_layoutScale;
    double m_layoutScroll = -1;
    QList<TimelineEntry> m_entries; // in current row indexes
    QList<TimelineMark> m_marks;

    QString m_selectedId;
    QString m_currentId; // the keyboard's item (or the first item of its badge)
    QString m_currentLane; // its row key
    int m_hoverMark = -1;

    // Mouse state.
    QPoint m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_pressInLabels = false;
    int m_dragLaneRow = -1;
    int m_dropRow = -1;
};

} // namespace Atlas
