// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawmention.h"

#include <QList>
#include <algorithm>
#include <vector>

namespace Pizhu {

/**
 * Which UTF-16 units of a text the mentions found so far cover. An overlap check costs the length
 * of the span asked about, not the number of mentions, so extraction stays linear in the text.
 */
class SpanCoverage
{
public:
    explicit SpanCoverage(qsizetype length, const QList<RawMention> &mentions = {})
        : m_covered(size_t(std::max<qsizetype>(length, 0)), false)
    {
        for (const RawMention &mention : mentions)
            mark(mention.start, mention.end);
    }

    void mark(qsizetype start, qsizetype end)
    {
        for (qsizetype i = std::max<qsizetype>(start, 0); i < std::min(end, size()); ++i)
            m_covered[size_t(i)] = true;
    }

    bool overlaps(qsizetype start, qsizetype end) const
    {
        for (qsizetype i = std::max<qsizetype>(start, 0); i < std::min(end, size()); ++i) {
            if (m_covered[size_t(i)])
                return true;
        }
        return false;
    }

private:
    qsizetype size() const { return qsizetype(m_covered.size()); }

    std::vector<bool> m_covered;
};

} // namespace Pizhu
