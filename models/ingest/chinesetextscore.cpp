// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesetextscore.h"

#include "text/commonhanzi.h"

namespace Pizhu {

namespace {

bool isHanzi(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

double ChineseTextScore::of(const QString &text)
{
    qsizetype hanzi = 0;
    qsizetype frequent = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isHanzi(u) || c.isSurrogate()) {
            ++hanzi;
            if (CommonHanzi::contains(c))
                ++frequent;
        }
    }
    return hanzi == 0 ? -1.0 : double(frequent) / double(hanzi);
}

} // namespace Pizhu
