// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"
#include "store/corpuslocation.h"

#include <QObject>
#include <QVariant>
#include <deque>
#include <memory>

class QThread;

namespace Pizhu {

/**
 * The one way the window runs long work (DESIGN.md, decision 10): each CorpusJob runs on a
 * worker thread with a corpus connection of its own, one after another in the order given, while
 * the window stays live. Progress and items arrive as signals in the GUI thread; cancel() stops
 * the running job at its next step. Destroying the runner cancels and waits, so no job outlives
 * the window's corpus.
 */
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(const CorpusLocation &corpus, QObject *parent = nullptr);
    ~JobRunner() override;

    /** Queues \a job; it starts at once unless another is running. Returns the job, still owned here. */
    CorpusJob *start(std::unique_ptr<CorpusJob> job);
    bool isRunning() const { return m_running != nullptr; }
    /** Cancels the running job and drops the queued ones. */
    void cancel();
    /** Blocks until every job is done (tests and shutdown). */
    void waitForDone();

Q_SIGNALS:
    void jobStarted(Pizhu::CorpusJob *job, const QString &title);
    void progressed(qint64 done, qint64 total, const QString &status);
    void itemReported(const QVariant &item);
    /** \a job has ended (\a ok false: see its errorString()); it is deleted after this signal. */
    void jobFinished(Pizhu::CorpusJob *job, bool ok);

private:
    class Control;

    void startNext();
    void finishRunning();

    CorpusLocation m_corpus;
    std::deque<std::unique_ptr<CorpusJob>> m_queue;
    std::unique_ptr<CorpusJob> m_running;
    std::unique_ptr<Control> m_control;
    QThread *m_thread = nullptr;
    quint64 m_serial = 0; ///< which job the thread's finished() is for, when it arrives queued
    bool m_ok = false;
};

} // namespace Pizhu
