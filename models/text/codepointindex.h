// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <vector>

namespace Pizhu {

/**
 * CodePoints' conversions for many positions in one text, each in logarithmic time instead of a
 * scan from the start (which made extraction quadratic in the length of an article). Free when the
 * text has no surrogates, as almost all Chinese news has not. The text must outlive the index.
 */
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);

    /** As CodePoints::fromUtf16(text, index). */
    int toCodePoint(qsizetype index) const;
    /** As CodePoints::toUtf16(text, codePoint). */
    qsizetype toIndex(int codePoint) const;

private:
    QStringView m_text;
    std::vector<qsizetype> m_lowSurrogates; ///< every low surrogate: each adds a unit but no code point
    std::vector<qsizetype> m_pairStarts;    ///< code point offset of each well-formed pair, in order
};

} // namespace Pizhu
