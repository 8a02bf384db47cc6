#pragma once

#include "datasetdiff.h"
#include "language.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Atlas {

class DatasetDiffModel;

// "What changed in the dataset": the items, figures, series and actors added, changed (with the
// fields) and removed between two base datasets, filterable by kind and by change. Double-click
// (or Enter) on a record still in the dataset asks the window to open it.
class WhatChangedDialog : public QDialog
{
    Q_OBJECT

public:
    WhatChangedDialog(const DatasetDiff &diff, Language language, QWidget *parent = nullptr);

    DatasetDiffModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kindCombo; }
    QComboBox *changeFilter() const { return m_changeCombo; }

public slots:
    void setLanguage(Atlas::Language language);

signals:
    void recordActivated(int kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex &index);

    DatasetDiff m_diff;
    Language m_language;
    DatasetDiffModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_kindLabel;
    QLabel *m_changeLabel;
    QComboBox *m_kindCombo;
    QComboBox *m_changeCombo;
    QTableView *m_view;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

} // namespace Atlas
