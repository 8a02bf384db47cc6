#pragma once

#include <QJsonObject>
#include <QWidget>

class QSplitter;

namespace Atlas {

class AnnotationPanel;
class AtlasContext;
class ChartCatalogModel;
class ChartGallery;
class ChartPanel;

// The charts view (UX.md, Charts): the gallery of every series and figure group on the left, the
// chosen chart with its Chart, Table and Sources tabs on the right. It opens on the comparison of
// the worldwide market forecasts.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(AtlasContext *context, QWidget *parent = nullptr);

    // A catalog id: a series id, a figure group, or ChartCatalogModel::comparisonId().
    bool showChart(const QString &id);
    QString currentChart() const;
    ChartPanel *panel() const { return m_panel; }
    ChartGallery *gallery() const { return m_gallery; }
    ChartCatalogModel *catalog() const { return m_catalog; }

    // What a storyboard slide keeps of this view (SlideState), and puts back exactly.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);
    AnnotationPanel *annotationPanel() const { return m_annotation; }

private:
    void open(const QString &id);

    AtlasContext *m_context;
    ChartCatalogModel *m_catalog;
    ChartGallery *m_gallery;
    ChartPanel *m_panel;
    AnnotationPanel *m_annotation; // the user's star and note on the shown chart
    QSplitter *m_splitter;
};

} // namespace Atlas
