#pragma once

#include <QWidget>

class QSplitter;

namespace Atlas {

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

private:
    void open(const QString &id);

    AtlasContext *m_context;
    ChartCatalogModel *m_catalog;
    ChartGallery *m_gallery;
    ChartPanel *m_panel;
    QSplitter *m_splitter;
};

} // namespace Atlas
