// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Pizhu {

/**
 * KSyntaxHighlighting's highlighter for the reader's reading aids, limited to the body paragraphs:
 * the title, the metadata lines, captions and set-aside lines keep the look the reader gives them.
 * Its formats are the layout's own, under the reader's marks (entities, passages, hits), which
 * are drawn over them.
 */
class ReadingAidHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ReadingAidHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Pizhu
