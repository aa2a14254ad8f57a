// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * The readable part of an HTML page: its visible text with one line per block element, the
 * <title> (without the site name after "_", " - " or "|"), and the publication date from <meta>
 * tags (article:published_time, pubdate, publishdate, date ...). Scripts, styles and comments go.
 */
struct HtmlText
{
    QString visibleText;
    QString title;
    QString publishedIso;

    static HtmlText extract(const QString &html);
    /** Whether decoded text is an HTML document, whatever the file is called. */
    static bool looksLikeHtml(const QString &text);
    /** Replaces character references (&amp;, &#20013;, &#x4E2D;, &nbsp; ...) by their characters. */
    static QString decodeEntities(const QString &text);
};

} // namespace Pizhu
