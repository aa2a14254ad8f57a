// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QtGlobal>
#include <vector>

namespace Pizhu {

/**
 * Krippendorff's α for unitizing a continuum (α_u; Krippendorff 1995, "On the reliability of
 * unitizing continuous data", and Content Analysis, 2nd ed. 2004, §12.4): how far coders agree on
 * where the units of one category begin and end, not only on which characters they cover. Each
 * coder's units split the continuum into units and gaps; observed disagreement sums the squared
 * differences of the begins and ends of overlapping units, and the squared length of a unit that
 * lies wholly in another coder's gap; expected disagreement is what all possible placements of the
 * same units would give.
 */
class UnitizingAlpha
{
public:
    struct Category
    {
        double observed = 0; ///< D_o
        double expected = 0; ///< D_e
        double alpha() const;
    };

    /**
     * α_u of one category on [begin, begin + length): \a coders holds each coder's units (spans
     * within the continuum, in any order). Units of one coder that overlap are joined first, as
     * α_u requires; a unit reaching past the continuum is cut to it.
     */
    static Category forCategory(const std::vector<std::vector<TextSpan>> &coders, qint64 begin,
                                qint64 length);
    /** α_u over several categories: 1 − ΣD_o / ΣD_e. */
    static double overall(const std::vector<Category> &categories);
};

} // namespace Pizhu
