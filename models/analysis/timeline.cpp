// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "core/jobcontrol.h"
#include "store/corpusdatabase.h"
#include "text/chinesecollation.h"

#include <QHash>
#include <algorithm>

namespace Pizhu {

namespace {

/** Day (or outlet) counts summed into the buckets of \a axis. */
QHash<QString, int> bucketed(const QList<std::pair<QString, int>> &counts, TimeAxis axis)
{
    QHash<QString, int> sums;
    for (const auto &[key, count] : counts)
        sums[TimeBuckets::bucketOf(key, axis)] += count;
    return sums;
}

} // namespace

Timeline::Timeline(Options options)
    : m_options(std::move(options))
{
}

ArticleListQuery::Grouping Timeline::grouping() const
{
    return m_options.axis == TimeAxis::Outlet ? ArticleListQuery::Grouping::Outlet
                                              : ArticleListQuery::Grouping::Day;
}

ArticleListQuery Timeline::seriesQuery(CorpusDatabase &db, int series) const
{
    ArticleListQuery query(db, m_options.series.at(series).criterion);
    query.narrow(m_options.scope);
    return query;
}

TimelineTable Timeline::compute(CorpusDatabase &db, JobControl &control)
{
    TimelineTable table;
    table.axis = m_options.axis;
    const ArticleListQuery all(db, m_options.scope);
    const QHash<QString, int> totals = bucketed(all.countsBy(grouping()), m_options.axis);
    if (!all.errorString().isEmpty()) {
        m_error = all.errorString();
        return {};
    }
    QList<QHash<QString, int>> counts;
    for (int i = 0; i < m_options.series.size(); ++i) {
        if (control.isCancelled()) {
            m_error = tr("cancelled");
            return {};
        }
        control.progress(i, m_options.series.size(), m_options.series.at(i).label);
        const ArticleListQuery query = seriesQuery(db, i);
        counts << bucketed(query.countsBy(grouping()), m_options.axis);
        if (!query.errorString().isEmpty()) {
            m_error = tr("%1: %2").arg(m_options.series.at(i).label, query.errorString());
            return {};
        }
    }

    QStringList keys = totals.keys();
    keys.removeAll(QString());
    if (m_options.axis == TimeAxis::Outlet) {
        // The biggest outlets first, as a bar chart of outlets is read; equal ones in the corpus's
        // Chinese order (pinyin or strokes), as the article list sorts them.
        QHash<QString, QByteArray> sortKeys;
        for (const QString &key : std::as_const(keys))
            sortKeys.insert(key, ChineseCollation::sortKey(key, db.sortOrder()));
        std::sort(keys.begin(), keys.end(), [&totals, &sortKeys](const QString &a, const QString &b) {
            return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b)
                                                      : sortKeys.value(a) < sortKeys.value(b);
        });
        table.buckets = keys;
    } else if (!keys.isEmpty()) {
        std::sort(keys.begin(), keys.end());
        table.buckets = TimeBuckets::between(keys.constFirst(), keys.constLast(), m_options.axis);
    }
    if (totals.contains(QString()))
        table.buckets << QString();

    for (const TimelineSeries &series : std::as_const(m_options.series))
        table.series << series.label;
    for (const QString &bucket : std::as_const(table.buckets))
        table.totals << totals.value(bucket);
    for (const QHash<QString, int> &seriesCounts : std::as_const(counts)) {
        QList<int> row;
        row.reserve(table.buckets.size());
        for (const QString &bucket : std::as_const(table.buckets))
            row << seriesCounts.value(bucket);
        table.counts << row;
    }
    control.progress(m_options.series.size(), m_options.series.size(), {});
    return table;
}

QList<qint64> Timeline::articlesOf(CorpusDatabase &db, int series, const QString &bucket) const
{
    QList<qint64> ids;
    for (const auto &[key, id] : seriesQuery(db, series).idsBy(grouping())) {
        if (TimeBuckets::bucketOf(key, m_options.axis) == bucket)
            ids << id;
    }
    return ids;
}

} // namespace Pizhu
