#pragma once

#include "language.h"
#include "seriesrepository.h"
#include "exportdialog.h"
#include "slideexporter.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Atlas {

class AtlasContext;
class FigureGroupModel;
class SeriesModel;

// One chart with the tabs Chart, Table and Sources, as in Grapher, plus its toolbar: log scale,
// the spread band, the sort order of bars, the publishers of a comparison, and the exports.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Chart, Table, Sources };

    explicit ChartPanel(AtlasContext *context, QWidget *parent = nullptr);

    // Lines for forecasts (several series overlay), bars for the rest.
    // Several series make a comparison (ChartCatalogModel::comparisonTitle()).
    void showSeries(const QString &id, const QList<SeriesRecord> &series);
    void showFigureGroup(const QString &id, const QList<FigureRecord> &figures);
    QString currentId() const { return m_id; }
    QString title() const;
    bool isLines() const { return m_mode == Mode::Lines; }

    void setLogScale(bool on);
    bool logScale() const;
    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    // The publishers unchecked in a comparison (storyboard state); one stays shown at least.
    QStringList hiddenSeries() const { return m_hidden; }
    void setHiddenSeries(const QStringList &ids);

    SeriesModel *seriesModel() const { return m_seriesModel; }
    FigureGroupModel *figureModel() const { return m_figureModel; }
    QAbstractItemModel *tableModel() const;
    QChart *chart() const;

    // What an export shows: title, unit line, source line, and the chart drawn afresh at slide size.
    Slide slide() const;
    bool exportSlide(const QString &file, SlideExporter::Format format, qreal scale, QString *error = nullptr) const;
    bool exportCsv(const QString &file, QString *error = nullptr) const;
    // The slide, the table and its sources, for the export dialog.
    ExportContent exportContent() const;
    // Opens the export dialog (the Export button, File › Export…); from the Table tab, XLSX is preset.
    void showExportDialog(std::optional<ExportDialog::Format> format = {});

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Mode { None, Lines, SeriesBars, FigureBars };

    void retranslateUi();
    void applyLanguage();
    void rebuildChart();
    void rebuildPublishers();
    void updateHeader();
    void updateSources();
    void applySort();
    void buildInto(QChart *chart, qreal fontScale, bool tooltips, qreal widthHint) const;
    QString unitLine() const;

    AtlasContext *m_context;
    Mode m_mode = Mode::None;
    QString m_id;
    bool m_comparison = false;
    QList<SeriesRecord> m_allSeries; // all of a comparison; the model holds the checked ones
    QStringList m_hidden; // series ids unchecked in a comparison

    SeriesModel *m_seriesModel;
    FigureGroupModel *m_figureModel;
    QSortFilterProxyModel *m_figureSorted;

    QLabel *m_title;
    QLabel *m_subtitle;
    QCheckBox *m_logScale;
    QCheckBox *m_band;
    QLabel *m_sortLabel;
    QComboBox *m_sort;
    QToolButton *m_export;
    QWidget *m_publishers;
    QGridLayout *m_publishersLayout;
    QTabWidget *m_tabs;
    QChartView *m_chartView;
    QLabel *m_legendNote;
    QTableView *m_table;
    QTextBrowser *m_sources;
    QTimer *m_resizeTimer;
    int m_builtWidth = 0;
};

} // namespace Atlas
