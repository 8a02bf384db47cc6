#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace Atlas {

class AtlasContext;
class FacetModel;

// The facets beside the browse table: counts per category, actor kind, year and actor for the
// current query and filters. Clicking a value (or Space/Enter on it) adds it to the shared
// filter or takes it out again. Counting waits while the panel is hidden.
class FacetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(AtlasContext *context, QWidget *parent = nullptr);

    FacetModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // Picks the value at index, as a click does.
    void activate(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void syncFilter();
    void restoreExpansion();

    AtlasContext *m_context;
    FacetModel *m_model;
    QLabel *m_title;
    QTreeView *m_tree;
    QList<int> m_collapsedGroups;
    bool m_stale = false;
};

} // namespace Atlas
