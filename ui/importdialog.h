// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importoutcome.h"
#include "progressestimate.h"
#include "store/corpusjob.h"
#include "store/corpuslocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace Pizhu {

class ImportJob;
class JobRunner;

/**
 * Shows an import as it runs: a progress bar, the counts so far, and each failure with its reason.
 * Cancel stops the import cleanly; the dialog then stays open with the summary until closed.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const CorpusLocation &corpus, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** Starts the import; the dialog shows itself. */
    void start();
    bool isRunning() const;
    const ImportSummary &summary() const { return m_summary; }

Q_SIGNALS:
    /** How far the import is, in thousandths of the bytes to read. */
    void progressed(int permille);
    /** Articles were added to the corpus (emitted once, when the import ends). */
    void articlesImported(int count);

private:
    void showProgress(qint64 done, qint64 total, const QString &status);
    void addOutcome(const QVariant &item);
    void finish(Pizhu::CorpusJob *job, bool ok);
    void updateCounts();
    void reject() override;

    JobRunner *m_runner = nullptr;
    QStringList m_paths;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_failures = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ImportSummary m_summary;
    ProgressEstimate m_estimate;
};

} // namespace Pizhu
