#include "bookmarksview.h"

#include "atlascontext.h"
#include "bookmarklistmodel.h"
#include "chartcatalogmodel.h"
#include "seriesrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Atlas {

BookmarksView::BookmarksView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BookmarkListModel(this))
{
    m_model->setLanguage(context->language());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    for (const auto kind : { BookmarkListModel::Kind::All, BookmarkListModel::Kind::Item,
                             BookmarkListModel::Kind::Actor, BookmarkListModel::Kind::Chart })
        m_kind->addItem(QString(), int(kind));
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    top->addWidget(m_kind);
    top->addWidget(m_count, 1);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BookmarkListModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BookmarkListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BookmarkListModel::NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BookmarkListModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: gray; padding: 16px"));
    layout->addWidget(m_empty, 1);

    auto *bottom = new QHBoxLayout;
    m_remove = new QPushButton(this);
    bottom->addStretch(1);
    bottom->addWidget(m_remove);
    layout->addLayout(bottom);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(BookmarkListModel::Kind(m_kind->currentData().toInt()));
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) { open(index.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { open(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, &BookmarksView::removeCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookmarksView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BookmarksView::updateState);
    connect(context, &AtlasContext::languageChanged, m_model, &BookmarkListModel::setLanguage);
    retranslateUi();
}

void BookmarksView::showEvent(QShowEvent *event)
{
    if (!m_charts && m_context->database() && m_context->database()->isOpen()) {
        // Chart titles come from the same catalog the Charts view shows.
        m_charts = new ChartCatalogModel(this);
        const SeriesRepository repository(m_context->database()->connection());
        if (!m_charts->load(repository, m_context->actors()))
            qWarning("Bookmarks: %s", qPrintable(m_charts->lastError()));
        m_model->setSource(m_context->database()->connection(), m_context->actors(), m_charts);
    }
    QWidget::showEvent(event);
}

void BookmarksView::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    emit activated(m_model->targetKind(row), m_model->targetId(row));
}

void BookmarksView::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeBookmark(row); // the model reloads through the notifier
    // Keep the keyboard in the list, on the row that moved up into the gap.
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_model->index(next, BookmarkListModel::TitleColumn));
    m_table->setFocus();
}

bool BookmarksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BookmarksView::updateState()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n bookmark(s)", nullptr, total)
                                    : tr("%1 of %2 bookmarks").arg(shown).arg(total));
    m_table->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
    m_remove->setEnabled(m_table->currentIndex().isValid());
    m_empty->setText(m_model->totalCount() == 0
                         ? tr("No bookmarks yet. Use ☆ Bookmark on an item, a country or organisation profile, "
                              "or a chart, and it is listed here.")
                         : tr("No bookmarks of this kind."));
}

void BookmarksView::retranslateUi()
{
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto kind = BookmarkListModel::Kind(m_kind->itemData(i).toInt());
        m_kind->setItemText(i, kind == BookmarkListModel::Kind::All ? tr("All kinds")
                               : kind == BookmarkListModel::Kind::Item ? tr("Items")
                               : kind == BookmarkListModel::Kind::Actor ? tr("Countries and organisations")
                                                                        : tr("Charts"));
    }
    m_kind->setToolTip(tr("Show only bookmarks of one kind"));
    m_kind->setAccessibleName(tr("Kind of bookmark"));
    m_table->setAccessibleName(tr("Bookmarks"));
    m_remove->setText(tr("&Remove bookmark"));
    m_remove->setToolTip(tr("Remove the selected bookmark (Delete). Your note stays."));
    m_model->setLanguage(m_context->language()); // kind names and headers are translated
    updateState();
}

void BookmarksView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
