#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Atlas {

class AtlasContext;
class TimelineLaneModel;
class TimelineLegend;
class TimelineWidget;
struct Slide;

// The timeline view (UX.md): every dated item on one zoomable axis, in lanes by actor or by
// category, with presets, lane management and export to a slide.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(AtlasContext *context, QWidget *parent = nullptr);

    TimelineWidget *canvas() const { return m_canvas; }
    TimelineLaneModel *laneModel() const { return m_lanes; }
    // The current range as a slide: title, subtitle (lanes and filters) and source line.
    Slide slide() const;
    bool exportTo(const QString &file, qreal pngScale = 2.0, QString *error = nullptr) const;

    // What a storyboard slide keeps of this view (SlideState), and puts back exactly.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

public slots:
    void showPreset2023();
    void showPresetSince2016();
    void showEverything();
    // The export dialog for the current range (File › Export… and the Export button).
    void showExportDialog();
    void manageLanes();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRangeLabel();
    void setMode(bool byCategory);
    void saveSettings() const;
    void restoreSettings();
    QString filterSummary() const;

    AtlasContext *m_context;
    TimelineLaneModel *m_lanes;
    TimelineWidget *m_canvas;
    TimelineLegend *m_legend;
    QToolButton *m_byActor;
    QToolButton *m_byCategory;
    QToolButton *m_preset2023;
    QToolButton *m_presetSince2016;
    QToolButton *m_presetAll;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_lanesButton;
    QToolButton *m_exportButton;
    QLabel *m_rangeLabel;
    bool m_restoring = false;
};

} // namespace Atlas
