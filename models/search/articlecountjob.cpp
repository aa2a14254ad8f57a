// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecountjob.h"

#include "core/jobcontrol.h"

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
    const int counted = query.count();
    if (!query.errorString().isEmpty())
        return fail(query.errorString());
    // A count cancelled while it ran is for a list that is gone; it is not reported.
    if (control.isCancelled())
        return false;
    m_count = counted;
    return true;
}

} // namespace Pizhu
