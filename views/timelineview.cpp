#include "timelineview.h"

#include "atlascontext.h"
#include "category.h"
#include "exportdialog.h"
#include "slideexporter.h"
#include "timelineaxis.h"
#include "timelinelanemodel.h"
#include "timelinelegend.h"
#include "timelinewidget.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atlas {

namespace {
const QString kGroup = QStringLiteral("Timeline");

QString modeKey(TimelineLaneMode mode)
{
    return mode == TimelineLaneMode::Categories ? QStringLiteral("categories") : QStringLiteral("actors");
}

QToolButton *toolButton(QWidget *parent, bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setCheckable(checkable);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

TimelineView::TimelineView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("timelineView"));
    m_lanes = new TimelineLaneModel(this);
    m_lanes->setActors(context->actors());
    m_lanes->setLanguage(context->language());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 6, 8, 6);
    barLayout->setSpacing(4);
    m_byActor = toolButton(bar, true);
    m_byCategory = toolButton(bar, true);
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_byActor);
    modes->addButton(m_byCategory);
    m_byActor->setChecked(true);
    barLayout->addWidget(m_byActor);
    barLayout->addWidget(m_byCategory);
    barLayout->addSpacing(12);
    m_preset2023 = toolButton(bar);
    m_presetSince2016 = toolButton(bar);
    m_presetAll = toolButton(bar);
    barLayout->addWidget(m_preset2023);
    barLayout->addWidget(m_presetSince2016);
    barLayout->addWidget(m_presetAll);
    barLayout->addSpacing(12);
    m_zoomOut = toolButton(bar);
    m_zoomIn = toolButton(bar);
    m_zoomOut->setText(QStringLiteral("\u2212"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setAutoRepeat(true);
    m_zoomIn->setAutoRepeat(true);
    barLayout->addWidget(m_zoomOut);
    barLayout->addWidget(m_zoomIn);
    barLayout->addSpacing(12);
    m_rangeLabel = new QLabel(bar);
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setBold(true);
    m_rangeLabel->setFont(rangeFont);
    barLayout->addWidget(m_rangeLabel, 1);
    m_lanesButton = toolButton(bar);
    m_exportButton = toolButton(bar);
    barLayout->addWidget(m_lanesButton);
    barLayout->addWidget(m_exportButton);
    layout->addWidget(bar);

    m_canvas = new TimelineWidget(context, m_lanes, this);
    layout->addWidget(m_canvas, 1);
    m_legend = new TimelineLegend(this);
    layout->addWidget(m_legend);

    connect(m_byCategory, &QToolButton::toggled, this, &TimelineView::setMode);
    connect(m_preset2023, &QToolButton::clicked, this, &TimelineView::showPreset2023);
    connect(m_presetSince2016, &QToolButton::clicked, this, &TimelineView::showPresetSince2016);
    connect(m_presetAll, &QToolButton::clicked, this, &TimelineView::showEverything);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.5); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1 / 1.5); });
    connect(m_lanesButton, &QToolButton::clicked, this, &TimelineView::manageLanes);
    connect(m_canvas, &TimelineWidget::rangeChanged, this, &TimelineView::updateRangeLabel);
    connect(m_canvas, &TimelineWidget::collapsedGroupsChanged, this, &TimelineView::saveSettings);
    connect(m_lanes, &TimelineLaneModel::stateChanged, this, &TimelineView::saveSettings);
    connect(context, &AtlasContext::languageChanged, this, &TimelineView::updateRangeLabel);
    connect(m_exportButton, &QToolButton::clicked, this, &TimelineView::showExportDialog);

    restoreSettings();
    m_canvas->reloadLanes();
    retranslateUi();
    updateRangeLabel();
}

void TimelineView::setMode(bool byCategory)
{
    m_canvas->setMode(byCategory ? TimelineLaneMode::Categories : TimelineLaneMode::Actors);
    saveSettings();
}

void TimelineView::showPreset2023()
{
    m_canvas->setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
}

void TimelineView::showPresetSince2016()
{
    m_canvas->setRange(QDate(2016, 1, 1), QDate(2023, 12, 31));
}

void TimelineView::showEverything()
{
    m_canvas->showEverything();
}

void TimelineView::updateRangeLabel()
{
    m_rangeLabel->setText(TimelineAxis::rangeLabel(m_canvas->rangeFrom(), m_canvas->rangeTo(), m_context->language()));
}

QString TimelineView::filterSummary() const
{
    const ItemFilter f = m_context->filter();
    const Language l = m_context->language();
    QStringList parts;
    if (!f.categories.isEmpty()) {
        QStringList names;
        for (int c = 0; c < CategoryCount; ++c) {
            if (f.categories.contains(categoryId(Category(c))))
                names << categoryName(Category(c));
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!f.actorKinds.isEmpty()) {
        QStringList names;
        for (const QString &g : ItemFilter::actorKindGroups()) {
            if (f.actorKinds.contains(g))
                names << TimelineLaneModel::groupName(g);
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!f.actors.isEmpty())
        parts << m_context->actors()->names(f.actors, l);
    if (!f.text.trimmed().isEmpty())
        parts << tr("“%1”").arg(f.text.trimmed());
    if (!f.dateFrom.isEmpty() || !f.dateTo.isEmpty())
        parts << tr("%1 to %2").arg(f.dateFrom.isEmpty() ? tr("any") : f.dateFrom.left(4),
                                    f.dateTo.isEmpty() ? tr("any") : f.dateTo.left(4));
    return parts.join(QStringLiteral(" · "));
}

Slide TimelineView::slide() const
{
    const Language l = m_context->language();
    const DatasetInfo info = m_context->database()->info();
    Slide s;
    const QString range = TimelineAxis::rangeLabel(m_canvas->rangeFrom(), m_canvas->rangeTo(), l);
    s.spec.title = tr("AI policy timeline, %1").arg(range);
    const QString lanes = m_canvas->mode() == TimelineLaneMode::Categories ? tr("Lanes by category")
                                                                            : tr("Lanes by country, organisation and company");
    const QString filters = filterSummary();
    s.spec.subtitle = filters.isEmpty() ? lanes : tr("%1 · Filtered: %2").arg(lanes, filters);
    s.spec.sourceLine = tr("Source: %1, %2 (%3). Dates known only to the month or year are drawn as bars over that "
                           "period. Made with AI Policy Atlas.")
                            .arg(pickText(l, info.titleKo, info.titleEn), pickText(l, info.publisherKo, info.publisherEn),
                                 info.published);
    TimelineWidget *canvas = m_canvas;
    s.body = [canvas](QPainter &painter, const QRectF &area) { canvas->paintExport(painter, area); };
    return s;
}

bool TimelineView::exportTo(const QString &file, qreal pngScale, QString *error) const
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const SlideExporter::Format format = suffix == u"svg" ? SlideExporter::Format::Svg
        : suffix == u"pdf"                                 ? SlideExporter::Format::Pdf
                                                           : SlideExporter::Format::Png;
    return SlideExporter::save(file, format, slide(), pngScale, error);
}

void TimelineView::showExportDialog()
{
    ExportContent content;
    QString name = QStringLiteral("timeline-%1")
                       .arg(TimelineAxis::rangeLabel(m_canvas->rangeFrom(), m_canvas->rangeTo(), Language::English));
    name.replace(u' ', u'-');
    name.replace(QChar(0x2013), u'-');
    content.fileName = name;
    content.slide = slide();
    ExportDialog::run(std::move(content), this);
}

void TimelineView::manageLanes()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lanes"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(tr("Tick the lanes to show. Lanes move inside their group; the order is kept."), &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *body = new QHBoxLayout;
    auto *list = new QListView(&dialog);
    list->setModel(m_lanes);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMinimumSize(320, 360);
    body->addWidget(list, 1);
    auto *buttons = new QVBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), &dialog);
    auto *down = new QPushButton(tr("Move &down"), &dialog);
    auto *showAll = new QPushButton(tr("&Show all"), &dialog);
    auto *reset = new QPushButton(tr("&Reset order"), &dialog);
    for (QPushButton *b : { up, down, showAll, reset })
        buttons->addWidget(b);
    buttons->addStretch(1);
    body->addLayout(buttons);
    layout->addLayout(body, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto move = [this, list](int delta) {
        const int row = list->currentIndex().row();
        if (row < 0)
            return;
        if (m_lanes->moveLane(row, row + delta))
            list->setCurrentIndex(m_lanes->index(row + delta));
    };
    connect(up, &QPushButton::clicked, &dialog, [move] { move(-1); });
    connect(down, &QPushButton::clicked, &dialog, [move] { move(1); });
    connect(showAll, &QPushButton::clicked, m_lanes, &TimelineLaneModel::showAll);
    connect(reset, &QPushButton::clicked, m_lanes, &TimelineLaneModel::resetOrder);
    list->setCurrentIndex(m_lanes->index(0));
    dialog.exec();
}

void TimelineView::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("mode"), modeKey(m_canvas->mode()));
    settings.setValue(QStringLiteral("collapsed"), m_canvas->collapsedGroups());
    for (TimelineLaneMode mode : { TimelineLaneMode::Actors, TimelineLaneMode::Categories }) {
        settings.setValue(QStringLiteral("order/") + modeKey(mode), m_lanes->order(mode));
        settings.setValue(QStringLiteral("hidden/") + modeKey(mode), m_lanes->hidden(mode));
    }
    settings.endGroup();
}

void TimelineView::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(kGroup);
    for (TimelineLaneMode mode : { TimelineLaneMode::Actors, TimelineLaneMode::Categories }) {
        m_lanes->restoreState(mode, settings.value(QStringLiteral("order/") + modeKey(mode)).toStringList(),
                              settings.value(QStringLiteral("hidden/") + modeKey(mode)).toStringList());
    }
    if (settings.contains(QStringLiteral("collapsed")))
        m_canvas->setCollapsedGroups(settings.value(QStringLiteral("collapsed")).toStringList());
    const bool byCategory = settings.value(QStringLiteral("mode")).toString() == modeKey(TimelineLaneMode::Categories);
    settings.endGroup();
    if (byCategory)
        m_byCategory->setChecked(true); // switches the canvas through setMode()
    m_restoring = false;
}

QJsonObject TimelineView::saveState() const
{
    const TimelineLaneMode mode = m_canvas->mode();
    QJsonObject o;
    o.insert(QStringLiteral("view"), QStringLiteral("timeline"));
    o.insert(QStringLiteral("from"), m_canvas->rangeFrom().toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), m_canvas->rangeTo().toString(Qt::ISODate));
    o.insert(QStringLiteral("mode"), modeKey(mode));
    QStringList hidden = m_lanes->hidden(mode);
    hidden.sort();
    o.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(hidden));
    o.insert(QStringLiteral("order"), QJsonArray::fromStringList(m_lanes->order(mode)));
    QStringList collapsed = m_canvas->collapsedGroups();
    collapsed.sort();
    o.insert(QStringLiteral("collapsed"), QJsonArray::fromStringList(collapsed));
    return o;
}

void TimelineView::restoreState(const QJsonObject &o)
{
    const auto list = [&o](QStringView key) {
        QStringList out;
        for (const QJsonValue &v : o.value(key).toArray())
            out << v.toString();
        return out;
    };
    const bool byCategory = o.value(u"mode").toString() == modeKey(TimelineLaneMode::Categories);
    (byCategory ? m_byCategory : m_byActor)->setChecked(true); // switches the canvas through setMode()
    const TimelineLaneMode mode = byCategory ? TimelineLaneMode::Categories : TimelineLaneMode::Actors;
    if (o.contains(u"order") || o.contains(u"hidden"))
        m_lanes->restoreState(mode, list(u"order"), list(u"hidden"));
    if (o.contains(u"collapsed"))
        m_canvas->setCollapsedGroups(list(u"collapsed"));
    const QDate from = QDate::fromString(o.value(u"from").toString(), Qt::ISODate);
    const QDate to = QDate::fromString(o.value(u"to").toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to)
        m_canvas->setRange(from, to);
}

void TimelineView::retranslateUi()
{
    m_byActor->setText(tr("By actor"));
    m_byActor->setToolTip(tr("One lane per country, organisation or company"));
    m_byCategory->setText(tr("By category"));
    m_byCategory->setToolTip(tr("One lane per category"));
    m_preset2023->setText(tr("2023"));
    m_preset2023->setToolTip(tr("Show the year 2023"));
    m_presetSince2016->setText(tr("2016–2023"));
    m_presetSince2016->setToolTip(tr("Show 2016 to 2023"));
    m_presetAll->setText(tr("All"));
    m_presetAll->setToolTip(tr("Show every item"));
    m_zoomIn->setToolTip(tr("Zoom in (+, or the mouse wheel)"));
    m_zoomOut->setToolTip(tr("Zoom out (−, or the mouse wheel)"));
    m_lanesButton->setText(tr("Lanes…"));
    m_lanesButton->setToolTip(tr("Show, hide and reorder lanes"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the current range as PNG, SVG or PDF"));
    m_canvas->setAccessibleName(tr("Timeline"));
    m_canvas->setToolTip(QString());
    m_canvas->setWhatsThis(tr("Wheel or pinch to zoom, drag to pan, click a mark to open it. Keys: ←/→ step between "
                              "items, ↑/↓ between lanes, +/− zoom, Shift+←/→ pan."));
    updateRangeLabel();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
