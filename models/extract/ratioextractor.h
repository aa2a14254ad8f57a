// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureextractor.h"

namespace Pizhu {

class CodePointIndex;

/**
 * Finds the figures that set one number against another, by rule: fractions (三分之二, Hong Kong's
 * 四分一, 近三分二, 3/4), percentages and per mille in words (百分之三十, 千分之五), and scores
 * (3:1, 25:22, 3比1). Clock times (16:43, 8:05) are not scores, and 十分一致 (very consistent) is
 * no fraction. A fraction's value is its quotient (no unit), a percentage's its number (unit % or
 * ‰), a score's the first side's (unit 比).
 */
class RatioExtractor
{
public:
    /** The figures of these kinds in \a text (simplified), in order. */
    static QList<Figure> extract(const QString &text);

private:
    static void addFractionsInWords(const QString &text, const CodePointIndex &codePoints,
                                    QList<Figure> &figures);
    static void addFractionsInDigits(const QString &text, const CodePointIndex &codePoints,
                                     QList<Figure> &figures);
    static void addScores(const QString &text, const CodePointIndex &codePoints, QList<Figure> &figures);
};

} // namespace Pizhu
