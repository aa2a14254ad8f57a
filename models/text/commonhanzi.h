// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace Pizhu {

/**
 * The most frequent Hanzi of modern written Chinese, both scripts, most frequent first
 * (resources/lexicons/common-hanzi.txt).
 */
class CommonHanzi
{
public:
    static bool contains(QChar c) { return rank(c) < Rare; }
    /** 0 for the most frequent character, higher for rarer ones; Rare for those not listed. */
    static int rank(QChar c);

    static constexpr int Rare = 1 << 20;
};

} // namespace Pizhu
