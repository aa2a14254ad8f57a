// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articledisplay.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

class QTextCursor;
class QTextDocument;

namespace Pizhu {

/**
 * Lays out an article for the reader pane as a QTextDocument: a header (title, subtitle, date,
 * outlet, bylines, editor), then the body paragraphs with the image placeholders in place, and,
 * when asked, the set-aside lines greyed where they stood on the page.
 *
 * Body blocks carry their paragraph index in the block format (ParagraphProperty), so highlights
 * can find the block of a stored offset; other blocks carry none.
 */
class ArticleDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleDocumentBuilder)

public:
    static constexpr int ParagraphProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1

    struct Options
    {
        QFont font;
        QPalette palette;
        bool showSetAside = false;
    };

    explicit ArticleDocumentBuilder(Options options);

    /**
     * Replaces the content of \a document with the article as \a display shows it. Returns the
     * block number of each body paragraph.
     */
    std::vector<int> build(const ArticleDisplay &display, QTextDocument *document) const;

    /** The metadata line under the title: date · outlet. */
    static QString metadataLine(const Article &article);
    /** "记者 尚丽娟, 通讯员 赵君明" */
    static QString bylineLine(const Article &article);
    /** The role of a set-aside line as the reader names it, translated. */
    static QString roleLabel(LineRole role);

private:
    void buildHeader(const Article &article, QTextCursor &cursor) const;
    void insertAside(const AsideLine &line, QTextCursor &cursor) const;
    void insertImage(const AsideLine &line, QTextCursor &cursor) const;

    Options m_options;
};

} // namespace Pizhu
