// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>

namespace Pizhu {

CodePointIndex::CodePointIndex(QStringView text)
    : m_text(text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            continue;
        m_lowSurrogates.push_back(i);
        if (i > 0 && text.at(i - 1).isHighSurrogate())
            m_pairStarts.push_back(i - 1 - qsizetype(m_pairStarts.size()));
    }
}

int CodePointIndex::toCodePoint(qsizetype index) const
{
    index = std::clamp<qsizetype>(index, 0, m_text.size());
    if (m_lowSurrogates.empty())
        return int(index);
    if (index > 0 && index < m_text.size() && m_text.at(index).isLowSurrogate() &&
        m_text.at(index - 1).isHighSurrogate())
        --index; // inside a pair: the character starts one unit earlier
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), index);
    return int(index - (before - m_lowSurrogates.cbegin()));
}

qsizetype CodePointIndex::toIndex(int codePoint) const
{
    if (codePoint <= 0)
        return 0;
    const auto pairsBefore =
        std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), qsizetype(codePoint));
    return std::min<qsizetype>(codePoint + (pairsBefore - m_pairStarts.cbegin()), m_text.size());
}

} // namespace Pizhu
