// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancejob.h"

#include "core/jobcontrol.h"

namespace Pizhu {

ConcordanceJob::ConcordanceJob(Concordance::Options options, Concordance::Sort sort)
    : m_options(std::move(options))
    , m_sort(sort)
{
}

QString ConcordanceJob::title() const
{
    return tr("Finding every hit of %1").arg(m_options.query);
}

bool ConcordanceJob::run(CorpusDatabase &db, JobControl &control)
{
    Concordance concordance(db, m_options);
    if (!concordance.errorString().isEmpty())
        return fail(concordance.errorString());
    const int articles = concordance.articleCount();
    while (!concordance.atEnd()) {
        if (control.isCancelled())
            return fail(tr("cancelled"));
        m_lines += concordance.next(2000);
        control.progress(concordance.articlesRead(), articles,
                         tr("%n hit(s) so far", nullptr, int(m_lines.size())));
    }
    if (!concordance.errorString().isEmpty())
        return fail(concordance.errorString());
    Concordance::sort(m_lines, m_sort);
    return true;
}

} // namespace Pizhu
