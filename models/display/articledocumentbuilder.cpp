// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocumentbuilder.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Pizhu {

namespace {

QTextBlockFormat spacedBlock(qreal bottomMargin)
{
    QTextBlockFormat format;
    format.setBottomMargin(bottomMargin);
    return format;
}

} // namespace

ArticleDocumentBuilder::ArticleDocumentBuilder(Options options)
    : m_options(std::move(options))
{
}

QString ArticleDocumentBuilder::metadataLine(const Article &article)
{
    QStringList parts;
    if (!article.published.isEmpty())
        parts << QString(article.published).replace(QLatin1Char('T'), QLatin1Char(' '));
    if (!article.outlet.isEmpty())
        parts << article.outlet;
    return parts.join(QStringLiteral(" · "));
}

QString ArticleDocumentBuilder::bylineLine(const Article &article)
{
    QStringList people;
    for (const Byline &byline : article.bylines)
        people << (byline.role.isEmpty()
                       ? byline.name
                       : tr("%1 %2", "byline: role, then name").arg(byline.role, byline.name));
    return people.join(tr(", ", "between bylines"));
}

QString ArticleDocumentBuilder::roleLabel(LineRole role)
{
    switch (role) {
    case LineRole::Title:
        return tr("title");
    case LineRole::Subtitle:
        return tr("subtitle");
    case LineRole::Dateline:
        return tr("date line");
    case LineRole::Byline:
        return tr("byline");
    case LineRole::Editor:
        return tr("editor");
    case LineRole::Navigation:
        return tr("navigation");
    case LineRole::Contact:
        return tr("contact");
    case LineRole::Image:
        return tr("image");
    case LineRole::RepeatedTitle:
        return tr("repeated title");
    case LineRole::Share:
        return tr("share");
    case LineRole::Related:
        return tr("related links");
    case LineRole::Footer:
        return tr("footer");
    }
    return {};
}

void ArticleDocumentBuilder::buildHeader(const Article &article, QTextCursor &cursor) const
{
    QTextBlockFormat titleBlock = spacedBlock(6);
    titleBlock.setHeadingLevel(1);
    QTextCharFormat titleChars;
    titleChars.setFontWeight(QFont::Bold);
    titleChars.setFontPointSize(m_options.font.pointSizeF() * 1.5);
    cursor.setBlockFormat(titleBlock);
    cursor.setCharFormat(titleChars);
    cursor.insertText(article.title);

    QTextCharFormat dim;
    dim.setForeground(m_options.palette.color(QPalette::PlaceholderText));
    if (!article.subtitle.isEmpty()) {
        QTextCharFormat subtitle;
        subtitle.setFontPointSize(m_options.font.pointSizeF() * 1.15);
        cursor.insertBlock(spacedBlock(6), subtitle);
        cursor.insertText(article.subtitle);
    }
    const QStringList lines = {metadataLine(article), bylineLine(article),
                               article.editor.isEmpty() ? QString() : tr("Editor: %1").arg(article.editor)};
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        cursor.insertBlock(spacedBlock(2), dim);
        cursor.insertText(line);
    }
    cursor.insertBlock(spacedBlock(12), dim); // a gap between header and body
}

void ArticleDocumentBuilder::insertImage(const AsideLine &line, QTextCursor &cursor) const
{
    QTextBlockFormat block = spacedBlock(8);
    block.setAlignment(Qt::AlignHCenter);
    block.setBackground(m_options.palette.color(QPalette::AlternateBase));
    QTextCharFormat chars;
    chars.setForeground(m_options.palette.color(QPalette::PlaceholderText));
    chars.setFontItalic(true);
    cursor.insertBlock(block, chars);
    cursor.insertText(line.caption.isEmpty() ? tr("[image %1]").arg(line.text)
                                             : tr("[image %1] %2").arg(line.text, line.caption));
}

void ArticleDocumentBuilder::insertAside(const AsideLine &line, QTextCursor &cursor) const
{
    QTextCharFormat chars;
    chars.setForeground(m_options.palette.color(QPalette::PlaceholderText));
    chars.setFontPointSize(m_options.font.pointSizeF() * 0.85);
    cursor.insertBlock(spacedBlock(4), chars);
    cursor.insertText(tr("[%1] %2").arg(roleLabel(line.role), line.text));
}

std::vector<int> ArticleDocumentBuilder::build(const ArticleDisplay &display, QTextDocument *document) const
{
    const Article &article = display.shown();
    std::vector<int> paragraphBlocks;
    paragraphBlocks.reserve(size_t(article.paragraphs.size()));
    document->clear();
    document->setDefaultFont(m_options.font);
    QTextCursor cursor(document);
    buildHeader(article, cursor);

    qsizetype next = 0;
    const QTextCharFormat bodyChars;
    for (qsizetype p = 0; p <= article.paragraphs.size(); ++p) {
        for (; next < article.asides.size() && article.asides.at(next).beforeParagraph <= p; ++next) {
            const AsideLine &line = article.asides.at(next);
            if (line.role == LineRole::Image)
                insertImage(line, cursor);
            else if (m_options.showSetAside && line.role != LineRole::Title)
                insertAside(line, cursor);
        }
        if (p == article.paragraphs.size())
            break;
        QTextBlockFormat paragraph = spacedBlock(8);
        paragraph.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        paragraph.setProperty(ParagraphProperty, int(p));
        cursor.insertBlock(paragraph, bodyChars);
        paragraphBlocks.push_back(cursor.blockNumber());
        cursor.insertText(article.paragraphs.at(p));
    }
    return paragraphBlocks;
}

} // namespace Pizhu
