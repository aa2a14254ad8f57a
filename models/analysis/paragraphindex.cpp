// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphindex.h"

#include <algorithm>

namespace Pizhu {

ParagraphIndex::ParagraphIndex(QStringView body)
{
    int offset = 0;
    for (const QChar c : body) {
        if (c == QLatin1Char('\n'))
            m_breaks << offset;
        // Offsets count code points: the second half of a surrogate pair is no new one.
        if (!c.isLowSurrogate())
            ++offset;
    }
}

int ParagraphIndex::paragraphOf(int offset) const
{
    return int(std::upper_bound(m_breaks.cbegin(), m_breaks.cend(), offset - 1) - m_breaks.cbegin());
}

} // namespace Pizhu
