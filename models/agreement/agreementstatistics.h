// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reliabilitydata.h"

namespace Pizhu {

/**
 * The agreement coefficients journals ask for, over nominal reliability data. Each is NaN where it
 * is undefined (no unit qualifies, or chance agreement is already perfect: every coder gave every
 * unit the same one value), never a made-up 0 or 1.
 *
 * - percentAgreement: the share of units, among those every coder coded, on which all agree.
 * - cohensKappa (Cohen 1960): two coders, over the units both coded.
 * - fleissKappa (Fleiss 1971): any number of coders, over the units every coder coded.
 * - krippendorffAlpha (Krippendorff 2004, nominal): any number of coders, missing values allowed;
 *   units with fewer than two values are not pairable and leave no trace.
 */
class AgreementStatistics
{
public:
    static double percentAgreement(const ReliabilityData &data);
    static double cohensKappa(const ReliabilityData &data, int coderA, int coderB);
    static double fleissKappa(const ReliabilityData &data);
    static double krippendorffAlpha(const ReliabilityData &data);

    /** How much weight of units each coefficient above rests on (all coded; pairable). */
    static double unitsCodedByAll(const ReliabilityData &data);
    static double pairableUnits(const ReliabilityData &data);
};

} // namespace Pizhu
