// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <iterator>
#include <string>

namespace Pizhu {

/** Whether \a c is a CJK ideograph of the basic block or extension A, the script of names. */
inline bool isHanzi(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

/** Whether \a c ends a Chinese place name: 省 市 县 区 乡 镇 村 州 旗 (廊坊市, 燕郊镇, 北蔡各庄村). */
inline bool isPlaceSuffix(QChar c)
{
    static constexpr char16_t suffixes[] = u"省市县区乡镇村州旗";
    return std::char_traits<char16_t>::find(suffixes, std::size(suffixes) - 1, c.unicode()) != nullptr;
}

} // namespace Pizhu
