// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesetextscore.h"

#include "text/resourcetext.h"

#include <QSet>

namespace Pizhu {

namespace {

const QSet<char16_t> &commonHanzi()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        const QStringList lines = ResourceText::lines(QStringLiteral(":/lexicons/common-hanzi.txt"));
        for (const QString &line : lines) {
            for (const QChar c : line)
                s.insert(c.unicode());
        }
        return s;
    }();
    return set;
}

bool isHanzi(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

double ChineseTextScore::of(const QString &text)
{
    const auto &common = commonHanzi();
    qsizetype hanzi = 0;
    qsizetype frequent = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isHanzi(u) || c.isSurrogate()) {
            ++hanzi;
            if (common.contains(u))
                ++frequent;
        }
    }
    return hanzi == 0 ? -1.0 : double(frequent) / double(hanzi);
}

} // namespace Pizhu
