// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace Pizhu {

/**
 * A job's progress as people read it: "42 %, about 3 minutes left". The estimate assumes the rest
 * goes at the pace so far, and is given only once there is a pace to go by.
 */
class ProgressEstimate
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ProgressEstimate)

public:
    /** Starts the clock. */
    void start();

    /** The text for \a done of \a total (any unit) now; empty when \a total is unknown. */
    QString describe(qint64 done, qint64 total) const;

    /** The text for \a done of \a total after \a elapsedMs milliseconds of work. */
    static QString describe(qint64 done, qint64 total, qint64 elapsedMs);

private:
    QElapsedTimer m_clock;
};

} // namespace Pizhu
