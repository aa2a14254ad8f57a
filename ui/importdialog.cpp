// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "ingest/importjob.h"
#include "jobrunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pizhu {

ImportDialog::ImportDialog(const CorpusLocation &corpus, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_runner(new JobRunner(corpus, this))
    , m_paths(paths)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_status = new QLabel(tr("Looking for files…"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_failures = new QPlainTextEdit;
    m_failures->setObjectName(QStringLiteral("importFailures"));
    m_failures->setReadOnly(true);
    m_failures->setPlaceholderText(tr("Files that cannot be imported are listed here with the reason."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_failures);
    layout->addWidget(m_buttons);
    resize(560, 360);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_runner, &JobRunner::progressed, this, &ImportDialog::showProgress);
    connect(m_runner, &JobRunner::itemReported, this, &ImportDialog::addOutcome);
    connect(m_runner, &JobRunner::jobFinished, this, &ImportDialog::finish);
    updateCounts();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::start()
{
    show();
    m_estimate.start();
    m_runner->start(std::make_unique<ImportJob>(m_paths));
}

bool ImportDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ImportDialog::showProgress(qint64 done, qint64 total, const QString &status)
{
    // Bytes of gigabyte files do not fit an int: the bars count per mille.
    const int permille = total > 0 ? int(std::min<qint64>(done * 1000 / total, 1000)) : 0;
    m_progress->setRange(0, 1000);
    m_progress->setValue(permille);
    Q_EMIT progressed(permille);
    const QString estimate = m_estimate.describe(done, total);
    m_status->setText(estimate.isEmpty() ? status : tr("%1 — %2").arg(estimate, status));
}

void ImportDialog::addOutcome(const QVariant &item)
{
    const ImportOutcome outcome = item.value<ImportOutcome>();
    m_summary.outcomes.append(outcome);
    if (outcome.kind == ImportOutcome::Kind::Failed)
        m_failures->appendPlainText(tr("%1: %2").arg(outcome.source, outcome.reason));
    updateCounts();
}

void ImportDialog::updateCounts()
{
    m_counts->setText(tr("Imported: %1 · Already in the corpus: %2 · Failed: %3")
                          .arg(m_summary.count(ImportOutcome::Kind::Imported))
                          .arg(m_summary.count(ImportOutcome::Kind::Duplicate))
                          .arg(m_summary.count(ImportOutcome::Kind::Failed)));
}

void ImportDialog::finish(CorpusJob *job, bool ok)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (!ok) {
        m_status->setText(tr("Nothing was imported: %1").arg(job->errorString()));
        return;
    }
    m_summary = static_cast<ImportJob *>(job)->summary();
    updateCounts();
    m_status->setText(m_summary.cancelled ? tr("Import cancelled. What was imported stays in the corpus.")
                                          : tr("Import finished."));
    Q_EMIT articlesImported(m_summary.count(ImportOutcome::Kind::Imported));
}

void ImportDialog::reject()
{
    if (m_runner->isRunning()) {
        m_status->setText(tr("Cancelling after the current file…"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Pizhu
