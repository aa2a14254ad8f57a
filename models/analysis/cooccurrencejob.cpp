// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrencejob.h"

namespace Pizhu {

CooccurrenceJob::CooccurrenceJob(Cooccurrence::Options options)
    : m_cooccurrence(std::move(options))
{
}

QString CooccurrenceJob::title() const
{
    return tr("Counting what occurs together");
}

bool CooccurrenceJob::run(CorpusDatabase &db, JobControl &control)
{
    m_network = m_cooccurrence.compute(db, control);
    return m_cooccurrence.errorString().isEmpty() || fail(m_cooccurrence.errorString());
}

} // namespace Pizhu
