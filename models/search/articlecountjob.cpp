// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecountjob.h"

#include "core/jobcontrol.h"
#include "store/cancelwatch.h"
#include "store/corpusdatabase.h"

namespace Pizhu {

ArticleCountJob::ArticleCountJob(ArticleFilter filter, quint64 listSerial)
    : m_filter(std::move(filter))
    , m_listSerial(listSerial)
{
}

QString ArticleCountJob::title() const
{
    return tr("Counting the articles listed");
}

bool ArticleCountJob::run(CorpusDatabase &db, JobControl &control)
{
    const ArticleListQuery query(db, m_filter);
    // A count cancelled is for a list that is gone: it stops where it is, and is not reported.
    const CancelWatch watch(db.sql(), control.cancelFlag());
    const int counted = query.count();
    if (control.isCancelled())
        return false;
    if (!query.errorString().isEmpty())
        return fail(query.errorString());
    m_count = counted;
    return true;
}

} // namespace Pizhu
