// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocumentbuilder.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Pizhu {

ArticleDocumentBuilder::ArticleDocumentBuilder(const QFont &baseFont)
    : m_font(baseFont)
{
}

QString ArticleDocumentBuilder::metadataLine(const Article &article)
{
    QStringList parts;
    if (!article.published.isEmpty())
        parts << QString(article.published).replace(QLatin1Char('T'), QLatin1Char(' '));
    if (!article.outlet.isEmpty())
        parts << article.outlet;
    QStringList people;
    for (const Byline &byline : article.bylines)
        people << (byline.role.isEmpty() ? byline.name : tr("%1 %2", "byline: role, then name").arg(byline.role, byline.name));
    if (!people.isEmpty())
        parts << people.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}

void ArticleDocumentBuilder::build(const Article &article, QTextDocument *document) const
{
    document->clear();
    document->setDefaultFont(m_font);
    QTextCursor cursor(document);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(6);
    titleBlock.setHeadingLevel(1);
    QTextCharFormat titleChars;
    titleChars.setFontWeight(QFont::Bold);
    titleChars.setFontPointSize(m_font.pointSizeF() * 1.5);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(article.title, titleChars);

    const QString metadata = metadataLine(article);
    if (!metadata.isEmpty()) {
        QTextBlockFormat metaBlock;
        metaBlock.setBottomMargin(12);
        QTextCharFormat metaChars;
        metaChars.setForeground(QColor(0x70, 0x70, 0x70));
        cursor.insertBlock(metaBlock, metaChars);
        cursor.insertText(metadata);
    }

    QTextCharFormat bodyChars;
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        QTextBlockFormat paragraph;
        paragraph.setBottomMargin(8);
        paragraph.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        paragraph.setProperty(ParagraphProperty, int(i));
        cursor.insertBlock(paragraph, bodyChars);
        cursor.insertText(article.paragraphs.at(i));
    }
}

} // namespace Pizhu
