// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/article.h"

#include <QCoreApplication>
#include <QFont>

class QTextDocument;

namespace Pizhu {

/**
 * Lays out an article for the reader pane as a QTextDocument: a header with the title and the
 * metadata, then one block per body paragraph. Body blocks carry their paragraph index in the
 * block format (ParagraphProperty), so highlights can find the block of a stored offset.
 */
class ArticleDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleDocumentBuilder)

public:
    static constexpr int ParagraphProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1

    explicit ArticleDocumentBuilder(const QFont &baseFont = QFont());

    /** Replaces the content of \a document with \a article. */
    void build(const Article &article, QTextDocument *document) const;

    /** The metadata line under the title: date · outlet · bylines. */
    static QString metadataLine(const Article &article);

private:
    QFont m_font;
};

} // namespace Pizhu
