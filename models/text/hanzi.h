// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace Pizhu {

/** Whether \a c is a CJK ideograph of the basic block or extension A, the script of names. */
inline bool isHanzi(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

} // namespace Pizhu
