#include "chartpanel.h"

#include "atlascontext.h"
#include "chartbuilder.h"
#include "chartcatalogmodel.h"
#include "chartsources.h"
#include "figuregroupmodel.h"
#include "formatter.h"
#include "modelcsv.h"
#include "seriesmodel.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atlas {

ChartPanel::ChartPanel(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_seriesModel(new SeriesModel(this))
    , m_figureModel(new FigureGroupModel(this))
    , m_figureSorted(new QSortFilterProxyModel(this))
{
    m_figureModel->setActors(context->actors());
    m_figureSorted->setSourceModel(m_figureModel);
    // EditRole is the raw number in the value column and the text elsewhere: one role sorts every column.
    m_figureSorted->setSortRole(Qt::EditRole);
    m_figureSorted->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_subtitle);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(10);
    m_logScale = new QCheckBox(this);
    m_band = new QCheckBox(this);
    m_band->setChecked(true);
    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sortLabel->setBuddy(m_sort);
    m_export = new QToolButton(this);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_export, &QToolButton::clicked, this, [this] { showExportDialog(); });
    tools->addWidget(m_logScale);
    tools->addWidget(m_band);
    tools->addWidget(m_sortLabel);
    tools->addWidget(m_sort);
    tools->addStretch(1);
    tools->addWidget(m_export);
    layout->addLayout(tools);

    m_publishers = new QWidget(this);
    m_publishersLayout = new QGridLayout(m_publishers);
    m_publishersLayout->setContentsMargins(0, 0, 0, 0);
    m_publishersLayout->setHorizontalSpacing(14);
    m_publishersLayout->setVerticalSpacing(2);
    // The boxes may be clipped in a very narrow window rather than widen the whole main window.
    m_publishers->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_publishers->setMinimumWidth(1);
    layout->addWidget(m_publishers);

    m_tabs = new QTabWidget(this);
    auto *chartPage = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    m_chartView = new QChartView(new QChart, chartPage);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    chartLayout->addWidget(m_chartView, 1);
    m_legendNote = new QLabel(chartPage);
    m_legendNote->setWordWrap(true);
    m_legendNote->setStyleSheet(QStringLiteral("color: #555; padding: 0 6px 4px 6px;"));
    chartLayout->addWidget(m_legendNote);
    m_table = new QTableView(m_tabs);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sources = new QTextBrowser(m_tabs);
    m_sources->setOpenLinks(false); // the app never touches the network; links are for reading and copying
    m_tabs->addTab(chartPage, QString());
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_sources, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_logScale, &QCheckBox::toggled, this, [this] {
        rebuildChart();
        updateHeader();
    });
    connect(m_band, &QCheckBox::toggled, this, [this] {
        rebuildChart();
        updateHeader();
    });
    connect(m_sort, &QComboBox::activated, this, [this] { applySort(); });
    connect(m_figureSorted, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_mode == Mode::FigureBars)
            rebuildChart();
    });
    connect(context, &AtlasContext::languageChanged, this, [this] { applyLanguage(); });
    connect(Theme::instance(), &Theme::themeChanged, this, &ChartPanel::rebuildChart); // on-screen colours
    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (qAbs(m_chartView->width() - m_builtWidth) > 40)
            rebuildChart();
    });

    m_seriesModel->setLanguage(context->language());
    m_figureModel->setLanguage(context->language());
    retranslateUi();
}

QAbstractItemModel *ChartPanel::tableModel() const
{
    return m_mode == Mode::FigureBars ? static_cast<QAbstractItemModel *>(m_figureSorted) : m_seriesModel;
}

QChart *ChartPanel::chart() const
{
    return m_chartView->chart();
}

QString ChartPanel::title() const
{
    const Language l = m_context->language();
    switch (m_mode) {
    case Mode::None:
        return {};
    case Mode::FigureBars:
        return m_figureModel->title(l);
    case Mode::Lines:
    case Mode::SeriesBars:
        break;
    }
    if (m_comparison)
        return ChartCatalogModel::comparisonTitle();
    return m_seriesModel->series().isEmpty() ? QString() : m_seriesModel->series().constFirst().title(l);
}

void ChartPanel::showSeries(const QString &id, const QList<SeriesRecord> &series)
{
    m_id = id;
    m_allSeries = series;
    m_hidden.clear();
    m_comparison = series.size() > 1;
    bool forecast = series.size() > 1;
    for (const SeriesRecord &s : series)
        forecast = forecast || s.isForecast();
    m_mode = forecast ? Mode::Lines : Mode::SeriesBars;
    m_seriesModel->setSeries(series);
    m_table->setSortingEnabled(false);
    m_table->setModel(m_seriesModel);
    for (int c = 0; c < SeriesModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, false); // the header keeps hidden sections across models
    m_table->setColumnHidden(SeriesModel::NumberColumn, true);
    m_table->setColumnHidden(SeriesModel::UnitColumn, true);
    m_table->resizeColumnsToContents();
    rebuildPublishers();
    rebuildChart();
    updateHeader();
    updateSources();
}

void ChartPanel::showFigureGroup(const QString &id, const QList<FigureRecord> &figures)
{
    m_id = id;
    m_allSeries.clear();
    m_comparison = false;
    m_mode = Mode::FigureBars;
    m_figureModel->setFigures(id, figures);
    m_table->setModel(m_figureSorted);
    for (int c = 0; c < FigureGroupModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, false); // the header keeps hidden sections across models
    m_table->setColumnHidden(FigureGroupModel::NumberColumn, true);
    m_table->setSortingEnabled(true);
    m_sort->setCurrentIndex(m_figureModel->isRanking() ? 1 : 0); // rankings: best first
    rebuildPublishers();
    retranslateUi(); // the sort entries depend on ranking or not
    applySort();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FigureGroupModel::MetricColumn, qMin(m_table->columnWidth(FigureGroupModel::MetricColumn), 360));
    rebuildChart();
    updateHeader();
    updateSources();
}

void ChartPanel::setLogScale(bool on)
{
    m_logScale->setChecked(on);
}

bool ChartPanel::logScale() const
{
    return m_logScale->isChecked();
}

void ChartPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

ChartPanel::Tab ChartPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ChartPanel::setHiddenSeries(const QStringList &ids)
{
    QStringList hidden;
    QList<SeriesRecord> shown;
    for (const SeriesRecord &s : std::as_const(m_allSeries)) {
        if (ids.contains(s.id))
            hidden << s.id;
        else
            shown << s;
    }
    if (shown.isEmpty() || hidden == m_hidden)
        return;
    m_hidden = hidden;
    m_seriesModel->setSeries(shown);
    rebuildPublishers();
    rebuildChart();
    updateHeader();
    updateSources();
}

void ChartPanel::applySort()
{
    if (m_mode != Mode::FigureBars)
        return;
    const bool ranking = m_figureModel->isRanking();
    switch (m_sort->currentIndex()) {
    case 1:
        m_table->sortByColumn(FigureGroupModel::ValueColumn, ranking ? Qt::AscendingOrder : Qt::DescendingOrder);
        break;
    case 2:
        m_table->sortByColumn(FigureGroupModel::ValueColumn, ranking ? Qt::DescendingOrder : Qt::AscendingOrder);
        break;
    default:
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_figureSorted->sort(-1);
        break;
    }
}

void ChartPanel::rebuildPublishers()
{
    while (QLayoutItem *item = m_publishersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_publishers->setVisible(m_allSeries.size() > 1);
    if (m_allSeries.size() <= 1)
        return;
    constexpr int PerRow = 3; // a grid, not a row: the view must fit a 1024-pixel window
    for (int i = 0; i < m_allSeries.size(); ++i) {
        const SeriesRecord &s = m_allSeries.at(i);
        auto *box = new QCheckBox(s.publisher, m_publishers);
        box->setChecked(!m_hidden.contains(s.id));
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; font-weight: bold; }").arg(ChartBuilder::lineColor(i).name()));
        const QString id = s.id;
        connect(box, &QCheckBox::toggled, this, [this, id, box](bool on) {
            if (on)
                m_hidden.removeAll(id);
            else if (m_hidden.size() + 1 < m_allSeries.size())
                m_hidden << id;
            else
                return box->setChecked(true); // keep one publisher at least
            QList<SeriesRecord> shown;
            for (const SeriesRecord &s : std::as_const(m_allSeries)) {
                if (!m_hidden.contains(s.id))
                    shown << s;
            }
            m_seriesModel->setSeries(shown);
            rebuildChart();
            updateHeader();
            updateSources();
        });
        box->setToolTip(tr("Show or hide this publisher's forecast: %1").arg(s.title(m_context->language())));
        m_publishersLayout->addWidget(box, i / PerRow, i % PerRow);
    }
    m_publishersLayout->setColumnStretch(PerRow, 1);
}

void ChartPanel::buildInto(QChart *chart, qreal fontScale, bool tooltips, qreal widthHint) const
{
    ChartOptions o;
    o.language = m_context->language();
    o.logScale = m_logScale->isChecked();
    o.band = m_band->isChecked();
    o.tooltips = tooltips;
    o.fontScale = fontScale;
    o.widthHint = widthHint;
    o.legend = !tooltips; // exports carry a legend; on screen the publisher boxes above the chart name the lines
    switch (m_mode) {
    case Mode::Lines:
        ChartBuilder::buildLines(chart, m_seriesModel, o);
        break;
    case Mode::SeriesBars:
        ChartBuilder::buildSeriesBars(chart, m_seriesModel, o);
        break;
    case Mode::FigureBars:
        ChartBuilder::buildFigureBars(chart, m_figureSorted, m_figureModel, o);
        break;
    case Mode::None:
        break;
    }
}

void ChartPanel::rebuildChart()
{
    auto *chart = new QChart;
    buildInto(chart, 1.0, true, m_chartView->isVisible() ? m_chartView->width() : 0);
    m_builtWidth = m_chartView->width();
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;

    QStringList notes;
    if (m_mode == Mode::Lines) {
        bool derived = false;
        for (int r = 0; r < m_seriesModel->rowCount() && !derived; ++r)
            derived = m_seriesModel->index(r, 0).data(SeriesModel::DerivedRole).toBool();
        if (derived)
            notes << tr("Hollow points and dashed lines are derived (computed, not stated in the report); hover a point to see how.");
    }
    if (m_mode == Mode::FigureBars) {
        const int other = m_figureModel->rowCount() - m_figureModel->chartedCount();
        if (other > 0)
            notes << tr("%n figure(s) in another unit are shown in the Table only.", nullptr, other);
        if (m_figureModel->isRanking())
            notes << tr("A shorter bar is a better rank. Korea is highlighted.");
    }
    m_legendNote->setText(notes.join(u' '));
    m_legendNote->setVisible(!notes.isEmpty());
}

QString ChartPanel::unitLine() const
{
    const Language l = m_context->language();
    QString unit;
    if (m_mode == Mode::FigureBars)
        unit = Formatter::unitLabel(m_figureModel->mainUnit(), m_figureModel->mainCurrency(), l);
    else
        unit = Formatter::unitLabel(m_seriesModel->unit(), m_seriesModel->currency(), l);
    QStringList parts;
    if (!unit.isEmpty())
        parts << tr("Unit: %1").arg(unit);
    if (m_mode == Mode::Lines && m_seriesModel->series().size() == 1) {
        const SeriesRecord &s = m_seriesModel->series().constFirst();
        if (s.cagr.isValid())
            parts << tr("CAGR %1 (%2–%3)").arg(Formatter::growthRate(s.cagr.value, l), s.cagr.from, s.cagr.to);
    }
    if (m_mode == Mode::Lines && m_seriesModel->series().size() > 1 && m_band->isChecked())
        parts << tr("grey band: spread between publishers");
    if (m_mode == Mode::Lines && m_logScale->isChecked())
        parts << tr("log scale");
    if (m_mode == Mode::FigureBars && m_figureModel->isRanking())
        parts << tr("lower is better");
    return parts.join(QStringLiteral(" · "));
}

void ChartPanel::updateHeader()
{
    m_title->setText(title());
    QStringList parts;
    if (m_mode == Mode::Lines || m_mode == Mode::SeriesBars) {
        if (m_seriesModel->series().size() == 1) {
            const SeriesRecord &s = m_seriesModel->series().constFirst();
            parts << (s.published.isEmpty() ? s.publisher
                                            : tr("%1, published %2").arg(s.publisher, Formatter::period(s.published, m_context->language())));
        }
    }
    const QString unit = unitLine();
    if (!unit.isEmpty())
        parts << unit;
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_logScale->setVisible(m_mode == Mode::Lines);
    m_band->setVisible(m_mode == Mode::Lines && m_seriesModel->series().size() > 1);
    m_sort->setVisible(m_mode == Mode::FigureBars);
    m_sortLabel->setVisible(m_mode == Mode::FigureBars);
}

void ChartPanel::updateSources()
{
    const Language l = m_context->language();
    const DatasetInfo info = m_context->database() ? m_context->database()->info() : DatasetInfo();
    if (m_mode == Mode::FigureBars)
        m_sources->setHtml(ChartSources::figuresHtml(m_figureModel->figures(), m_context->actors(), info, l));
    else
        m_sources->setHtml(ChartSources::seriesHtml(m_seriesModel->series(), info, l));
}

Slide ChartPanel::slide() const
{
    const Language l = m_context->language();
    const DatasetInfo info = m_context->database() ? m_context->database()->info() : DatasetInfo();
    QStringList publishers;
    QList<int> lines;
    if (m_mode == Mode::FigureBars) {
        for (const FigureRecord &f : m_figureModel->figures()) {
            for (const SourceRef &s : f.sources) {
                if (!publishers.contains(s.citation))
                    publishers << s.citation;
            }
            lines << f.report.line;
        }
        if (publishers.size() > 2)
            publishers = publishers.mid(0, 2) << QStringLiteral("…");
    } else {
        for (const SeriesRecord &s : m_seriesModel->series()) {
            publishers << (s.published.isEmpty() ? s.publisher : QStringLiteral("%1 (%2)").arg(s.publisher, Formatter::period(s.published, l)));
            lines << s.report.line;
        }
    }
    Slide slide;
    slide.spec.title = title();
    slide.spec.subtitle = unitLine();
    slide.spec.sourceLine = ChartSources::sourceLine(publishers, lines, info, l);
    // The chart is drawn afresh at the size of the slide's body, with larger type, so a slide
    // never looks like an enlarged screenshot. The body is painted while the slide is saved.
    const ChartPanel *self = this;
    slide.body = [self](QPainter &painter, const QRectF &area) {
        QGraphicsScene scene;
        auto *chart = new QChart; // owned by the scene
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
        self->buildInto(chart, 1.5, false, area.width());
        if (chart->layout())
            chart->layout()->activate();
        scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
        scene.render(&painter, area, scene.sceneRect());
    };
    return slide;
}

bool ChartPanel::exportSlide(const QString &file, SlideExporter::Format format, qreal scale, QString *error) const
{
    return SlideExporter::save(file, format, slide(), scale, error);
}

bool ChartPanel::exportCsv(const QString &file, QString *error) const
{
    QSaveFile out(file);
    QAbstractItemModel *model = m_mode == Mode::FigureBars ? static_cast<QAbstractItemModel *>(m_figureSorted) : m_seriesModel;
    if (!out.open(QIODevice::WriteOnly) || !ModelCsv::write(model, &out) || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

ExportContent ChartPanel::exportContent() const
{
    ExportContent content;
    content.fileName = QString(m_id).replace(u':', u'-');
    content.slide = slide();
    content.table = tableModel();
    const Language l = m_context->language();
    content.sources = m_mode == Mode::FigureBars ? XlsxExporter::figureSources(m_figureModel->figures(), l)
                                                 : XlsxExporter::seriesSources(m_seriesModel->series(), l);
    return content;
}

void ChartPanel::showExportDialog(std::optional<ExportDialog::Format> format)
{
    if (m_mode == Mode::None)
        return;
    // From the Table tab, the data is what the user most likely wants.
    if (!format && m_tabs->currentIndex() == int(Tab::Table))
        format = ExportDialog::Format::Xlsx;
    ExportDialog::run(exportContent(), this, format);
}

void ChartPanel::applyLanguage()
{
    const Language l = m_context->language();
    m_seriesModel->setLanguage(l);
    m_figureModel->setLanguage(l);
    rebuildPublishers();
    rebuildChart();
    updateHeader();
    updateSources();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Axis labels are thinned for the width: rebuild once the user stops resizing.
    if (m_mode == Mode::Lines)
        m_resizeTimer->start();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_logScale->setText(tr("&Log scale"));
    m_logScale->setToolTip(tr("Show growth rates as slopes: equal steps on the axis are equal ratios."));
    m_band->setText(tr("Show &spread"));
    m_band->setToolTip(tr("Shade the range between the lowest and the highest publisher."));
    m_sortLabel->setText(tr("S&ort:"));
    const int sort = m_sort->currentIndex();
    m_sort->clear();
    const bool ranking = m_figureModel->isRanking();
    m_sort->addItem(tr("Dataset order"));
    m_sort->addItem(ranking ? tr("Best rank first") : tr("Largest first"));
    m_sort->addItem(ranking ? tr("Worst rank first") : tr("Smallest first"));
    m_sort->setCurrentIndex(qMax(0, sort));
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Export the chart as a 16:9 slide with its title, unit and source, or its data as CSV or Excel; print it"));
    m_tabs->setTabText(int(Tab::Chart), tr("Chart"));
    m_tabs->setTabText(int(Tab::Table), tr("Table"));
    m_tabs->setTabText(int(Tab::Sources), tr("Sources"));
}

} // namespace Atlas
