// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineseries.h"
#include "timelinetable.h"

#include <QCoreApplication>

namespace Pizhu {

class CorpusDatabase;
class JobControl;

/**
 * Counts articles over time or by outlet (Tools → Counts Over Time, pizhu timeline): for each
 * series, how many articles of the scope it selects in each day, week, month, year or outlet,
 * counted by SQL from the dates and outlets as stored. Every period between the first and the
 * last dated article is there, with 0 where nothing was published.
 */
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::Timeline)

public:
    struct Options
    {
        TimeAxis axis = TimeAxis::Month;
        ArticleFilter scope; ///< which articles count at all (every article by default)
        QList<TimelineSeries> series;
    };

    explicit Timeline(Options options);

    const Options &options() const { return m_options; }
    /** The counts, or an empty table with errorString() when the corpus could not be read. */
    TimelineTable compute(CorpusDatabase &db, JobControl &control);
    QString errorString() const { return m_error; }

    /** The articles of \a series in \a bucket (of a table this timeline computed), by id. */
    QList<qint64> articlesOf(CorpusDatabase &db, int series, const QString &bucket) const;

private:
    ArticleListQuery seriesQuery(CorpusDatabase &db, int series) const;
    ArticleListQuery::Grouping grouping() const;

    Options m_options;
    QString m_error;
};

} // namespace Pizhu
