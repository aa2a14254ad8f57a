// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressestimate.h"
#include "store/corpusjob.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Pizhu {

class JobRunner;

/**
 * The status bar's view of the window's JobRunner: what runs, how far it is, and a button that
 * cancels it. Hidden while nothing runs.
 */
class JobStatus : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatus(JobRunner *runner, QWidget *parent = nullptr);

private:
    void started(Pizhu::CorpusJob *job, const QString &title);
    void progressed(qint64 done, qint64 total, const QString &status);
    void finished();

    JobRunner *m_runner;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QString m_title;
    ProgressEstimate m_estimate;
};

} // namespace Pizhu
