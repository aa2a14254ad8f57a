// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <optional>

namespace Pizhu {

/**
 * Reads numbers as Chinese news writes them: digits with decimals (9.9, 1,900, full-width １９),
 * Chinese numerals (四, 十二, 两千三百, 一万二千), and either followed by 万 or 亿 (9.9万 = 99,000,
 * 1900万 = 19,000,000).
 */
class ChineseNumber
{
public:
    /** The value of \a text, which must be a number and nothing else. */
    static std::optional<double> parse(QStringView text);

    static bool isDigit(QChar c);
    static bool isNumeral(QChar c); ///< 零〇一二两三四五六七八九十百千万亿 (and 兩 萬 億)
};

} // namespace Pizhu
