// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "importworker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pizhu {

ImportDialog::ImportDialog(const QString &corpusPath, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_worker(new ImportWorker(corpusPath, paths, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_status = new QLabel(tr("Looking for files…"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("importCounts"));
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
    connect(m_worker, &ImportWorker::filesCounted, this, &ImportDialog::countFiles);
    connect(m_worker, &ImportWorker::fileImported, this, &ImportDialog::addOutcome);
    connect(m_worker, &ImportWorker::importFinished, this, &ImportDialog::finish);
    connect(m_worker, &ImportWorker::importFailed, this, &ImportDialog::fail);
    updateCounts();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::start()
{
    show();
    m_worker->start();
}

bool ImportDialog::isRunning() const
{
    return m_worker->isRunning();
}

void ImportDialog::countFiles(int total)
{
    m_total = total;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
}

void ImportDialog::addOutcome(const ImportOutcome &outcome)
{
    m_summary.outcomes.append(outcome);
    m_progress->setValue(int(m_summary.outcomes.size()));
    Q_EMIT progressed(int(m_summary.outcomes.size()), m_total);
    m_status->setText(
        tr("Importing %1 of %2: %3").arg(m_summary.outcomes.size()).arg(m_total).arg(outcome.source));
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

void ImportDialog::finish(const ImportSummary &summary)
{
    m_summary = summary;
    updateCounts();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_status->setText(summary.cancelled ? tr("Import cancelled. What was imported stays in the corpus.")
                                        : tr("Import finished."));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    Q_EMIT articlesImported(summary.count(ImportOutcome::Kind::Imported));
}

void ImportDialog::fail(const QString &reason)
{
    m_status->setText(tr("Nothing was imported: %1").arg(reason));
    m_progress->setRange(0, 1);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void ImportDialog::reject()
{
    if (m_worker->isRunning()) {
        m_status->setText(tr("Cancelling after the current file…"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_worker->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Pizhu
