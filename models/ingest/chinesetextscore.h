// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * How much a text reads like ordinary Chinese: the share of its Hanzi that are among the most
 * frequent characters (resources/lexicons/common-hanzi.txt). A wrong legacy decoding turns
 * common characters into rare ones, so the right decoding scores clearly higher.
 */
class ChineseTextScore
{
public:
    /** A score from 0 (no common Hanzi) to 1; -1 for text without Hanzi. */
    static double of(const QString &text);
};

} // namespace Pizhu
