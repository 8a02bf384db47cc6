#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Atlas {

class ChartCatalogModel;

// The searchable list of every chart, each with a thumbnail painted from the catalog's numbers.
// Search matches both languages, publishers and actors at once.
class ChartGallery : public QWidget
{
    Q_OBJECT

public:
    ChartGallery(ChartCatalogModel *catalog, QWidget *parent = nullptr);

    void setCurrentId(const QString &id);
    QString currentId() const;
    QLineEdit *searchField() const { return m_search; }
    int visibleCount() const;

signals:
    void currentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ChartCatalogModel *m_catalog;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
};

} // namespace Atlas
