// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <atomic>

namespace Pizhu {

/**
 * What passes between long work and whoever runs it (DESIGN.md, decision 10): progress out,
 * cancellation in. The work calls progress() and item() on its own thread and checks
 * isCancelled() between steps; cancel() may come from any thread. The window's runner turns the
 * calls into signals; the command line prints them; the default does nothing.
 */
class JobControl
{
public:
    virtual ~JobControl() = default;

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    /** The flag itself, for code that stops between items when it turns true. */
    const std::atomic_bool *cancelFlag() const { return &m_cancelled; }

    /** \a done of \a total units (\a total 0: not known yet), with what is being done now. */
    virtual void progress(qint64 done, qint64 total, const QString &status)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
        Q_UNUSED(status)
    }
    /** One result of the work's own kind as it comes (an import outcome), for whoever lists them. */
    virtual void item(const QVariant &item) { Q_UNUSED(item) }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace Pizhu
