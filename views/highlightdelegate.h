#pragma once

#include <QStyledItemDelegate>

namespace Atlas {

// Paints an item view cell with the search hits marked: the terms come from the model's
// ItemTableModel::SearchTermsRole, so every view of the item model highlights the same query.
// Hits get a soft yellow background (bold and underlined on a selected row, where a background
// would fight the selection colour); the text is elided as usual.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor hitBackground();
};

} // namespace Atlas
