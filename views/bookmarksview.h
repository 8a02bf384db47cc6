#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Atlas {

class AtlasContext;
class BookmarkListModel;
class ChartCatalogModel;

// View ▸ Bookmarks: every bookmarked item, country or organisation, and chart, with the start of
// the user's note. Filter by kind; a click (or Enter) goes there; Delete or "Remove" takes the
// bookmark away (the note stays). It follows changes made anywhere, in both languages.
class BookmarksView : public QWidget
{
    Q_OBJECT

public:
    // The list is read when first shown, so a window that never opens it pays nothing.
    explicit BookmarksView(AtlasContext *context, QWidget *parent = nullptr);

    BookmarkListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    void removeCurrent();

signals:
    // Show the record: kind as stored ("item", "actor", "series", "group").
    void activated(const QString &targetKind, const QString &targetId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void open(int row);

    AtlasContext *m_context;
    BookmarkListModel *m_model;
    ChartCatalogModel *m_charts = nullptr; // chart titles; built on first show
    QComboBox *m_kind;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_remove;
};

} // namespace Atlas
