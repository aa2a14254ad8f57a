// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Pizhu {

/**
 * Reliability data for nominal values, as Krippendorff lays it out: units by coders, each cell a
 * category (0, 1, ...) or missing (the coder did not code that unit). A unit may stand for several
 * identical ones: a run of characters that every coder marked alike is one unit of that weight, so
 * character-level agreement over a corpus needs no row per character.
 */
class ReliabilityData
{
public:
    static constexpr int Missing = -1;

    explicit ReliabilityData(int coders)
        : m_coders(coders)
    {
    }

    int coderCount() const { return m_coders; }

    /** Adds a unit with one value per coder (Missing where a coder gave none). */
    void addUnit(std::vector<int> values, double weight = 1.0)
    {
        m_units.push_back({std::move(values), weight});
    }

    struct Unit
    {
        std::vector<int> values;
        double weight = 1.0;
    };
    const std::vector<Unit> &units() const { return m_units; }

private:
    int m_coders;
    std::vector<Unit> m_units;
};

} // namespace Pizhu
