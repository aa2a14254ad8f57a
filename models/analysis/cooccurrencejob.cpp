// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrencejob.h"

#include "core/jobcontrol.h"
#include "networklayout.h"

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
    if (!m_cooccurrence.errorString().isEmpty())
        return fail(m_cooccurrence.errorString());
    control.progress(0, 0, tr("Laying out the network"));
    QString error;
    m_centres = NetworkLayout::place(m_network, &error);
    return error.isEmpty() || fail(error);
}

} // namespace Pizhu
