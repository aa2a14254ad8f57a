// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "concordance.h"
#include "store/corpusjob.h"

namespace Pizhu {

/** Every line of a concordance, sorted, as a job: what sorting by context needs first. */
class ConcordanceJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ConcordanceJob)

public:
    ConcordanceJob(Concordance::Options options, Concordance::Sort sort);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;
    QList<ConcordanceLine> takeLines() { return std::move(m_lines); }

private:
    Concordance::Options m_options;
    Concordance::Sort m_sort;
    QList<ConcordanceLine> m_lines;
};

} // namespace Pizhu
