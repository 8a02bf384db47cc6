#include "whatchangeddialog.h"

#include "datasetdiffmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Atlas {

WhatChangedDialog::WhatChangedDialog(const DatasetDiff &diff, Language language, QWidget *parent)
    : QDialog(parent)
    , m_diff(diff)
    , m_language(language)
    , m_model(new DatasetDiffModel(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_changeLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_changeCombo(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("WhatChangedDialog"));
    m_model->setLanguage(language);
    m_model->setChanges(diff.changes());

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_kindLabel->setBuddy(m_kindCombo);
    m_changeLabel->setBuddy(m_changeCombo);
    for (int i = 0; i <= DatasetChange::KindCount; ++i)
        m_kindCombo->addItem(QString(), i == 0 ? -1 : i - 1);
    for (int i = 0; i <= DatasetChange::ChangeCount; ++i)
        m_changeCombo->addItem(QString(), i == 0 ? -1 : i - 1);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DatasetDiffModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DatasetDiffModel::FieldsColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(DatasetDiffModel::FieldsColumn, 160);
    m_view->setColumnHidden(DatasetDiffModel::IdColumn, true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kindCombo);
    filters->addSpacing(12);
    filters->addWidget(m_changeLabel);
    filters->addWidget(m_changeCombo);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKindFilter(m_kindCombo->currentData().toInt()); });
    connect(m_changeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setChangeFilter(m_changeCombo->currentData().toInt()); });
    connect(m_view, &QAbstractItemView::activated, this, &WhatChangedDialog::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_view->setVisible(m_model->rowCount() > 0);
    });
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);

    resize(820, 520);
    retranslateUi();
}

void WhatChangedDialog::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    retranslateUi();
}

void WhatChangedDialog::activate(const QModelIndex &index)
{
    if (!index.data(DatasetDiffModel::AvailableRole).toBool())
        return;
    emit recordActivated(index.data(DatasetDiffModel::KindRole).toInt(), index.data(DatasetDiffModel::IdRole).toString());
}

void WhatChangedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WhatChangedDialog::retranslateUi()
{
    setWindowTitle(tr("What changed in the dataset"));
    const DatasetInfo from = m_diff.oldInfo();
    const DatasetInfo to = m_diff.newInfo();
    m_heading->setText(tr("From version %1 to version %2").arg(from.version, to.version));
    int counts[DatasetChange::ChangeCount] = {};
    for (const DatasetChange &c : m_diff.changes())
        ++counts[c.change];
    m_summary->setText(tr("%1: %2 added, %3 changed, %4 removed. Double-click a record to open it; removed records "
                          "are no longer in the dataset.")
                           .arg(pickText(m_language, to.titleKo, to.titleEn))
                           .arg(counts[DatasetChange::Added])
                           .arg(counts[DatasetChange::Changed])
                           .arg(counts[DatasetChange::Removed]));
    m_kindLabel->setText(tr("&Kind:"));
    m_changeLabel->setText(tr("C&hange:"));
    m_kindCombo->setItemText(0, tr("All kinds"));
    m_kindCombo->setItemText(1 + DatasetChange::Item, tr("Items"));
    m_kindCombo->setItemText(1 + DatasetChange::Figure, tr("Figures"));
    m_kindCombo->setItemText(1 + DatasetChange::Series, tr("Series"));
    m_kindCombo->setItemText(1 + DatasetChange::Actor, tr("Actors"));
    m_changeCombo->setItemText(0, tr("All changes"));
    m_changeCombo->setItemText(1 + DatasetChange::Added, tr("Added"));
    m_changeCombo->setItemText(1 + DatasetChange::Changed, tr("Changed"));
    m_changeCombo->setItemText(1 + DatasetChange::Removed, tr("Removed"));
    m_empty->setText(m_model->totalCount() == 0 ? tr("The two datasets hold the same records.")
                                                : tr("No change of this kind."));
    m_model->retranslate();
}

} // namespace Atlas
