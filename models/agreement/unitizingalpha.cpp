// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitizingalpha.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pizhu {

namespace {

/** A stretch of the continuum as one coder left it: a unit of the category, or a gap. */
struct Segment
{
    qint64 begin = 0;
    qint64 length = 0;
    bool unit = false;

    qint64 end() const { return begin + length; }
};

/** The coder's units, joined where they overlap and cut to the continuum, with the gaps between. */
std::vector<Segment> segmentsOf(std::vector<TextSpan> units, qint64 begin, qint64 length)
{
    std::sort(units.begin(), units.end());
    std::vector<Segment> segments;
    qint64 at = begin;
    const qint64 end = begin + length;
    for (const TextSpan &span : units) {
        const qint64 from = std::max<qint64>(span.start, begin);
        const qint64 to = std::min<qint64>(span.end, end);
        if (to <= from)
            continue;
        if (!segments.empty() && segments.back().unit && from < segments.back().end()) {
            segments.back().length = std::max(segments.back().end(), to) - segments.back().begin;
            at = segments.back().end();
            continue;
        }
        if (from > at)
            segments.push_back({at, from - at, false});
        segments.push_back({from, to - from, true});
        at = to;
    }
    if (at < end)
        segments.push_back({at, end - at, false});
    return segments;
}

/** The squared distance of two overlapping segments of two coders (Krippendorff 2004, p. 253). */
long double distance(const Segment &g, const Segment &h)
{
    const long double offset = g.begin - h.begin;
    if (g.unit && h.unit && -g.length < offset && offset < h.length) {
        const long double ends = g.end() - h.end();
        return offset * offset + ends * ends;
    }
    if (g.unit && !h.unit && offset >= 0 && g.end() <= h.end())
        return static_cast<long double>(g.length) * g.length;
    if (!g.unit && h.unit && offset <= 0 && h.end() <= g.end())
        return static_cast<long double>(h.length) * h.length;
    return 0;
}

/** Σ δ² over the pairs of segments of two coders that overlap, in one pass along both. */
long double pairDisagreement(const std::vector<Segment> &first, const std::vector<Segment> &second)
{
    long double sum = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < first.size() && j < second.size()) {
        sum += distance(first[i], second[j]);
        if (first[i].end() < second[j].end())
            ++i;
        else if (second[j].end() < first[i].end())
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    return sum;
}

} // namespace

double UnitizingAlpha::Category::alpha() const
{
    if (expected <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return 1.0 - observed / expected;
}

UnitizingAlpha::Category UnitizingAlpha::forCategory(const std::vector<std::vector<TextSpan>> &coders,
                                                     qint64 begin, qint64 length)
{
    Category result;
    const auto m = static_cast<long double>(coders.size());
    const auto L = static_cast<long double>(length);
    if (coders.size() < 2 || length <= 0)
        return result;
    std::vector<std::vector<Segment>> segments;
    for (const std::vector<TextSpan> &units : coders)
        segments.push_back(segmentsOf(units, begin, length));

    long double observed = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
        for (size_t j = i + 1; j < segments.size(); ++j)
            observed += pairDisagreement(segments[i], segments[j]);
    }
    result.observed = double(2 * observed / (m * (m - 1) * L * L));

    // Expected: each unit against every placement among the units and in every gap that can hold it.
    std::vector<qint64> unitLengths;
    std::vector<qint64> gapLengths;
    for (const std::vector<Segment> &coder : segments) {
        for (const Segment &segment : coder)
            (segment.unit ? unitLengths : gapLengths).push_back(segment.length);
    }
    std::sort(gapLengths.begin(), gapLengths.end());
    std::vector<long double> gapSuffix(gapLengths.size() + 1, 0); // Σ (gap + 1) from index i on
    for (size_t i = gapLengths.size(); i-- > 0;)
        gapSuffix[i] = gapSuffix[i + 1] + gapLengths[i] + 1;
    const auto units = static_cast<long double>(unitLengths.size());
    long double expected = 0;
    long double unitPairs = 0; // Σ l (l − 1)
    for (const qint64 length : unitLengths) {
        const auto l = static_cast<long double>(length);
        const size_t fits =
            size_t(std::lower_bound(gapLengths.begin(), gapLengths.end(), length) - gapLengths.begin());
        const auto gapsThatFit = static_cast<long double>(gapLengths.size() - fits);
        expected +=
            (units - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * (gapSuffix[fits] - l * gapsThatFit);
        unitPairs += l * (l - 1);
    }
    const long double denominator = m * L * (m * L - 1) - unitPairs;
    result.expected = denominator > 0 ? double((2 / L) * expected / denominator) : 0;
    return result;
}

double UnitizingAlpha::overall(const std::vector<Category> &categories)
{
    double observed = 0;
    double expected = 0;
    for (const Category &category : categories) {
        observed += category.observed;
        expected += category.expected;
    }
    return expected > 0 ? 1.0 - observed / expected : std::numeric_limits<double>::quiet_NaN();
}

} // namespace Pizhu
