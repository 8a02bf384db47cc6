#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QToolButton;
class QAction;

namespace Atlas {

class AtlasContext;
class FacetPanel;
struct ExportContent;
class ItemTableModel;

// A sortable table of the items after the shared filter, over the lazy item model, with facets
// beside it. Selecting a row shows it in the detail pane. Columns can be chosen from the
// header's context menu. While a search is active the table is ranked by relevance and the hits
// are highlighted; the filtered set exports as CSV or as interchange JSON.
class BrowseView : public QWidget
{
    Q_OBJECT

public:
    BrowseView(AtlasContext *context, ItemTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FacetPanel *facetPanel() const { return m_facets; }
    bool selectItem(const QString &id);
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    // What a storyboard slide keeps of this view (SlideState), and puts back exactly.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Write the current filtered set; return false and set *error on failure (no dialogs).
    bool exportCsv(const QString &file, QString *error = nullptr) const;
    bool exportJson(const QString &file, QString *error = nullptr) const;
    // The filtered items for the export dialog: CSV and XLSX of every match, or the table as a slide.
    ExportContent exportContent() const;
    void showExportDialog();

signals:
    // The row menu of the user's own items asks the window to edit or delete one (undoable there).
    void editRecordRequested(const QString &kind, const QString &id);
    void deleteRecordRequested(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void showSort(int column, Qt::SortOrder order);
    void chooseExport(bool json);
    void showRowMenu(const QPoint &pos);

    AtlasContext *m_context;
    ItemTableModel *m_model;
    QSplitter *m_splitter;
    FacetPanel *m_facets;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_sortNote;
    QToolButton *m_export;
    QAction *m_exportCsv;
    QAction *m_exportJson;
};

} // namespace Atlas
