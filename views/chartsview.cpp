#include "chartsview.h"

#include "annotationpanel.h"
#include "atlascontext.h"
#include "bookmarklistmodel.h"
#include "chartcatalogmodel.h"
#include "chartgallery.h"
#include "chartpanel.h"
#include "seriesrepository.h"

#include <QJsonArray>
#include <QSplitter>
#include <QVBoxLayout>

namespace Atlas {

ChartsView::ChartsView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_catalog(new ChartCatalogModel(this))
{
    m_catalog->setLanguage(context->language());
    if (context->database() && context->database()->isOpen()) {
        const SeriesRepository repository(context->database()->connection());
        if (!m_catalog->load(repository, context->actors()))
            qWarning("Charts: %s", qPrintable(m_catalog->lastError()));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_splitter);
    m_gallery = new ChartGallery(m_catalog, m_splitter);
    // The chart above, the user's star and note on it below.
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_panel = new ChartPanel(context, right);
    rightLayout->addWidget(m_panel, 1);
    m_annotation = new AnnotationPanel(context, AnnotationPanel::Subject::Chart, right);
    rightLayout->addWidget(m_annotation);
    m_splitter->addWidget(m_gallery);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 250, 950 });
    m_splitter->setChildrenCollapsible(false);
    m_gallery->setMinimumWidth(180);

    connect(m_gallery, &ChartGallery::currentChanged, this, &ChartsView::open);
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) { m_catalog->setLanguage(l); });

    if (m_catalog->rowCount() > 0)
        showChart(m_catalog->id(0)); // the comparison of the market forecasts comes first
}

bool ChartsView::showChart(const QString &id)
{
    if (m_catalog->rowOf(id) < 0)
        return false;
    m_gallery->setCurrentId(id);
    if (m_panel->currentId() != id)
        open(id);
    return true;
}

QString ChartsView::currentChart() const
{
    return m_panel->currentId();
}

namespace {
const QStringList kTabKeys = { QStringLiteral("chart"), QStringLiteral("table"), QStringLiteral("sources") };
}

QJsonObject ChartsView::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("view"), QStringLiteral("charts"));
    o.insert(QStringLiteral("chart"), currentChart());
    QStringList hidden = m_panel->hiddenSeries();
    hidden.sort();
    o.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(hidden));
    o.insert(QStringLiteral("tab"), kTabKeys.value(int(m_panel->currentTab())));
    o.insert(QStringLiteral("logScale"), m_panel->logScale());
    return o;
}

void ChartsView::restoreState(const QJsonObject &o)
{
    const QString id = o.value(u"chart").toString();
    if (!id.isEmpty())
        showChart(id);
    QStringList hidden;
    for (const QJsonValue &v : o.value(u"hidden").toArray())
        hidden << v.toString();
    m_panel->setHiddenSeries(hidden);
    m_panel->setLogScale(o.value(u"logScale").toBool());
    m_panel->setCurrentTab(ChartPanel::Tab(qMax(0, int(kTabKeys.indexOf(o.value(u"tab").toString())))));
}

void ChartsView::open(const QString &id)
{
    const int row = m_catalog->rowOf(id);
    if (row < 0 || id == m_panel->currentId())
        return;
    m_annotation->setTarget(BookmarkListModel::chartTargetKind(m_catalog->kind(row)), id);
    if (m_catalog->kind(row) == ChartCatalogModel::Kind::FigureGroup)
        m_panel->showFigureGroup(id, m_catalog->figuresOf(row));
    else
        m_panel->showSeries(id, m_catalog->seriesOf(row));
}

} // namespace Atlas
