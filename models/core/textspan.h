// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Pizhu {

/** A span of code points, [start, end). */
struct TextSpan
{
    int start = 0;
    int end = 0;

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
    friend bool operator<(const TextSpan &a, const TextSpan &b)
    {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    }
};

} // namespace Pizhu
