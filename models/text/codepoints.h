// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Pizhu {

/**
 * Converts between QString's UTF-16 indices and the Unicode code point offsets Pizhu stores
 * (DESIGN.md, decision 1: Python's str slicing gives the same span). They differ only after a
 * character outside the BMP (𠮷), which takes two UTF-16 units.
 */
class CodePoints
{
public:
    static int count(QStringView text);
    /** The UTF-16 index of code point \a offset in \a text (clamped to the text). */
    static qsizetype toUtf16(QStringView text, int offset);
    /** The code point offset of UTF-16 index \a index (inside a surrogate pair: the pair's start). */
    static int fromUtf16(QStringView text, qsizetype index);
};

} // namespace Pizhu
