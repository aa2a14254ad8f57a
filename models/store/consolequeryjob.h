// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusjob.h"
#include "readonlyquery.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * One statement of the SQL console, run as long work: on the runner's thread, on a read-only
 * connection of its own (ReadOnlyQuery), and stopped part-way by a cancel.
 */
class ConsoleQueryJob final : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ConsoleQueryJob)

public:
    ConsoleQueryJob(QString sql, int maxRows);

    QString title() const override { return tr("Running query"); }
    bool run(CorpusDatabase &db, JobControl &control) override;

    QString sql() const { return m_sql; }
    /** The rows, or in its error why the statement did not run (also the job's errorString()). */
    const QueryResult &result() const { return m_result; }

private:
    QString m_sql;
    int m_maxRows;
    QueryResult m_result;
};

} // namespace Pizhu
