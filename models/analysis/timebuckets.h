// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace Pizhu {

/** What a count over time (or by source) is counted by. */
enum class TimeAxis
{
    Day,
    Week, ///< ISO 8601 weeks, Monday to Sunday, named 2020-W09
    Month,
    Year,
    Outlet,
};

/**
 * The periods (or outlets) articles are counted in: which one a publication date falls in, and
 * every period from the first to the last, so that a month without articles shows as 0. Dates are ISO 8601
 * text as stored ("2020-02-01T13:07"); an article dated less exactly than the axis (only "2020-02" when
 * counting by day) or not at all falls in the empty bucket, shown as "no date".
 */
class TimeBuckets
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TimeBuckets)

public:
    /** The bucket of a publication date (or of an outlet's name): "2020-02-01", "2020-W05", "2020-02",
     * "2020". */
    static QString bucketOf(const QString &published, TimeAxis axis);
    /** Every bucket from \a first to \a last (both bucketOf() keys of \a axis), in order. */
    static QStringList between(const QString &first, const QString &last, TimeAxis axis);
    /** The first day of the period \a bucket; invalid for outlets and the empty bucket. */
    static QDate startOf(const QString &bucket, TimeAxis axis);
    /** \a bucket as people read it: the key itself, or "no date", "no outlet". */
    static QString label(const QString &bucket, TimeAxis axis);

    /** "day", "week", "month", "year", "outlet", as the command line takes them. */
    static QString name(TimeAxis axis);
    static std::optional<TimeAxis> fromName(const QString &name);
};

} // namespace Pizhu
