// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

namespace Pizhu {

/**
 * Turns the decoded text of one scraped news page into an Article.
 *
 * The page is read in three parts. The head runs to the title (found as the headline-like line
 * just before the date line, or the first headline-like line) and on through the date, source,
 * subtitle and byline lines that follow it. The body is every line from there to the tail, which
 * starts at the first editor, share, related-links or copyright line. Lines that are not body
 * text (menus, image file names and their captions, repeated titles, footers) are set aside in
 * place, so every non-empty line of the page is either a paragraph or an AsideLine.
 * Credits in the lead ("河北新闻网讯(通讯员闫文婧、贾光斌)") and at the end of the last paragraph
 * ("(许小燕 文/图)") give the bylines; they stay in the text.
 */
class ArticleParser
{
public:
    static Article parse(const QString &text);

    /**
     * Parses the body of a record whose title is known (a CSV or JSONL field): no title is looked
     * for, and a line repeating \a title is set aside.
     */
    static Article parseBody(const QString &title, const QString &body);
};

} // namespace Pizhu
