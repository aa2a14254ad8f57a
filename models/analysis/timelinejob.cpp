// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejob.h"

namespace Pizhu {

TimelineJob::TimelineJob(Timeline::Options options)
    : m_timeline(std::move(options))
{
}

QString TimelineJob::title() const
{
    return tr("Counting articles over time");
}

bool TimelineJob::run(CorpusDatabase &db, JobControl &control)
{
    m_table = m_timeline.compute(db, control);
    return m_timeline.errorString().isEmpty() || fail(m_timeline.errorString());
}

} // namespace Pizhu
