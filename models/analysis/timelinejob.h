// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"
#include "timeline.h"

namespace Pizhu {

/** A timeline computed in the background (Tools → Counts Over Time). */
class TimelineJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TimelineJob)

public:
    explicit TimelineJob(Timeline::Options options);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;
    const Timeline &timeline() const { return m_timeline; }
    const TimelineTable &table() const { return m_table; }

private:
    Timeline m_timeline;
    TimelineTable m_table;
};

} // namespace Pizhu
