#include "browseview.h"

#include "atlascontext.h"
#include "itemtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Atlas {

BrowseView::BrowseView(AtlasContext *context, ItemTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(this);
    m_count->setContentsMargins(8, 4, 8, 0);
    layout->addWidget(m_count);
    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ItemTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(ItemTableModel::DateColumn, 130);
    m_table->setColumnWidth(ItemTableModel::ActorsColumn, 170);
    m_table->setColumnWidth(ItemTableModel::CategoryColumn, 130);
    m_table->setColumnWidth(ItemTableModel::TypeColumn, 110);
    layout->addWidget(m_table, 1);

    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < ItemTableModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setEnabled(c != ItemTableModel::TitleColumn); // the title always stays
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_context->selectItem(current.data(ItemTableModel::IdRole).toString());
            });
    connect(model, &ItemTableModel::totalCountChanged, this, &BrowseView::updateCount);
    retranslateUi();
}

bool BrowseView::selectItem(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, ItemTableModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QByteArray BrowseView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void BrowseView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void BrowseView::updateCount()
{
    m_count->setText(tr("%n item(s)", nullptr, m_model->totalCount()));
}

void BrowseView::retranslateUi()
{
    m_table->setAccessibleName(tr("Items"));
    updateCount();
}

void BrowseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
