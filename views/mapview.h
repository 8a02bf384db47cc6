#pragma once

#include "slideexporter.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace Atlas {

class AtlasContext;
class CountryStatsModel;
class MapWidget;

// The Map page (UX.md "Map"): the world choropleth with its layer choice (all items, one of the
// report's four categories (첨부 2) or a figure group), a month slider with play, zoom and region
// presets, the organisations beside the map, and export to PNG/SVG/PDF through SlideExporter.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(AtlasContext *context, QWidget *parent = nullptr);

    MapWidget *mapWidget() const { return m_map; }
    CountryStatsModel *statsModel() const { return m_model; }

    // "" = all categories, else a category id; the four report maps.
    void setCategory(const QString &categoryId);
    QString category() const;
    // An empty group = item counts.
    void setFigureGroup(const QString &group);
    // The month the slider shows (day ignored); an invalid date = all dates.
    void setMonth(const QDate &month);
    QDate month() const;
    void setPlaying(bool playing);
    bool isPlaying() const;
    void highlightOrganisation(const QString &id);

    // What a storyboard slide keeps of this view (SlideState), and puts back exactly.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // The map as a slide: title, subtitle (layer, month, filters), legend and source line.
    Slide slide() const;
    bool exportTo(const QString &file, SlideExporter::Format format, qreal scale = 1.0, QString *error = nullptr) const;
    // Opens the export dialog for the map (File › Export… and the Export button).
    void showExportDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildMeasures();
    void updateTimeRange();
    void applyMonth();
    void stepPlay();
    QString monthLabel() const;

    AtlasContext *m_context;
    CountryStatsModel *m_model;
    MapWidget *m_map;
    QComboBox *m_measure;
    QButtonGroup *m_categories;
    QToolButton *m_categoryButtons[5] = {};
    QCheckBox *m_companies;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fitWorld;
    QComboBox *m_region;
    QToolButton *m_export;
    QLabel *m_organisationsLabel;
    QTreeView *m_organisations;
    QSortFilterProxyModel *m_organisationProxy;
    QLabel *m_organisationsHint;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_monthLabel;
    QCheckBox *m_cumulative;
    QTimer *m_playTimer;
    QDate m_firstMonth; // the slider's first month; its last position is "all dates"
};

} // namespace Atlas
