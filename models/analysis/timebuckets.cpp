// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebuckets.h"

#include <QDate>
#include <array>

namespace Pizhu {

namespace {

constexpr std::array axes = {TimeAxis::Day, TimeAxis::Week, TimeAxis::Month, TimeAxis::Year,
                             TimeAxis::Outlet};

QDate dayOf(const QString &published)
{
    return published.size() >= 10 ? QDate::fromString(published.left(10), Qt::ISODate) : QDate();
}

QString weekOf(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

/** The Monday of ISO week \a key ("2020-W09"), or an invalid date. */
QDate mondayOf(const QString &key)
{
    bool yearOk = false;
    bool weekOk = false;
    const int year = key.left(4).toInt(&yearOk);
    const int week = key.mid(6).toInt(&weekOk);
    if (!yearOk || !weekOk || key.mid(4, 2) != QLatin1String("-W"))
        return {};
    // 4 January is always in week 1.
    const QDate fourth(year, 1, 4);
    return fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (week - 1));
}

/** The first day of a bucket of \a axis, and the first day of the next one. */
std::pair<QDate, QDate> spanOf(const QString &bucket, TimeAxis axis)
{
    switch (axis) {
    case TimeAxis::Day: {
        const QDate day = QDate::fromString(bucket, Qt::ISODate);
        return {day, day.addDays(1)};
    }
    case TimeAxis::Week: {
        const QDate monday = mondayOf(bucket);
        return {monday, monday.addDays(7)};
    }
    case TimeAxis::Month: {
        const QDate first = QDate::fromString(bucket + QStringLiteral("-01"), Qt::ISODate);
        return {first, first.addMonths(1)};
    }
    case TimeAxis::Year: {
        const QDate first = QDate::fromString(bucket + QStringLiteral("-01-01"), Qt::ISODate);
        return {first, first.addYears(1)};
    }
    case TimeAxis::Outlet:
        break;
    }
    return {};
}

} // namespace

QString TimeBuckets::bucketOf(const QString &published, TimeAxis axis)
{
    if (axis == TimeAxis::Outlet)
        return published;
    const QDate day = dayOf(published);
    switch (axis) {
    case TimeAxis::Day:
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    case TimeAxis::Week:
        return day.isValid() ? weekOf(day) : QString();
    case TimeAxis::Month: {
        const QDate first = QDate::fromString(published.left(7) + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? published.left(7) : QString();
    }
    case TimeAxis::Year: {
        const QDate first = QDate::fromString(published.left(4) + QStringLiteral("-01-01"), Qt::ISODate);
        return first.isValid() ? published.left(4) : QString();
    }
    case TimeAxis::Outlet:
        break;
    }
    return {};
}

QStringList TimeBuckets::between(const QString &first, const QString &last, TimeAxis axis)
{
    QStringList buckets;
    if (axis == TimeAxis::Outlet)
        return buckets;
    const QDate end = spanOf(last, axis).first;
    for (QDate day = spanOf(first, axis).first; day.isValid() && day <= end;) {
        const QString bucket = bucketOf(day.toString(Qt::ISODate), axis);
        buckets << bucket;
        day = spanOf(bucket, axis).second;
    }
    return buckets;
}

QDate TimeBuckets::startOf(const QString &bucket, TimeAxis axis)
{
    return spanOf(bucket, axis).first;
}

QString TimeBuckets::label(const QString &bucket, TimeAxis axis)
{
    if (!bucket.isEmpty())
        return bucket;
    return axis == TimeAxis::Outlet ? tr("no outlet") : tr("no date");
}

QString TimeBuckets::name(TimeAxis axis)
{
    switch (axis) {
    case TimeAxis::Day:
        return QStringLiteral("day");
    case TimeAxis::Week:
        return QStringLiteral("week");
    case TimeAxis::Month:
        return QStringLiteral("month");
    case TimeAxis::Year:
        return QStringLiteral("year");
    case TimeAxis::Outlet:
        break;
    }
    return QStringLiteral("outlet");
}

std::optional<TimeAxis> TimeBuckets::fromName(const QString &name)
{
    for (const TimeAxis axis : axes) {
        if (TimeBuckets::name(axis) == name)
            return axis;
    }
    return std::nullopt;
}

} // namespace Pizhu
