#pragma once

#include <QStyledItemDelegate>

namespace threadline::ui {

// Draws an item's text as HTML (search results with their matched words in bold), wrapped to
// the view's width.
class RichTextDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const final;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const final;
};

} // namespace threadline::ui
