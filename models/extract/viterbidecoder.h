// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitylabel.h"

#include <array>
#include <vector>

namespace Pizhu {

/**
 * The best label sequence of a first-order model: emission scores per position and label, a
 * score for each pair of neighbouring labels and for the first label. Transitions that
 * EntityLabels::allowed() forbids are never taken, so every name has a beginning.
 */
class ViterbiDecoder
{
public:
    using Transitions = std::array<float, EntityLabelCount * EntityLabelCount>; ///< [from * count + to]
    using Starts = std::array<float, EntityLabelCount>;

    ViterbiDecoder(const Transitions &transitions, const Starts &starts);

    /** \a emissions holds EntityLabelCount scores for each position, position after position. */
    std::vector<EntityLabel> decode(const std::vector<float> &emissions) const;

private:
    const Transitions &m_transitions;
    const Starts &m_starts;
};

} // namespace Pizhu
