#pragma once

#include <QStyledItemDelegate>

namespace Atlas {

// Marks the user's own records in a table of items (ItemTableModel::OwnRole): a blue bar at the
// cell's left edge and a pencil at its right, so they stand apart from the report's records at a
// glance; the cell's tooltip says "Your own record".
class OwnMarkerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Atlas
