#include "ownmarkerdelegate.h"

#include "itemtablemodel.h"

#include <QPainter>

namespace Atlas {

void OwnMarkerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(ItemTableModel::OwnRole).toBool())
        return;
    const QColor blue(0x00, 0x72, 0xB2); // Okabe–Ito blue: no category uses it for a bar
    painter->save();
    painter->fillRect(QRect(option.rect.left(), option.rect.top() + 1, 4, option.rect.height() - 2), blue);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color() : blue);
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("✎"));
    painter->restore();
}

} // namespace Atlas
