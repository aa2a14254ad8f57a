// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"

#include <QString>

namespace Pizhu {

class CorpusDatabase;

/**
 * Long work on a corpus: import, re-extraction, the backfill after a migration, export, backup,
 * analysis, console queries. One way to run it everywhere: the window's JobRunner calls run() on
 * a worker thread with a connection opened there; the command line calls it on its own
 * connection. A job reports through \a control, stops soon after a cancel (keeping what it
 * finished whole), and says in errorString() why it failed.
 */
class CorpusJob
{
public:
    virtual ~CorpusJob() = default;

    /** What the work is, for a progress line ("Importing", "Re-extracting entities"). */
    virtual QString title() const = 0;
    /** Does the work on the calling thread; false with errorString() when it failed. */
    virtual bool run(CorpusDatabase &db, JobControl &control) = 0;

    QString errorString() const { return m_error; }
    /** Sets why the job failed (its runner does, when the corpus cannot be opened); returns false. */
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

private:
    QString m_error;
};

} // namespace Pizhu
