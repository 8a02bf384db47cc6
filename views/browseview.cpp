#include "browseview.h"

#include "atlascontext.h"
#include "facetpanel.h"
#include "highlightdelegate.h"
#include "exportdialog.h"
#include "itemexporter.h"
#include "itemsheet.h"
#include "slidestate.h"
#include "itemtablemodel.h"
#include "ownmarkerdelegate.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atlas {

BrowseView::BrowseView(AtlasContext *context, ItemTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 2, 6, 2);
    top->setSpacing(10);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("itemCount"));
    top->addWidget(m_count);
    m_sortNote = new QLabel(this);
    m_sortNote->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_sortNote);
    top->addStretch(1);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    m_exportCsv = exportMenu->addAction(QString(), this, &BrowseView::showExportDialog);
    m_exportJson = exportMenu->addAction(QString(), this, [this] { chooseExport(true); });
    m_export->setMenu(exportMenu);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(true);
    m_facets = new FacetPanel(context, m_splitter);
    m_table = new QTableView(m_splitter);
    // Hidden before the model arrives: a shown row header measures the numbers of up to 200 rows.
    m_table->verticalHeader()->hide();
    m_table->setModel(model);
    // Start from the model's order (relevance while a search is active), then let clicks sort.
    m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(ItemTableModel::DateColumn, 120);
    m_table->setColumnWidth(ItemTableModel::ActorsColumn, 160);
    m_table->setColumnWidth(ItemTableModel::CategoryColumn, 110);
    m_table->setColumnWidth(ItemTableModel::TypeColumn, 90);
    auto *highlighter = new HighlightDelegate(m_table);
    m_table->setItemDelegateForColumn(ItemTableModel::TitleColumn, highlighter);
    m_table->setItemDelegateForColumn(ItemTableModel::ActorsColumn, highlighter);
    m_table->setItemDelegateForColumn(ItemTableModel::DateColumn, new OwnMarkerDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BrowseView::showRowMenu);
    m_splitter->addWidget(m_facets);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 210, 800 });
    layout->addWidget(m_splitter, 1);

    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < ItemTableModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setEnabled(c != ItemTableModel::TitleColumn); // the title always stays
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.addSeparator();
        QAction *facets = menu.addAction(tr("Facets"));
        facets->setCheckable(true);
        facets->setChecked(m_facets->isVisible());
        connect(facets, &QAction::toggled, m_facets, &QWidget::setVisible);
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_context->selectItem(current.data(ItemTableModel::IdRole).toString());
            });
    connect(model, &ItemTableModel::totalCountChanged, this, &BrowseView::updateCount);
    connect(model, &ItemTableModel::sortChanged, this, &BrowseView::showSort);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_sortNote->setVisible(m_model->sortColumn() == ItemTableModel::RelevanceSort);
    });
    retranslateUi();
    showSort(model->sortColumn(), model->sortOrder());
}

void BrowseView::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(ItemTableModel::IdRole).toString();
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    if (index.data(ItemTableModel::OwnRole).toBool()) {
        menu.addSection(tr("Your own record"));
        menu.addAction(tr("&Edit…"), this, [this, id] { emit editRecordRequested(QStringLiteral("item"), id); });
        menu.addAction(tr("&Delete"), this, [this, id] { emit deleteRecordRequested(QStringLiteral("item"), id); });
    } else {
        QAction *a = menu.addAction(tr("A record of the report: it cannot be edited"));
        a->setEnabled(false);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void BrowseView::showSort(int column, Qt::SortOrder order)
{
    // The table asks the model to sort when the indicator moves; the model is already sorted.
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_sortNote->setVisible(column == ItemTableModel::RelevanceSort);
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

QJsonObject BrowseView::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("view"), QStringLiteral("browse"));
    o.insert(QStringLiteral("sortColumn"), m_model->sortColumn());
    o.insert(QStringLiteral("sortOrder"), m_model->sortOrder() == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
    const QModelIndex current = m_table->currentIndex();
    o.insert(QStringLiteral("selected"), current.isValid() ? current.data(ItemTableModel::IdRole).toString() : QString());
    return o;
}

void BrowseView::restoreState(const QJsonObject &o)
{
    if (o.contains(u"sortColumn")) {
        const Qt::SortOrder order = o.value(u"sortOrder").toString() == u"desc" ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int column = o.value(u"sortColumn").toInt();
        if (column != m_model->sortColumn() || order != m_model->sortOrder())
            m_model->sort(column, order);
    }
    const QString id = o.value(u"selected").toString();
    if (!id.isEmpty())
        selectItem(id);
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

ExportContent BrowseView::exportContent() const
{
    ExportContent content;
    content.fileName = QStringLiteral("items");
    const ItemFilter filter = m_context->filter();
    content.slide.spec.title = tr("AI policy items");
    const QString count = tr("%n item(s)", nullptr, m_model->totalCount());
    const QString filters = SlideState::filterSummary(m_context, filter);
    content.slide.spec.subtitle = filters.isEmpty() ? count : tr("%1 · Filtered: %2").arg(count, filters);
    content.slide.spec.sourceLine = SlideState::sourceLine(m_context);
    content.slide.body = ExportDialog::tablePainter(m_model);
    // Every matching item, not only the rows the lazy table has fetched.
    content.csvWriter = [this](const QString &file, QString *error) { return exportCsv(file, error); };
    AtlasContext *context = m_context;
    content.xlsxWriter = [context, filter](const QString &file, const SlideSpec &spec, QString *error) {
        ItemSheet sheet(context->database()->connection());
        if (sheet.writeXlsx(file, filter, context->language(), spec.title, spec.subtitle, spec.sourceLine))
            return true;
        if (error)
            *error = sheet.errorString();
        return false;
    };
    return content;
}

void BrowseView::showExportDialog()
{
    ExportDialog::run(exportContent(), this, ExportDialog::Format::Xlsx);
}

bool BrowseView::exportCsv(const QString &file, QString *error) const
{
    QSaveFile out(file);
    ItemExporter exporter(m_context->database()->connection());
    if (out.open(QIODevice::WriteOnly) && exporter.writeCsv(&out, m_context->filter()) && out.commit())
        return true;
    if (error)
        *error = exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString();
    return false;
}

bool BrowseView::exportJson(const QString &file, QString *error) const
{
    QSaveFile out(file);
    ItemExporter exporter(m_context->database()->connection());
    if (out.open(QIODevice::WriteOnly) && exporter.writeJson(&out, m_context->filter()) && out.commit())
        return true;
    if (error)
        *error = exporter.errorString().isEmpty() ? out.errorString() : exporter.errorString();
    return false;
}

void BrowseView::chooseExport(bool json)
{
    const QString file = json
        ? QFileDialog::getSaveFileName(this, tr("Export the filtered items as JSON"), QStringLiteral("items.json"),
                                       tr("Interchange format (*.json)"))
        : QFileDialog::getSaveFileName(this, tr("Export the filtered items as CSV"), QStringLiteral("items.csv"),
                                       tr("CSV for Excel (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!(json ? exportJson(file, &error) : exportCsv(file, &error)))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(file, error));
}

void BrowseView::updateCount()
{
    // On a large dataset the exact count arrives after the first page: until then "100+ items".
    m_count->setText(m_model->countPending() ? tr("%n+ item(s)", nullptr, m_model->totalCount())
                                             : tr("%n item(s)", nullptr, m_model->totalCount()));
    m_export->setEnabled(m_model->totalCount() > 0);
}

void BrowseView::retranslateUi()
{
    m_table->setAccessibleName(tr("Items"));
    m_sortNote->setText(tr("· best matches first (click a column to sort by it)"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the items shown, with the current search and filters"));
    m_exportCsv->setText(tr("As a &table, workbook or image (CSV, Excel, PNG, PDF)…"));
    m_exportJson->setText(tr("As &JSON (interchange format)…"));
    updateCount();
}

void BrowseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
