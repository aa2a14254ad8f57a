// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Pizhu {

namespace {

constexpr double Undefined = std::numeric_limits<double>::quiet_NaN();

bool codedByAll(const ReliabilityData::Unit &unit)
{
    return std::none_of(unit.values.cbegin(), unit.values.cend(),
                        [](int value) { return value == ReliabilityData::Missing; });
}

/** 1 − observed/expected, or undefined where nothing is expected to disagree. */
double chanceCorrected(double observedAgreement, double expectedAgreement)
{
    if (expectedAgreement >= 1.0)
        return Undefined;
    return (observedAgreement - expectedAgreement) / (1.0 - expectedAgreement);
}

} // namespace

double AgreementStatistics::unitsCodedByAll(const ReliabilityData &data)
{
    double weight = 0;
    for (const ReliabilityData::Unit &unit : data.units())
        weight += codedByAll(unit) ? unit.weight : 0;
    return weight;
}

double AgreementStatistics::pairableUnits(const ReliabilityData &data)
{
    double weight = 0;
    for (const ReliabilityData::Unit &unit : data.units()) {
        const auto values = std::count_if(unit.values.cbegin(), unit.values.cend(),
                                          [](int value) { return value != ReliabilityData::Missing; });
        weight += values >= 2 ? unit.weight : 0;
    }
    return weight;
}

double AgreementStatistics::percentAgreement(const ReliabilityData &data)
{
    double agreeing = 0;
    double total = 0;
    for (const ReliabilityData::Unit &unit : data.units()) {
        if (!codedByAll(unit))
            continue;
        total += unit.weight;
        if (std::adjacent_find(unit.values.cbegin(), unit.values.cend(), std::not_equal_to<>()) ==
            unit.values.cend())
            agreeing += unit.weight;
    }
    return total > 0 ? agreeing / total : Undefined;
}

double AgreementStatistics::cohensKappa(const ReliabilityData &data, int coderA, int coderB)
{
    double total = 0;
    double agreeing = 0;
    std::map<int, double> marginA;
    std::map<int, double> marginB;
    for (const ReliabilityData::Unit &unit : data.units()) {
        const int a = unit.values.at(size_t(coderA));
        const int b = unit.values.at(size_t(coderB));
        if (a == ReliabilityData::Missing || b == ReliabilityData::Missing)
            continue;
        total += unit.weight;
        agreeing += a == b ? unit.weight : 0;
        marginA[a] += unit.weight;
        marginB[b] += unit.weight;
    }
    if (total <= 0)
        return Undefined;
    double expected = 0;
    for (const auto &[category, count] : marginA) {
        const auto other = marginB.find(category);
        if (other != marginB.end())
            expected += (count / total) * (other->second / total);
    }
    return chanceCorrected(agreeing / total, expected);
}

double AgreementStatistics::fleissKappa(const ReliabilityData &data)
{
    const int raters = data.coderCount();
    if (raters < 2)
        return Undefined;
    double subjects = 0;
    double agreementSum = 0;           // Σ_i P_i, weighted
    std::map<int, double> assignments; // Σ_i n_ij per category j, weighted
    for (const ReliabilityData::Unit &unit : data.units()) {
        if (!codedByAll(unit))
            continue;
        std::map<int, int> perCategory;
        for (const int value : unit.values)
            ++perCategory[value];
        double pairsAgreeing = 0;
        for (const auto &[category, count] : perCategory) {
            pairsAgreeing += double(count) * (count - 1);
            assignments[category] += unit.weight * count;
        }
        agreementSum += unit.weight * pairsAgreeing / (double(raters) * (raters - 1));
        subjects += unit.weight;
    }
    if (subjects <= 0)
        return Undefined;
    double expected = 0;
    for (const auto &[category, count] : assignments) {
        const double share = count / (subjects * raters);
        expected += share * share;
    }
    return chanceCorrected(agreementSum / subjects, expected);
}

double AgreementStatistics::krippendorffAlpha(const ReliabilityData &data)
{
    // The coincidence matrix: every ordered pair of values within a unit, each unit's pairs
    // weighing 1 / (values − 1), so that each pairable value counts once.
    std::map<std::pair<int, int>, double> coincidences;
    std::map<int, double> marginals;
    for (const ReliabilityData::Unit &unit : data.units()) {
        std::map<int, int> perCategory;
        int values = 0;
        for (const int value : unit.values) {
            if (value != ReliabilityData::Missing) {
                ++perCategory[value];
                ++values;
            }
        }
        if (values < 2)
            continue;
        for (const auto &[c, nc] : perCategory) {
            for (const auto &[k, nk] : perCategory) {
                const double pairs = c == k ? double(nc) * (nc - 1) : double(nc) * nk;
                coincidences[{c, k}] += unit.weight * pairs / (values - 1);
            }
        }
    }
    double n = 0;
    for (const auto &[pair, count] : coincidences) {
        marginals[pair.first] += count;
        n += count;
    }
    if (n <= 1)
        return Undefined;
    double observed = 0; // Σ_{c≠k} o_ck
    for (const auto &[pair, count] : coincidences)
        observed += pair.first != pair.second ? count : 0;
    double expected = 0; // Σ_{c≠k} n_c n_k / (n − 1)
    for (const auto &[c, nc] : marginals) {
        for (const auto &[k, nk] : marginals)
            expected += c != k ? nc * nk : 0;
    }
    expected /= n - 1;
    if (expected <= 0)
        return Undefined;
    return 1.0 - observed / expected;
}

} // namespace Pizhu
