// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/linerole.h"

#include <QString>
#include <optional>

namespace Pizhu {

/**
 * Rules that judge one line of a scraped page by its shape and wording, wherever it stands.
 * ArticleParser combines them with the line's position (before the title, in the body, after it).
 */
class LineClassifier
{
public:
    /**
     * The role of a line that is boilerplate on any page: menus and breadcrumbs, contact lines,
     * copyright footers, share prompts, related-link headers, image file names. Nothing for text.
     */
    static std::optional<LineRole> boilerplateRole(const QString &line);

    /** A line that opens the list of links after an article (相关文章, 热门推荐, 分享到, 责任编辑). */
    static bool startsTail(const QString &line);

    static bool isImageFileName(const QString &line);
    /** Short, without sentence-final punctuation, with Hanzi: how titles and subtitles look. */
    static bool isHeadlineLike(const QString &line);
    /** A line of running text: long, or ending a sentence. */
    static bool isProse(const QString &line);
    /** A line that starts like a subtitle ("——看我市…"). */
    static bool isDashSubtitle(const QString &line);
    /** The date line of a page: a date with at most a source, a site and short labels around it. */
    static bool isDateline(const QString &line);

    /** The outlet in "来源:河北新闻网" (either script, either colon), or empty. */
    static QString sourceIn(const QString &line);
    /** The editor in "责任编辑:曹秦雨", or empty. */
    static QString editorIn(const QString &line);

    /** The line without list bullets and the indents scraped pages keep (•, U+3000). */
    static QString clean(const QString &line);
};

} // namespace Pizhu
