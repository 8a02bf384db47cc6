#include "chartsview.h"

#include "atlascontext.h"
#include "chartcatalogmodel.h"
#include "chartgallery.h"
#include "chartpanel.h"
#include "seriesrepository.h"

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
    m_panel = new ChartPanel(context, m_splitter);
    m_splitter->addWidget(m_gallery);
    m_splitter->addWidget(m_panel);
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

void ChartsView::open(const QString &id)
{
    const int row = m_catalog->rowOf(id);
    if (row < 0 || id == m_panel->currentId())
        return;
    if (m_catalog->kind(row) == ChartCatalogModel::Kind::FigureGroup)
        m_panel->showFigureGroup(id, m_catalog->figuresOf(row));
    else
        m_panel->showSeries(id, m_catalog->seriesOf(row));
}

} // namespace Atlas
