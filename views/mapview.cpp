#include "mapview.h"

#include "atlascontext.h"
#include "category.h"
#include "countrystatsmodel.h"
#include "deferredrefresh.h"
#include "exportdialog.h"
#include "formatter.h"
#include "mapwidget.h"
#include "theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace Atlas {

namespace {
constexpr int kPlayIntervalMs = 900;

// Organisations and unions beside the map, the busiest first.
class OrganisationProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const QString kind = i.data(CountryStatsModel::KindRole).toString();
        return kind == u"organization" || kind == u"union";
    }
    bool filterAcceptsColumn(int column, const QModelIndex &) const override
    {
        return column == CountryStatsModel::NameColumn || column == CountryStatsModel::TotalColumn;
    }
};

// The category's colour in its shape (category.h): the cue does not rest on colour alone.
QIcon swatchIcon(Category category)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1));
    p.setBrush(categoryColor(category));
    p.drawPath(categoryMarker(category, QRectF(7, 7, 18, 18)));
    return QIcon(pixmap);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}
} // namespace

MapView::MapView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new CountryStatsModel(this);
    m_model->setDirectory(context->actors());
    m_model->setLanguage(context->language());
    m_model->setFilter(context->filter());
    m_model->setDatabase(context->database()->connection());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    // Layer: what the countries are shaded by.
    auto *top = new QHBoxLayout;
    m_measure = new QComboBox(this);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(10);
    top->addWidget(m_measure);
    m_categories = new QButtonGroup(this);
    m_categories->setExclusive(true);
    for (int i = 0; i < 5; ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (i > 0)
            b->setIcon(swatchIcon(Category(i - 1)));
        m_categories->addButton(b, i);
        m_categoryButtons[i] = b;
        top->addWidget(b);
    }
    m_categoryButtons[0]->setChecked(true);
    top->addStretch(1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_map = new MapWidget(splitter);
    m_map->setModel(m_model);
    m_map->setDirectory(context->actors());
    m_map->setLanguage(context->language());
    // Zoom buttons float over the map's top-right corner, as on every web map.
    auto *overlay = new QVBoxLayout(m_map);
    overlay->setContentsMargins(8, 8, 8, 8);
    overlay->setSpacing(2);
    auto *overlayTop = new QHBoxLayout;
    overlayTop->addStretch(1);
    m_region = new QComboBox(m_map);
    m_region->setCursor(Qt::ArrowCursor);
    overlayTop->addWidget(m_region);
    m_export = new QToolButton(m_map);
    m_export->setCursor(Qt::ArrowCursor);
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    overlayTop->addWidget(m_export);
    overlay->addLayout(overlayTop);
    overlay->addSpacing(4);
    const auto overlayButton = [this, overlay](const QString &text) {
        auto *b = new QToolButton(m_map);
        b->setText(text);
        b->setFixedSize(30, 30);
        b->setCursor(Qt::ArrowCursor);
        overlay->addWidget(b, 0, Qt::AlignRight);
        return b;
    };
    m_zoomIn = overlayButton(QStringLiteral("+"));
    m_zoomOut = overlayButton(QStringLiteral("−"));
    m_fitWorld = overlayButton(QStringLiteral("⌂"));
    overlay->addStretch(1);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_organisationsLabel = new QLabel(side);
    QFont bold = m_organisationsLabel->font();
    bold.setBold(true);
    m_organisationsLabel->setFont(bold);
    sideLayout->addWidget(m_organisationsLabel);
    m_organisationProxy = new OrganisationProxy(this);
    m_organisationProxy->setSourceModel(m_model);
    m_organisationProxy->setSortRole(Qt::DisplayRole);
    m_organisations = new QTreeView(side);
    m_organisations->setModel(m_organisationProxy);
    m_organisations->setRootIsDecorated(false);
    m_organisations->setUniformRowHeights(true);
    m_organisations->setSortingEnabled(true);
    m_organisations->sortByColumn(1, Qt::DescendingOrder);
    m_organisations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_organisations->header()->setStretchLastSection(false);
    m_organisations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_organisations->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    sideLayout->addWidget(m_organisations, 1);
    side->setMinimumWidth(200);
    m_organisationsHint = new QLabel(side);
    m_organisationsHint->setWordWrap(true);
    m_organisationsHint->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(m_organisationsHint);
    splitter->addWidget(m_map);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1000, 230 });
    layout->addWidget(splitter, 1);

    // Time: a month slider whose last stop is "all dates", with play.
    auto *bottom = new QHBoxLayout;
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAutoRaise(true);
    bottom->addWidget(m_play);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setPageStep(12);
    bottom->addWidget(m_slider, 1);
    m_monthLabel = new QLabel(this);
    bottom->addWidget(m_monthLabel);
    m_cumulative = new QCheckBox(this);
    m_cumulative->setChecked(true);
    bottom->addWidget(m_cumulative);
    m_companies = new QCheckBox(this);
    bottom->addWidget(m_companies);
    layout->addLayout(bottom);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(kPlayIntervalMs);

    connect(m_measure, &QComboBox::activated, this, [this](int index) {
        setFigureGroup(m_measure->itemData(index).toString());
    });
    connect(m_categories, &QButtonGroup::idClicked, this, [this](int id) {
        setCategory(id == 0 ? QString() : categoryId(Category(id - 1)));
    });
    connect(m_companies, &QCheckBox::toggled, m_model, &CountryStatsModel::setCompaniesAtHome);
    connect(m_zoomIn, &QToolButton::clicked, m_map, &MapWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_map, &MapWidget::zoomOut);
    connect(m_fitWorld, &QToolButton::clicked, m_map, [this] { m_map->fitWorld(); });
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_map->focusRegion(MapWidget::Region(m_region->itemData(index).toInt()));
        m_region->setCurrentIndex(0);
    });
    connect(m_export, &QToolButton::clicked, this, &MapView::showExportDialog);
    connect(m_organisations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_map->setHighlightedActor(current.isValid() ? current.data(CountryStatsModel::IdRole).toString() : QString());
            });
    connect(m_organisations, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(CountryStatsModel::IdRole).toString();
        m_context->selectActor(id);
        emit m_context->actorActivated(id);
    });
    connect(m_map, &MapWidget::actorClicked, this, [this](const QString &id) {
        if (!m_context->actors()->contains(id))
            return; // not in the dataset: nothing to show
        m_context->selectActor(id);
        emit m_context->actorActivated(id);
    });
    connect(m_slider, &QSlider::valueChanged, this, &MapView::applyMonth);
    connect(m_cumulative, &QCheckBox::toggled, this, &MapView::applyMonth);
    connect(m_play, &QToolButton::toggled, this, &MapView::setPlaying);
    connect(m_playTimer, &QTimer::timeout, this, &MapView::stepPlay);

    // Counting the map is a grouped query over every item: only while the map can be seen.
    auto *refresh = new DeferredRefresh(this, [this] {
        m_model->setFilter(m_context->filter());
        updateTimeRange();
    });
    connect(context, &AtlasContext::filterChanged, refresh, &DeferredRefresh::request);
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) {
        m_model->setLanguage(l);
        m_map->setLanguage(l);
        retranslateUi();
    });
    connect(context, &AtlasContext::actorSelected, m_map, &MapWidget::setSelectedCountry);
    // The map's colours come from MapStyle::colors(): repaint (and drop any cache) when the theme changes.
    connect(Theme::instance(), &Theme::themeChanged, m_map, &MapWidget::invalidateCache);

    updateTimeRange();
    retranslateUi();
}

void MapView::setCategory(const QString &id)
{
    Category c;
    const int button = categoryFromId(id, &c) ? int(c) + 1 : 0;
    m_categoryButtons[button]->setChecked(true);
    if (!id.isEmpty())
        setFigureGroup(QString()); // a category is an item layer
    m_model->setCategory(button == 0 ? QString() : id);
}

QString MapView::category() const
{
    return m_model->category();
}

void MapView::setFigureGroup(const QString &group)
{
    m_model->setMeasure(group.isEmpty() ? CountryStatsModel::Measure::Items : CountryStatsModel::Measure::Figure, group);
    const int index = m_measure->findData(group);
    m_measure->setCurrentIndex(qMax(0, index));
    // Figures have no date or category: the item controls step aside.
    const bool items = group.isEmpty();
    for (QToolButton *b : m_categoryButtons)
        b->setEnabled(items);
    m_companies->setEnabled(items);
    m_play->setEnabled(items);
    m_slider->setEnabled(items);
    m_cumulative->setEnabled(items);
    if (!items)
        setPlaying(false);
}

void MapView::updateTimeRange()
{
    const auto [first, last] = m_model->dateRange();
    QDate from = QDate::fromString(first, Qt::ISODate);
    QDate to = QDate::fromString(last, Qt::ISODate);
    const ItemFilter f = m_context->filter();
    if (!f.dateFrom.isEmpty())
        from = qMax(from, QDate::fromString(f.dateFrom, Qt::ISODate));
    if (!f.dateTo.isEmpty())
        to = qMin(to, QDate::fromString(f.dateTo, Qt::ISODate));
    if (!from.isValid() || !to.isValid() || to < from) {
        from = to = QDate::currentDate();
    }
    const QDate keep = month();
    m_firstMonth = QDate(from.year(), from.month(), 1);
    const int months = monthsBetween(m_firstMonth, to) + 1;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, months); // the last stop is "all dates"
    m_slider->setValue(keep.isValid() ? qBound(0, monthsBetween(m_firstMonth, keep), months) : months);
    applyMonth();
}

QDate MapView::month() const
{
    if (m_slider->value() >= m_slider->maximum())
        return {};
    return m_firstMonth.addMonths(m_slider->value());
}

void MapView::setMonth(const QDate &month)
{
    m_slider->setValue(month.isValid() ? monthsBetween(m_firstMonth, month) : m_slider->maximum());
}

QString MapView::monthLabel() const
{
    const QDate m = month();
    if (!m.isValid())
        return tr("All dates");
    const QString text = Formatter::date(m.toString(QStringLiteral("yyyy-MM")), m_context->language());
    return m_cumulative->isChecked() ? tr("Up to %1").arg(text) : text;
}

void MapView::applyMonth()
{
    const QDate m = month();
    if (m.isValid())
        m_model->setCutoff(QDate(m.year(), m.month(), m.daysInMonth()).toString(Qt::ISODate), m_cumulative->isChecked());
    else
        m_model->setCutoff(QString());
    m_monthLabel->setText(monthLabel());
    m_map->setCaption(m.isValid() ? monthLabel() : QString());
}

void MapView::setPlaying(bool playing)
{
    if (playing == m_playTimer->isActive())
        return;
    if (playing) {
        if (m_slider->value() >= m_slider->maximum() - 1) {
            // From "all dates", play the report's year (the dataset's publication year) if it is in range.
            const QDate published = QDate::fromString(m_context->database()->info().published.left(4) + QStringLiteral("-01-01"),
                                                      Qt::ISODate);
            const int start = published.isValid() ? monthsBetween(m_firstMonth, published) : 0;
            m_slider->setValue(start > 0 && start < m_slider->maximum() ? start : 0);
        }
        m_playTimer->start();
    } else {
        m_playTimer->stop();
    }
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play month by month"));
}

bool MapView::isPlaying() const
{
    return m_playTimer->isActive();
}

void MapView::stepPlay()
{
    if (m_slider->value() >= m_slider->maximum() - 1) {
        setPlaying(false);
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

void MapView::highlightOrganisation(const QString &id)
{
    const int row = m_model->rowOfId(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_organisationProxy->mapFromSource(m_model->index(row, 0));
    m_organisations->setCurrentIndex(index);
    m_map->setHighlightedActor(index.isValid() ? id : QString());
}

QJsonObject MapView::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("view"), QStringLiteral("map"));
    o.insert(QStringLiteral("category"), m_model->category());
    o.insert(QStringLiteral("figureGroup"), m_model->figureGroup());
    const QDate m = month();
    o.insert(QStringLiteral("month"), m.isValid() ? m.toString(QStringLiteral("yyyy-MM")) : QString());
    o.insert(QStringLiteral("cumulative"), m_cumulative->isChecked());
    o.insert(QStringLiteral("companies"), m_companies->isChecked());
    const QRectF r = m_map->visibleMapRect();
    const auto round = [](double v) { return std::round(v * 1e4) / 1e4; };
    o.insert(QStringLiteral("zoom"), QJsonArray { round(r.x()), round(r.y()), round(r.width()), round(r.height()) });
    o.insert(QStringLiteral("selected"), m_context->selectedActor());
    o.insert(QStringLiteral("organisation"), m_map->highlightedActor());
    return o;
}

void MapView::restoreState(const QJsonObject &o)
{
    setPlaying(false);
    setCategory(o.value(u"category").toString());
    setFigureGroup(o.value(u"figureGroup").toString());
    m_companies->setChecked(o.value(u"companies").toBool());
    m_cumulative->setChecked(o.value(u"cumulative").toBool(true));
    const QDate m = QDate::fromString(o.value(u"month").toString() + QStringLiteral("-01"), Qt::ISODate);
    setMonth(m);
    const QJsonArray zoom = o.value(u"zoom").toArray();
    if (zoom.size() == 4) {
        const QRectF r(zoom.at(0).toDouble(), zoom.at(1).toDouble(), zoom.at(2).toDouble(), zoom.at(3).toDouble());
        if (r.isValid())
            m_map->setVisibleMapRect(r, false);
    }
    const QString selected = o.value(u"selected").toString();
    if (selected != m_context->selectedActor())
        m_context->selectActor(selected);
    highlightOrganisation(o.value(u"organisation").toString());
}

void MapView::rebuildMeasures()
{
    const QString current = m_model->figureGroup();
    m_measure->clear();
    m_measure->addItem(tr("Number of items"), QString());
    const Language l = m_context->language();
    const auto groups = m_model->figureGroups();
    if (!groups.isEmpty())
        m_measure->insertSeparator(1);
    for (const auto &g : groups)
        m_measure->addItem(tr("%1 (%2)").arg(pickText(l, g.metricKo, g.metricEn), g.period), g.id);
    m_measure->setCurrentIndex(qMax(0, m_measure->findData(current)));
}

Slide MapView::slide() const
{
    Slide s;
    const Language l = m_context->language();
    const DatasetInfo info = m_context->database()->info();
    s.spec.title = tr("AI policy world map: %1").arg(m_map->legendTitle());
    QStringList sub;
    if (m_model->measure() == CountryStatsModel::Measure::Items) {
        sub << tr("Countries shaded by the number of items; a region's items count towards its country");
        if (month().isValid())
            sub << monthLabel();
        if (!m_context->filter().isEmpty())
            sub << tr("filtered");
    }
    s.spec.subtitle = sub.join(QStringLiteral(" · "));
    s.spec.sourceLine = tr("Source: %1, %2 (dataset %3). Map: Natural Earth; Equal Earth projection.")
                            .arg(pickText(l, info.publisherKo, info.publisherEn), pickText(l, info.titleKo, info.titleEn),
                                 info.version);
    QPointer<MapWidget> map = m_map;
    s.body = [map](QPainter &painter, const QRectF &area) {
        if (map)
            map->paintInto(painter, area);
    };
    return s;
}

bool MapView::exportTo(const QString &file, SlideExporter::Format format, qreal scale, QString *error) const
{
    return SlideExporter::save(file, format, slide(), scale, error);
}

void MapView::showExportDialog()
{
    ExportContent content;
    content.fileName = QStringLiteral("map");
    content.slide = slide();
    ExportDialog::run(std::move(content), this);
}

void MapView::retranslateUi()
{
    m_categoryButtons[0]->setText(tr("All"));
    m_categoryButtons[0]->setToolTip(tr("All categories"));
    for (int i = 0; i < CategoryCount; ++i)
        m_categoryButtons[i + 1]->setText(categoryName(Category(i)));
    m_measure->setToolTip(tr("What the countries are shaded by"));
    m_measure->setAccessibleName(tr("Map layer"));
    rebuildMeasures();
    m_companies->setText(tr("Companies at home"));
    m_companies->setToolTip(tr("Also count the items of companies and institutes towards their home country"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_fitWorld->setToolTip(tr("Show the whole world (0)"));
    m_fitWorld->setAccessibleName(tr("Fit world"));
    m_region->clear();
    m_region->addItem(tr("Focus region…"), -1);
    m_region->addItem(tr("Europe"), int(MapWidget::Region::Europe));
    m_region->addItem(tr("East Asia"), int(MapWidget::Region::EastAsia));
    m_region->addItem(tr("North America"), int(MapWidget::Region::NorthAmerica));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the map as PNG, SVG or PDF, copy it or print it (Ctrl+E)"));
    m_organisationsLabel->setText(tr("Organisations"));
    m_organisations->setAccessibleName(tr("Organisations"));
    m_organisationsHint->setText(tr("Select one to outline its members; double-click for its profile."));
    m_play->setToolTip(isPlaying() ? tr("Pause") : tr("Play month by month"));
    m_play->setAccessibleName(tr("Play"));
    m_slider->setAccessibleName(tr("Month"));
    m_slider->setToolTip(tr("Show the items up to a month; the last stop shows all dates"));
    m_cumulative->setText(tr("Cumulative"));
    m_cumulative->setToolTip(tr("Count everything up to the month, not only that month"));
    m_map->setAccessibleName(tr("World map"));
    m_monthLabel->setText(monthLabel());
    m_map->setCaption(month().isValid() ? monthLabel() : QString());
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
