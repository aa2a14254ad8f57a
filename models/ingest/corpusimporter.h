// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoutcome.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace Pizhu {

class CorpusDatabase;

/**
 * Imports files and folders into a corpus: read, decode, parse, store, one transaction per file.
 * A file that fails is reported with its reason and the batch goes on. The same code serves the
 * `pizhu import` command and the GUI (which runs it on a worker thread with its own connection).
 */
class CorpusImporter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusImporter)

public:
    static constexpr qint64 MaxFileSize = 50 * 1024 * 1024;

    using Progress = std::function<void(const ImportOutcome &)>;

    explicit CorpusImporter(CorpusDatabase &db);

    /**
     * The files to import for \a paths: files as given, folders searched recursively for the
     * formats Pizhu reads, in name order. A path that does not exist becomes a failure in \a missing.
     */
    static QStringList expandPaths(const QStringList &paths, QList<ImportOutcome> *missing);

    /** Imports one file. */
    ImportOutcome importFile(const QString &path);

    /**
     * Imports everything under \a paths, calling \a progress after each file. Stops between files
     * when \a cancel becomes true: what was stored stays, nothing is half-stored.
     */
    ImportSummary importPaths(const QStringList &paths, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    /** Imports \a files (as expandPaths() gives them), as importPaths() does. */
    ImportSummary importFiles(const QStringList &files, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

private:
    CorpusDatabase &m_db;
};

} // namespace Pizhu
