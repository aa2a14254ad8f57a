// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingaidhighlighter.h"

#include "display/articledocumentbuilder.h"

#include <QTextBlock>

namespace Pizhu {

ReadingAidHighlighter::ReadingAidHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
}

void ReadingAidHighlighter::highlightBlock(const QString &text)
{
    if (currentBlock().blockFormat().hasProperty(ArticleDocumentBuilder::ParagraphProperty))
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
}

} // namespace Pizhu
