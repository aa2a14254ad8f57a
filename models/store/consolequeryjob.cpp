// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolequeryjob.h"

#include "corpusdatabase.h"

namespace Pizhu {

ConsoleQueryJob::ConsoleQueryJob(QString sql, int maxRows)
    : m_sql(std::move(sql))
    , m_maxRows(maxRows)
{
}

bool ConsoleQueryJob::run(CorpusDatabase &db, JobControl &control)
{
    ReadOnlyQuery query;
    if (!query.open(db.location())) {
        m_result.error = query.errorString();
        return fail(m_result.error);
    }
    control.progress(0, 0, tr("Running query"));
    m_result = query.run(m_sql, m_maxRows, control.cancelFlag());
    return m_result.error.isEmpty() || fail(m_result.error);
}

} // namespace Pizhu
