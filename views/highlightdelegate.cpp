#include "highlightdelegate.h"

#include "itemtablemodel.h"
#include "searchengine.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Atlas {

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor HighlightDelegate::hitBackground()
{
    return QColor(0xff, 0xe0, 0x66); // readable under black text, distinct from every category colour
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList terms = index.data(ItemTableModel::SearchTermsRole).toStringList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (terms.isEmpty() || opt.text.isEmpty() || SearchEngine::matches(opt.text, terms).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, focus and decoration as the style draws them, then the text by hand.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(3, 0, -3, 0); // the style's own text margin
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width());
    const bool selected = opt.state & QStyle::State_Selected;
    QTextCharFormat hit;
    if (selected) {
        hit.setFontWeight(QFont::Bold);
        hit.setFontUnderline(true);
    } else {
        hit.setBackground(hitBackground());
        hit.setForeground(QColor(Qt::black));
    }
    QList<QTextLayout::FormatRange> formats;
    for (const SearchEngine::Range &r : SearchEngine::matches(shown, terms))
        formats.append({ r.start, r.length, hit });

    QTextLayout layout(shown, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width() + 100); // elided already: never wrap
    layout.endLayout();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                               ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace Atlas
