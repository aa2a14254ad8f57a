// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "itemmodels/itemroles.h"
#include "search/snippet.h"
#include "text/codepoints.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Pizhu {

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant value = index.data(SnippetRole);
    if (!value.canConvert<Snippet>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const Snippet snippet = value.value<Snippet>();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QList<QTextLayout::FormatRange> formats;
    for (const TextSpan &span : snippet.highlights) {
        QTextLayout::FormatRange range;
        range.start = int(CodePoints::toUtf16(snippet.text, span.start));
        range.length = int(CodePoints::toUtf16(snippet.text, span.end)) - range.start;
        range.format.setBackground(QColor(255, 235, 120));
        range.format.setForeground(Qt::black);
        formats.append(range);
    }
    const QRect rect = option.rect.adjusted(4, 0, -4, 0);
    const QString elided = option.fontMetrics.elidedText(snippet.text, Qt::ElideRight, rect.width() * 3);
    QTextLayout layout(elided, option.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace Pizhu
