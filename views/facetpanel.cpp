#include "facetpanel.h"

#include "atlascontext.h"
#include "facetmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Atlas {

FacetPanel::FacetPanel(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new FacetModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setContentsMargins(8, 4, 8, 0);
    layout->addWidget(m_title);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("facets"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(12);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    m_model->setLanguage(context->language());
    m_model->setSource(context->database()->connection(), context->actors());
    m_model->setFilter(context->filter());
    m_tree->setModel(m_model);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FacetModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FacetModel::CountColumn, QHeaderView::ResizeToContents);
    restoreExpansion();

    connect(m_tree, &QTreeView::clicked, this, &FacetPanel::activate);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid() && !m_collapsedGroups.contains(index.row()))
            m_collapsedGroups << index.row();
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            m_collapsedGroups.removeAll(index.row());
    });
    // Rows of a group are replaced when its values change; keep the user's open groups open.
    connect(m_model, &FacetModel::countsChanged, this, &FacetPanel::restoreExpansion);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FacetPanel::restoreExpansion);
    connect(context, &AtlasContext::filterChanged, this, &FacetPanel::syncFilter);
    connect(context, &AtlasContext::languageChanged, m_model, &FacetModel::setLanguage);
    retranslateUi();
}

void FacetPanel::syncFilter()
{
    // Four aggregate queries per change: only while someone can see the result.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_model->setFilter(m_context->filter());
}

void FacetPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        syncFilter();
}

void FacetPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || !index.parent().isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const QModelIndex name = index.siblingAtColumn(FacetModel::NameColumn);
    if (name.data(FacetModel::MoreRole).toBool()) {
        m_model->setShowAllActors(!m_model->showsAllActors());
        return;
    }
    m_context->setFilter(m_model->toggled(name, m_context->filter()));
}

void FacetPanel::restoreExpansion()
{
    for (int g = 0; g < FacetModel::GroupCount; ++g)
        m_tree->setExpanded(m_model->index(g, 0), !m_collapsedGroups.contains(g));
}

bool FacetPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_tree->currentIndex().parent().isValid()) {
            activate(m_tree->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FacetPanel::retranslateUi()
{
    m_title->setText(tr("Refine"));
    m_tree->setAccessibleName(tr("Facets: click a value to filter by it"));
}

void FacetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The group names are translated text. Not from the constructor: a new model has nothing
        // stale, and the change would make the view measure every row once more.
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Atlas
