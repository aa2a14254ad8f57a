// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphindex.h"

#include <algorithm>

namespace Pizhu {

ParagraphIndex::ParagraphIndex(QByteArrayView utf8)
{
    int offset = 0;
    for (const char byte : utf8) {
        if (byte == '\n')
            m_breaks << offset;
        // A code point starts at every byte but a continuation byte (10xxxxxx).
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++offset;
    }
}

int ParagraphIndex::countIn(QByteArrayView utf8)
{
    return int(std::count(utf8.begin(), utf8.end(), '\n')) + 1;
}

int ParagraphIndex::paragraphOf(int offset) const
{
    return int(std::upper_bound(m_breaks.cbegin(), m_breaks.cend(), offset - 1) - m_breaks.cbegin());
}

} // namespace Pizhu
