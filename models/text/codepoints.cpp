// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Pizhu {

int CodePoints::count(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += !c.isLowSurrogate();
    return n;
}

qsizetype CodePoints::toUtf16(QStringView text, int offset)
{
    qsizetype i = 0;
    for (int cp = 0; cp < offset && i < text.size(); ++cp)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return i;
}

int CodePoints::fromUtf16(QStringView text, qsizetype index)
{
    index = std::clamp<qsizetype>(index, 0, text.size());
    if (index > 0 && index < text.size() && text.at(index).isLowSurrogate() &&
        text.at(index - 1).isHighSurrogate())
        --index; // inside a pair: the character starts one unit earlier
    return count(text.left(index));
}

} // namespace Pizhu
