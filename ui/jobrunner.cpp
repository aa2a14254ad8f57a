// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "core/jobcontrol.h"
#include "store/corpusdatabase.h"
#include "store/corpusjob.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

namespace Pizhu {

/** Turns a job's reports into the runner's signals, at most every 50 ms for progress. */
class JobRunner::Control final : public JobControl
{
public:
    explicit Control(JobRunner *runner)
        : m_runner(runner)
    {
        m_clock.start();
    }

    void progress(qint64 done, qint64 total, const QString &status) override
    {
        {
            const QMutexLocker lock(&m_mutex);
            if (done != total && done != 0 && m_clock.elapsed() < 50)
                return;
            m_clock.restart();
        }
        // Emitted on the worker thread; the runner lives in the GUI thread, so delivery is queued.
        Q_EMIT m_runner->progressed(done, total, status);
    }
    void item(const QVariant &item) override { Q_EMIT m_runner->itemReported(item); }

private:
    JobRunner *m_runner;
    QMutex m_mutex;
    QElapsedTimer m_clock;
};

JobRunner::JobRunner(const CorpusLocation &corpus, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
{
}

JobRunner::~JobRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

CorpusJob *JobRunner::start(std::unique_ptr<CorpusJob> job)
{
    CorpusJob *queued = job.get();
    m_queue.push_back(std::move(job));
    if (!m_running)
        startNext();
    return queued;
}

void JobRunner::cancel()
{
    m_queue.clear();
    if (m_control)
        m_control->cancel();
}

void JobRunner::waitForDone()
{
    while (m_running)
        finishRunning();
}

void JobRunner::startNext()
{
    if (m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_control = std::make_unique<Control>(this);
    m_ok = false;
    CorpusJob *job = m_running.get();
    Control *control = m_control.get();
    m_thread = QThread::create([this, job, control, location = m_corpus] {
        CorpusDatabase db;
        m_ok = db.openAt(location) ? job->run(db, *control) : job->fail(db.errorString());
    });
    // finished() comes from the worker thread just before it ends, queued; a late one for a job
    // that waitForDone() already finished is told apart by its serial.
    connect(m_thread, &QThread::finished, this, [this, serial = ++m_serial] {
        if (serial == m_serial)
            finishRunning();
    });
    Q_EMIT jobStarted(job, job->title());
    m_thread->start();
}

void JobRunner::finishRunning()
{
    if (!m_running || !m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    std::unique_ptr<CorpusJob> job = std::move(m_running);
    m_control.reset();
    Q_EMIT jobFinished(job.get(), m_ok);
    job.reset();
    startNext();
}

} // namespace Pizhu
