#include "search/RichTextDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace threadline::ui {

namespace {

constexpr int kPadding = 4;

void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html) {
    document.setDefaultFont(option.font);
    document.setHtml(html);
    document.setTextWidth(std::max(50, option.rect.width() - 2 * kPadding));
}

} // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString html = item.text;
    item.text.clear();
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    QTextDocument document;
    layOut(document, item, html);
    painter->save();
    painter->translate(item.rect.topLeft() + QPoint(kPadding, kPadding));
    QAbstractTextDocumentLayout::PaintContext context;
    if (item.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, item.palette.color(QPalette::HighlightedText));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (const auto* view = qobject_cast<const QAbstractItemView*>(item.widget))
        item.rect.setWidth(view->viewport()->width());
    QTextDocument document;
    layOut(document, item, item.text);
    return {int(document.idealWidth()) + 2 * kPadding,
            int(document.size().height()) + 2 * kPadding};
}

} // namespace threadline::ui
