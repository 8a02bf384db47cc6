#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Atlas {

class AtlasContext;
class ItemTableModel;

// A sortable table of the items after the shared filter, over the lazy item model. Selecting a
// row shows it in the detail pane. Columns can be chosen from the header's context menu.
class BrowseView : public QWidget
{
    Q_OBJECT

public:
    BrowseView(AtlasContext *context, ItemTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    bool selectItem(const QString &id);
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    AtlasContext *m_context;
    ItemTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Atlas
