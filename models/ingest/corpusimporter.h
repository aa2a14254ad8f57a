// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlewriter.h"
#include "importoutcome.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace Pizhu {

class ArticleSource;
class CorpusDatabase;
template <typename T> class BoundedQueue;

/**
 * Imports files and folders into a corpus: read, decode, parse, prepare (shadow, entities) and
 * store, with reading and two preparing threads ahead of storing. A page (.txt, .html) is one transaction; a
 * CSV or JSONL file is streamed record by record and committed in batches, so memory stays flat. A file or
 * record that fails is reported with its reason and the rest goes on. The same code serves `pizhu import` and
 * the GUI (which runs it on a worker thread with its own connection).
 */
class CorpusImporter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusImporter)

public:
    /** Records of a CSV or JSONL file committed together. */
    static constexpr int BatchSize = 500;

    using Progress = std::function<void(const ImportOutcome &)>;

    explicit CorpusImporter(CorpusDatabase &db);

    /**
     * The files to import for \a paths: files as given, folders searched recursively for the
     * formats Pizhu reads, in name order (FolderScanner). A path that does not exist, and what a
     * folder holds that cannot be taken (an unreadable sub-folder, a name that is not UTF-8),
     * become failures in \a missing.
     */
    static QStringList expandPaths(const QStringList &paths, QList<ImportOutcome> *missing);

    /**
     * Imports one file, calling \a progress after each article. Stops between articles when
     * \a cancel becomes true: what was stored stays, nothing is half-stored.
     */
    QList<ImportOutcome> importFile(const QString &path, const Progress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

    /** Imports everything under \a paths (see expandPaths()). */
    ImportSummary importPaths(const QStringList &paths, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    /** Imports \a files, as expandPaths() gives them. */
    ImportSummary importFiles(const QStringList &files, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

private:
    struct PendingRecord;

    void importRecords(ArticleSource &source, QList<ImportOutcome> &outcomes, const Progress &progress,
                       const std::atomic_bool *cancel);
    void storeRecords(BoundedQueue<PendingRecord> &queue, QList<ImportOutcome> &outcomes,
                      const Progress &progress, const std::atomic_bool *cancel);

    CorpusDatabase &m_db;
    ArticleWriter m_writer;
};

} // namespace Pizhu
