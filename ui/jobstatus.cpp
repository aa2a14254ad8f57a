// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstatus.h"

#include "jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Pizhu {

JobStatus::JobStatus(JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QToolButton)
{
    setObjectName(QStringLiteral("jobStatus"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this work; what is finished stays"));
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_runner, &JobRunner::cancel);
    connect(m_runner, &JobRunner::jobStarted, this, &JobStatus::started);
    connect(m_runner, &JobRunner::progressed, this, &JobStatus::progressed);
    connect(m_runner, &JobRunner::jobFinished, this, &JobStatus::finished);
    hide();
}

void JobStatus::started(CorpusJob *, const QString &title)
{
    m_title = title;
    m_label->setText(title);
    m_bar->setRange(0, 0);
    m_estimate.start();
    show();
}

void JobStatus::progressed(qint64 done, qint64 total, const QString &status)
{
    if (!m_runner->isRunning())
        return;
    // A bar of thousands of steps in an int: scale to per mille.
    m_bar->setRange(0, total > 0 ? 1000 : 0);
    m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QString estimate = m_estimate.describe(done, total);
    m_label->setText(estimate.isEmpty() ? status : tr("%1: %2").arg(status, estimate));
}

void JobStatus::finished()
{
    if (!m_runner->isRunning())
        hide();
}

} // namespace Pizhu
