// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importoutcome.h"

#include <QStringList>
#include <QThread>
#include <atomic>

namespace Pizhu {

/**
 * Runs an import off the GUI thread, on a connection of its own to the corpus file, so the window
 * stays responsive. Signals arrive in the GUI thread (queued). Cancel stops between files: what was
 * stored stays, nothing is half-stored.
 */
class ImportWorker : public QThread
{
    Q_OBJECT

public:
    ImportWorker(const QString &corpusPath, const QStringList &paths, QObject *parent = nullptr);
    /** Cancels and waits for the thread, so the worker never outlives its owner's corpus. */
    ~ImportWorker() override;

    void cancel() { m_cancel = true; }

Q_SIGNALS:
    /** How many files there are, once the folders have been searched. */
    void filesCounted(int total);
    void fileImported(const Pizhu::ImportOutcome &outcome);
    void importFinished(const Pizhu::ImportSummary &summary);
    /** The corpus could not be opened for writing; nothing was imported. */
    void importFailed(const QString &reason);

protected:
    void run() override;

private:
    QString m_corpusPath;
    QStringList m_paths;
    std::atomic_bool m_cancel{false};
};

} // namespace Pizhu
