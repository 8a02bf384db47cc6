#include "storyboardpanel.h"

#include "atlascontext.h"
#include "mainwindow.h"
#include "presenterwindow.h"
#include "slideexporter.h"
#include "slidestate.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atlas {

namespace {
constexpr int OriginalRowRole = Qt::UserRole + 1; // the slide's index in the store, for drag reordering
const QString kCurrentKey = QStringLiteral("Storyboard/current");
} // namespace

StoryboardPanel::StoryboardPanel(MainWindow *window, AtlasContext *context, QWidget *parent)
    : QDockWidget(parent)
    , m_window(window)
    , m_context(context)
    , m_store(context->database()->connection())
{
    setObjectName(QStringLiteral("storyboardDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_boards = new QComboBox(content);
    m_boards->setObjectName(QStringLiteral("storyboards"));
    m_boards->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_boards->setMinimumContentsLength(10);
    top->addWidget(m_boards, 1);
    m_newAction = new QAction(this);
    m_renameAction = new QAction(this);
    m_deleteAction = new QAction(this);
    connect(m_newAction, &QAction::triggered, this, [this] { newStoryboard(); });
    connect(m_renameAction, &QAction::triggered, this, &StoryboardPanel::renameStoryboard);
    connect(m_deleteAction, &QAction::triggered, this, &StoryboardPanel::deleteStoryboard);
    m_newButton = new QToolButton(content);
    m_newButton->setDefaultAction(m_newAction);
    m_renameButton = new QToolButton(content);
    m_renameButton->setDefaultAction(m_renameAction);
    m_deleteButton = new QToolButton(content);
    m_deleteButton->setDefaultAction(m_deleteAction);
    for (QToolButton *b : { m_newButton, m_renameButton, m_deleteButton })
        top->addWidget(b);
    layout->addLayout(top);

    m_list = new QListWidget(content);
    m_list->setObjectName(QStringLiteral("slides"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list, 1);

    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_addAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_addAction, &QAction::triggered, this, &StoryboardPanel::addCurrentView);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &StoryboardPanel::removeSelectedSlide);
    m_upAction = new QAction(this);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelectedSlide(-1); });
    m_downAction = new QAction(this);
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelectedSlide(1); });
    m_presentAction = new QAction(this);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_presentAction, &QAction::triggered, this, &StoryboardPanel::present);
    m_exportPdfAction = new QAction(this);
    connect(m_exportPdfAction, &QAction::triggered, this, &StoryboardPanel::exportPdf);
    for (QAction *a : { m_removeAction, m_upAction, m_downAction })
        m_list->addAction(a);

    auto *bar = new QToolBar(content);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    for (QAction *a : { m_addAction, m_removeAction, m_upAction, m_downAction })
        bar->addAction(a);
    layout->addWidget(bar);
    auto *bottom = new QToolBar(content);
    bottom->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bottom->addAction(m_presentAction);
    // Which screen presenter mode uses (automatic: one without the main window).
    QMenu *screens = PresenterWindow::createScreenMenu(this);
    bottom->addAction(screens->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(bottom->widgetForAction(screens->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    bottom->addAction(m_exportPdfAction);
    layout->addWidget(bottom);
    setWidget(content);

    connect(m_boards, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_reloading || index < 0)
            return;
        m_current = m_boards->itemData(index).toInt();
        QSettings().setValue(kCurrentKey, m_current);
        reloadSlides();
    });
    connect(m_list, &QListWidget::itemActivated, this, &StoryboardPanel::restoreSelectedSlide);
    connect(m_list, &QListWidget::currentRowChanged, this, &StoryboardPanel::updateActions);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_reloading)
            return;
        const int index = item->data(OriginalRowRole).toInt();
        m_store.setSlideTitle(m_current, index, item->text().trimmed());
    });
    // A drop moves rows in the list; write the new order once the drop is over.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_reloading)
            QTimer::singleShot(0, this, &StoryboardPanel::syncOrderFromList);
    });

    m_current = QSettings().value(kCurrentKey, -1).toInt();
    reloadStoryboards();
    retranslateUi();
}

StoryboardPanel::~StoryboardPanel()
{
    delete m_presenter; // a top-level window without parent widget
}

PresenterWindow *StoryboardPanel::presenter() const
{
    return m_presenter;
}

void StoryboardPanel::retranslateUi()
{
    setWindowTitle(tr("Storyboard"));
    m_boards->setToolTip(tr("Storyboards"));
    m_boards->setAccessibleName(tr("Storyboards"));
    m_list->setAccessibleName(tr("Slides"));
    m_list->setToolTip(tr("Drag to reorder; double-click to show a slide; F2 to rename it"));
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("New storyboard"));
    m_renameAction->setText(tr("Rename"));
    m_renameAction->setToolTip(tr("Rename this storyboard"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete this storyboard"));
    m_addAction->setText(tr("&Add current view to storyboard"));
    m_addAction->setIconText(tr("Add view"));
    m_removeAction->setText(tr("Remove slide"));
    m_upAction->setText(tr("Move up"));
    m_downAction->setText(tr("Move down"));
    m_presentAction->setText(tr("&Present storyboard"));
    m_presentAction->setIconText(tr("Present"));
    m_exportPdfAction->setText(tr("Export storyboard as &PDF…"));
    m_exportPdfAction->setIconText(tr("PDF…"));
    reloadSlides(m_list->currentRow());
}

void StoryboardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void StoryboardPanel::reloadStoryboards()
{
    m_reloading = true;
    m_boards->clear();
    const QList<Storyboard> boards = m_store.storyboards();
    int index = -1;
    for (const Storyboard &b : boards) {
        m_boards->addItem(b.name, b.id);
        if (b.id == m_current)
            index = m_boards->count() - 1;
    }
    if (index < 0 && !boards.isEmpty())
        index = m_boards->count() - 1;
    m_boards->setCurrentIndex(index);
    m_current = index >= 0 ? m_boards->itemData(index).toInt() : -1;
    m_reloading = false;
    reloadSlides();
}

void StoryboardPanel::setCurrentStoryboard(int id)
{
    m_current = id;
    reloadStoryboards();
}

void StoryboardPanel::reloadSlides(int selectRow)
{
    m_reloading = true;
    m_list->clear();
    const QList<StoryboardSlide> slides = m_current >= 0 ? m_store.slides(m_current) : QList<StoryboardSlide>();
    for (int i = 0; i < slides.size(); ++i) {
        const StoryboardSlide &s = slides.at(i);
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        item->setData(OriginalRowRole, i);
        const QString summary = SlideState::filterSummary(m_context, s.filter);
        item->setToolTip(SlideState::viewLabel(m_context, s.viewSpec)
                         + (summary.isEmpty() ? QString() : u'\n' + summary));
    }
    if (selectRow >= 0 && selectRow < m_list->count())
        m_list->setCurrentRow(selectRow);
    m_reloading = false;
    updateActions();
}

void StoryboardPanel::updateActions()
{
    const bool hasBoard = m_current >= 0;
    const int row = m_list->currentRow();
    m_renameAction->setEnabled(hasBoard);
    m_deleteAction->setEnabled(hasBoard);
    m_removeAction->setEnabled(row >= 0);
    m_upAction->setEnabled(row > 0);
    m_downAction->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_presentAction->setEnabled(m_list->count() > 0);
    m_exportPdfAction->setEnabled(m_list->count() > 0);
}

int StoryboardPanel::newStoryboard(const QString &name)
{
    QString title = name;
    if (title.isEmpty()) {
        bool ok = false;
        title = QInputDialog::getText(this, tr("New storyboard"), tr("Name:"), QLineEdit::Normal,
                                      tr("Storyboard %1").arg(m_boards->count() + 1), &ok);
        if (!ok || title.trimmed().isEmpty())
            return -1;
    }
    const int id = m_store.create(title.trimmed());
    if (id < 0) {
        QMessageBox::warning(this, tr("Storyboard"), tr("Could not save the storyboard: %1").arg(m_store.errorString()));
        return -1;
    }
    setCurrentStoryboard(id);
    QSettings().setValue(kCurrentKey, id);
    return id;
}

void StoryboardPanel::renameStoryboard()
{
    if (m_current < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename storyboard"), tr("Name:"), QLineEdit::Normal,
                                               m_boards->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_store.rename(m_current, name.trimmed());
    reloadStoryboards();
}

void StoryboardPanel::deleteStoryboard()
{
    if (m_current < 0)
        return;
    if (QMessageBox::question(this, tr("Delete storyboard"),
                              tr("Delete the storyboard “%1” and its %n slide(s)?", nullptr, m_list->count())
                                  .arg(m_boards->currentText()))
        != QMessageBox::Yes)
        return;
    m_store.remove(m_current);
    m_current = -1;
    reloadStoryboards();
}

void StoryboardPanel::addCurrentView()
{
    if (m_current < 0) {
        // The first "Add" makes a storyboard, so the shortcut works on its own.
        const int id = m_store.create(tr("Storyboard %1").arg(m_boards->count() + 1));
        if (id < 0)
            return;
        m_current = id;
        QSettings().setValue(kCurrentKey, id);
        reloadStoryboards();
    }
    if (!m_store.addSlide(m_current, SlideState::capture(m_window, m_context))) {
        QMessageBox::warning(this, tr("Storyboard"), tr("Could not save the slide: %1").arg(m_store.errorString()));
        return;
    }
    show();
    reloadSlides(m_store.slideCount(m_current) - 1);
}

void StoryboardPanel::removeSelectedSlide()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_store.removeSlide(m_current, m_list->item(row)->data(OriginalRowRole).toInt());
    reloadSlides(qMin(row, m_list->count() - 2));
}

void StoryboardPanel::moveSelectedSlide(int delta)
{
    const int row = m_list->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_list->count())
        return;
    m_store.moveSlide(m_current, row, row + delta);
    reloadSlides(row + delta);
}

void StoryboardPanel::syncOrderFromList()
{
    QList<int> order;
    for (int i = 0; i < m_list->count(); ++i)
        order << m_list->item(i)->data(OriginalRowRole).toInt();
    m_store.reorder(m_current, order);
    reloadSlides(m_list->currentRow());
}

void StoryboardPanel::restoreSelectedSlide()
{
    const int row = m_list->currentRow();
    const QList<StoryboardSlide> slides = m_store.slides(m_current);
    if (row >= 0 && row < slides.size())
        SlideState::restore(m_window, m_context, slides.at(row));
}

void StoryboardPanel::present()
{
    const QList<StoryboardSlide> slides = m_store.slides(m_current);
    if (slides.isEmpty())
        return;
    if (m_presenter) {
        m_presenter->raise();
        return;
    }
    const StoryboardSlide before = SlideState::capture(m_window, m_context);
    m_presenter = new PresenterWindow(m_window, m_context);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter->setSlides(slides, m_boards->currentText());
    connect(m_presenter.data(), &PresenterWindow::currentChanged, m_list, [this](int row) { m_list->setCurrentRow(row); });
    // Leaving presenter mode puts the window back as it was before.
    connect(m_presenter.data(), &PresenterWindow::finished, this, [this, before] {
        SlideState::restore(m_window, m_context, before);
        m_window->activateWindow();
    });
    m_presenter->present(qMax(0, m_list->currentRow()));
}

void StoryboardPanel::exportPdf()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export storyboard as PDF"),
                                                      m_boards->currentText() + QStringLiteral(".pdf"),
                                                      tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool StoryboardPanel::exportPdfTo(const QString &file, QString *error)
{
    const QList<StoryboardSlide> slides = m_store.slides(m_current);
    const StoryboardSlide before = SlideState::capture(m_window, m_context);
    QList<Slide> pages;
    for (const StoryboardSlide &s : slides) {
        SlideState::restore(m_window, m_context, s);
        Slide page;
        page.spec.title = s.title.isEmpty() ? SlideState::viewLabel(m_context, s.viewSpec) : s.title;
        page.spec.subtitle = SlideState::filterSummary(m_context, s.filter);
        page.spec.sourceLine = SlideState::sourceLine(m_context);
        // The body area this frame leaves, so the page is laid out for it.
        QImage probe(page.spec.size.toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter probePainter(&probe);
        const QSize body = SlideExporter::paintFrame(probePainter, page.spec).size().toSize();
        probePainter.end();
        const QPicture picture = SlideState::recordPage(m_window, body);
        page.body = [picture, body](QPainter &painter, const QRectF &area) {
            const qreal s = qMin(area.width() / body.width(), area.height() / body.height());
            painter.save();
            painter.translate(area.left() + (area.width() - body.width() * s) / 2,
                              area.top() + (area.height() - body.height() * s) / 2);
            painter.scale(s, s);
            painter.drawPicture(0, 0, picture);
            painter.restore();
        };
        pages << page;
    }
    SlideState::restore(m_window, m_context, before);
    return SlideExporter::savePdf(file, pages, error);
}

} // namespace Atlas
