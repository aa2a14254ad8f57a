// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/textspan.h"
#include "text/scriptconverter.h"

#include <vector>

namespace Pizhu {

/**
 * An article as the reader shows it in one script: every text converted, and the body converted
 * paragraph by paragraph (a line break is always a segment boundary, so nothing is lost) with a map
 * per paragraph. It translates between offsets in the stored original body (what annotations and
 * entities store) and positions in the displayed paragraphs, in both directions.
 */
class ArticleDisplay
{
public:
    /** A place in the displayed body: a paragraph and a code point offset within it. */
    struct Position
    {
        int paragraph = 0;
        int offset = 0;

        friend bool operator==(const Position &, const Position &) = default;
    };

    ArticleDisplay(const Article &article, ScriptMode mode);

    ScriptMode mode() const { return m_mode; }
    /** The article with title, subtitle, outlet, bylines, editor, paragraphs and set-aside lines converted.
     */
    const Article &shown() const { return m_shown; }

    Position toDisplay(int originalOffset, OffsetMap::Rounding rounding = OffsetMap::Rounding::Down) const;
    int toOriginal(Position position, OffsetMap::Rounding rounding = OffsetMap::Rounding::Down) const;

    /** Where paragraph \a paragraph starts in the original body, in code points. */
    int paragraphStart(int paragraph) const { return m_starts.at(size_t(paragraph)); }

private:
    ScriptMode m_mode;
    Article m_shown;
    std::vector<int> m_starts; ///< original offsets of the paragraphs, plus the body's end
    std::vector<OffsetMap> m_maps;
};

} // namespace Pizhu
