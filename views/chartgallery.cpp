#include "chartgallery.h"

#include "chartbuilder.h"
#include "chartcatalogmodel.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <cmath>

namespace Atlas {

namespace {

constexpr int ThumbWidth = 64;
constexpr int ThumbHeight = 40;
constexpr int RowHeight = 54;

// Paints a sparkline (forecasts) or small bars (everything else) from the numbers in the
// catalog: nothing is rendered ahead, so a gallery of thousands of charts costs nothing.
class GalleryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), RowHeight);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(6, 6, -6, -6);
        const QRectF thumb(r.left(), r.top() + (r.height() - ThumbHeight) / 2.0, ThumbWidth, ThumbHeight);
        // The chart's own colours, so a thumbnail looks like its chart in every theme.
        const ThemeColors &colors = Theme::instance()->colors();
        painter->setPen(QPen(colors.chartGrid, 1));
        painter->setBrush(colors.chartBackground);
        painter->drawRoundedRect(thumb, 3, 3);
        paintThumbnail(painter, thumb.adjusted(5, 5, -5, -5), index);

        const bool selected = option.state & QStyle::State_Selected;
        const QRect text(int(thumb.right()) + 8, r.top(), r.right() - int(thumb.right()) - 8, r.height());
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fm(bold);
        const QString title = fm.elidedText(index.data().toString(), Qt::ElideRight, text.width());
        painter->drawText(QRect(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignBottom, title);
        painter->setFont(option.font);
        QColor sub = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(sub);
        const QString subtitle = QFontMetrics(option.font).elidedText(index.data(ChartCatalogModel::SubtitleRole).toString(),
                                                                      Qt::ElideRight, text.width());
        painter->drawText(QRect(text.left(), text.center().y() + 2, text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignTop,
                          subtitle);
        painter->restore();
    }

private:
    static void paintThumbnail(QPainter *painter, const QRectF &area, const QModelIndex &index)
    {
        const QVariantList lines = index.data(ChartCatalogModel::ThumbnailValuesRole).toList();
        const auto shape = ChartCatalogModel::Shape(index.data(ChartCatalogModel::ShapeRole).toInt());
        if (shape == ChartCatalogModel::Shape::Bars) {
            const QVariantList bars = lines.value(0).toList();
            if (bars.isEmpty())
                return;
            const int highlight = index.data(ChartCatalogModel::HighlightRole).toInt();
            double maxV = 0;
            // A series' points come as (x, y) pairs: the bar is y.
            const auto valueOf = [](const QVariant &v) {
                return v.typeId() == QMetaType::QVariantList ? v.toList().value(1).toDouble() : v.toDouble();
            };
            for (const QVariant &v : bars)
                maxV = std::max(maxV, std::abs(valueOf(v)));
            const int n = int(std::min<qsizetype>(bars.size(), 8));
            const double h = area.height() / n;
            for (int i = 0; i < n; ++i) {
                const double w = maxV > 0 ? std::abs(valueOf(bars.at(i))) / maxV * area.width() : 0;
                painter->fillRect(QRectF(area.left(), area.top() + i * h + h * 0.15, std::max(1.0, w), h * 0.7),
                                  i == highlight ? ChartBuilder::highlightColor() : ChartBuilder::barColor());
            }
            return;
        }
        double minX = qInf(), maxX = -qInf(), maxY = 0;
        for (const QVariant &line : lines) {
            for (const QVariant &p : line.toList()) {
                const QVariantList xy = p.toList();
                minX = std::min(minX, xy.value(0).toDouble());
                maxX = std::max(maxX, xy.value(0).toDouble());
                maxY = std::max(maxY, xy.value(1).toDouble());
            }
        }
        if (maxY <= 0)
            return;
        const bool single = !(maxX > minX);
        const double spanX = single ? 1 : maxX - minX;
        int colour = 0;
        for (const QVariant &line : lines) {
            QPainterPath path;
            const QVariantList points = line.toList();
            for (int i = 0; i < points.size(); ++i) {
                const QVariantList xy = points.at(i).toList();
                const QPointF p(single ? area.center().x() : area.left() + (xy.value(0).toDouble() - minX) / spanX * area.width(),
                                area.bottom() - xy.value(1).toDouble() / maxY * area.height());
                if (i == 0)
                    path.moveTo(p);
                else
                    path.lineTo(p);
            }
            painter->setPen(QPen(ChartBuilder::lineColor(colour++), 1.6));
            painter->setBrush(Qt::NoBrush);
            if (points.size() == 1)
                painter->drawEllipse(path.currentPosition(), 2, 2);
            else
                painter->drawPath(path);
        }
    }
};

} // namespace

ChartGallery::ChartGallery(ChartCatalogModel *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(catalog);
    m_proxy->setFilterRole(ChartCatalogModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new GalleryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    // Enter or Down in the search field moves into the list, as in a launcher.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit currentChanged(current.data(ChartCatalogModel::IdRole).toString());
    });
    retranslateUi();
}

void ChartGallery::setCurrentId(const QString &id)
{
    const int row = m_catalog->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_catalog->index(row));
    if (!index.isValid()) {
        m_search->clear();
        return setCurrentId(id);
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

QString ChartGallery::currentId() const
{
    return m_list->currentIndex().data(ChartCatalogModel::IdRole).toString();
}

int ChartGallery::visibleCount() const
{
    return m_proxy->rowCount();
}

void ChartGallery::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartGallery::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search charts (both languages)…"));
    m_search->setToolTip(tr("Matches titles, publishers and countries in Korean and English"));
    m_list->setAccessibleName(tr("Charts"));
}

} // namespace Atlas
