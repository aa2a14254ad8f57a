// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledisplay.h"

#include "text/codepoints.h"

#include <algorithm>

namespace Pizhu {

ArticleDisplay::ArticleDisplay(const Article &article, ScriptMode mode)
    : m_mode(mode)
    , m_shown(article)
{
    const ScriptConverter &converter = ScriptConverter::forMode(mode);
    int start = 0;
    for (QString &paragraph : m_shown.paragraphs) {
        Conversion conversion = converter.convert(paragraph);
        m_starts.push_back(start);
        start += conversion.map.originalLength() + 1; // the '\n' between paragraphs
        paragraph = std::move(conversion.text);
        m_maps.push_back(std::move(conversion.map));
    }
    m_starts.push_back(std::max(0, start - 1));
    if (mode == ScriptMode::Original)
        return;
    for (QString *text : {&m_shown.title, &m_shown.subtitle, &m_shown.outlet, &m_shown.editor})
        *text = converter.convertText(*text);
    for (Byline &byline : m_shown.bylines) {
        byline.name = converter.convertText(byline.name);
        byline.role = converter.convertText(byline.role);
    }
    for (AsideLine &line : m_shown.asides) {
        line.text = converter.convertText(line.text);
        line.caption = converter.convertText(line.caption);
    }
}

ArticleDisplay::Position ArticleDisplay::toDisplay(int originalOffset, OffsetMap::Rounding rounding) const
{
    if (m_maps.empty())
        return {};
    // The paragraph the offset falls in; the '\n' after a paragraph counts as its end.
    const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend() - 1, originalOffset);
    const int paragraph = std::max(0, int(next - m_starts.cbegin()) - 1);
    const OffsetMap &map = m_maps.at(size_t(paragraph));
    return {paragraph, map.toConverted(originalOffset - m_starts.at(size_t(paragraph)), rounding)};
}

int ArticleDisplay::toOriginal(Position position, OffsetMap::Rounding rounding) const
{
    if (m_maps.empty())
        return 0;
    const int paragraph = std::clamp(position.paragraph, 0, int(m_maps.size()) - 1);
    return m_starts.at(size_t(paragraph)) +
           m_maps.at(size_t(paragraph)).toOriginal(position.offset, rounding);
}

} // namespace Pizhu
