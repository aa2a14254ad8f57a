// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timebuckets.h"

#include <QList>
#include <QStringList>

namespace Pizhu {

/** Counts as articles, or as articles per 1,000 articles of the same period (or outlet). */
enum class TimelineMeasure
{
    Articles,
    PerThousand,
};

/**
 * Articles counted by period or outlet: one row of counts per series (a query, a tag, an entity,
 * the articles listed), and how many articles each bucket holds in all, which per-1,000 figures
 * are relative to. A code-by-outlet or code-by-period crosstab is the same table with a series
 * per tag.
 */
struct TimelineTable
{
    TimeAxis axis = TimeAxis::Month;
    QStringList buckets;      ///< TimeBuckets keys, in order; "" (no date, no outlet) last
    QStringList series;       ///< the series' labels
    QList<QList<int>> counts; ///< [series][bucket]: articles
    QList<int> totals;        ///< [bucket]: articles in all (within the scope)

    /** The count of \a series in \a bucket as \a measure has it. */
    double value(int series, int bucket, TimelineMeasure measure) const
    {
        const int count = counts.at(series).at(bucket);
        if (measure == TimelineMeasure::Articles)
            return count;
        return totals.at(bucket) > 0 ? 1000.0 * count / totals.at(bucket) : 0.0;
    }
    int seriesTotal(int series) const
    {
        int sum = 0;
        for (const int count : counts.at(series))
            sum += count;
        return sum;
    }
};

} // namespace Pizhu
