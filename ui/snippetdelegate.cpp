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
    QRect rect = option.rect.adjusted(4, 0, -4, 0);
    painter->save();
    painter->setClipRect(rect);
    const QColor text = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                              : option.palette.text().color();
    // The hit count first, dimmed, then the snippet moved so that its first hit is in the middle.
    const QString count = QStringLiteral("%1× ").arg(index.data(HitCountRole).toInt());
    painter->setPen(option.state & QStyle::State_Selected ? text
                                                          : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, count);
    rect.setLeft(rect.left() + option.fontMetrics.horizontalAdvance(count));
    QTextLayout layout(snippet.text, option.font);
    layout.setFormats(formats);
    QTextOption noWrap;
    noWrap.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(noWrap);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    qreal shift = 0;
    if (!formats.isEmpty() && line.naturalTextWidth() > rect.width()) {
        const qreal hitMiddle = (line.cursorToX(formats.first().start) +
                                 line.cursorToX(formats.first().start + formats.first().length)) /
                                2;
        shift = std::clamp(rect.width() / 2.0 - hitMiddle, rect.width() - line.naturalTextWidth(), 0.0);
    }
    painter->setClipRect(rect);
    painter->setPen(text);
    layout.draw(painter, QPointF(rect.left() + shift, rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace Pizhu
