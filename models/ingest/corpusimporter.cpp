// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusimporter.h"

#include "articlesource.h"
#include "articlewriter.h"
#include "boundedqueue.h"
#include "folderscanner.h"
#include "localfilename.h"
#include "search/searchindex.h"
#include "store/corpusdatabase.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <array>
#include <thread>

namespace Pizhu {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

/** A record on its way from the reading thread to the storing one: prepared, or why it failed. */
struct CorpusImporter::PendingRecord
{
    QString label;
    std::optional<PreparedArticle> prepared;
    QString error;
    qint64 bytesRead = 0;
};

CorpusImporter::CorpusImporter(CorpusDatabase &db)
    : m_db(db)
    , m_writer(db)
{
}

QStringList CorpusImporter::expandPaths(const QStringList &paths, QList<ImportOutcome> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const LocalFileName::Kind kind = LocalFileName::kindOf(path);
        if (kind == LocalFileName::Kind::Folder || kind == LocalFileName::Kind::LinkToFolder) {
            files += FolderScanner::scan(path, missing);
        } else if (kind != LocalFileName::Kind::Missing) {
            files.append(path);
        } else if (missing) {
            missing->append(ImportOutcome::failure(path, tr("no such file or folder")));
        }
    }
    return files;
}

QList<ImportOutcome> CorpusImporter::importFile(const QString &path, const Progress &progress,
                                                const std::atomic_bool *cancel)
{
    QList<ImportOutcome> outcomes;
    QString error;
    const std::unique_ptr<ArticleSource> source = ArticleSource::open(path, &error);
    if (!source) {
        outcomes.append(ImportOutcome::failure(LocalFileName::readable(path), error));
        if (progress)
            progress(outcomes.constLast());
        return outcomes;
    }
    importRecords(*source, outcomes, progress, cancel);
    return outcomes;
}

void CorpusImporter::importRecords(ArticleSource &source, QList<ImportOutcome> &outcomes,
                                   const Progress &progress, const std::atomic_bool *cancel)
{
    // This thread stores while others read, parse and prepare the records ahead of it. Preparing
    // (the simplified shadow and the entities) costs the most: two threads prepare alternate
    // records, and a third hands them on in the order they were read. Records read but not stored
    // when a cancel comes are dropped, never half-stored.
    struct ReadRecord
    {
        PendingRecord pending;
        std::optional<Article> article;
    };
    constexpr size_t Preparers = 2;
    std::array<BoundedQueue<ReadRecord>, Preparers> toPrepare{BoundedQueue<ReadRecord>(16),
                                                              BoundedQueue<ReadRecord>(16)};
    std::array<BoundedQueue<PendingRecord>, Preparers> prepared{BoundedQueue<PendingRecord>(16),
                                                                BoundedQueue<PendingRecord>(16)};
    BoundedQueue<PendingRecord> queue(64);
    std::thread reader([&source, &toPrepare] {
        for (size_t next = 0; std::optional<SourceRecord> record = source.next(); ++next) {
            ReadRecord read{{record->label, std::nullopt, record->error, source.bytesRead()},
                            std::move(record->article)};
            if (!toPrepare[next % Preparers].push(std::move(read)))
                break;
        }
        for (BoundedQueue<ReadRecord> &waiting : toPrepare)
            waiting.close();
    });
    const EntityExtractor &extractor = m_writer.extractor();
    std::array<std::thread, Preparers> preparers;
    for (size_t k = 0; k < Preparers; ++k) {
        preparers[k] = std::thread([k, &extractor, &toPrepare, &prepared] {
            while (std::optional<ReadRecord> read = toPrepare[k].pop()) {
                if (read->article)
                    read->pending.prepared = ArticleWriter::prepare(std::move(*read->article), extractor);
                if (!prepared[k].push(std::move(read->pending)))
                    break;
            }
            prepared[k].close();
            toPrepare[k].close();
        });
    }
    std::thread merger([&prepared, &queue] {
        for (size_t next = 0; std::optional<PendingRecord> record = prepared[next % Preparers].pop();
             ++next) {
            if (!queue.push(std::move(*record)))
                break;
        }
        queue.close();
        for (BoundedQueue<PendingRecord> &done : prepared)
            done.close();
    });
    storeRecords(queue, outcomes, progress, cancel);
    queue.close();
    merger.join();
    for (std::thread &preparer : preparers)
        preparer.join();
    reader.join();
}

void CorpusImporter::storeRecords(BoundedQueue<PendingRecord> &queue, QList<ImportOutcome> &outcomes,
                                  const Progress &progress, const std::atomic_bool *cancel)
{
    SqlConnection &sql = m_db.sql();
    auto transaction = std::make_unique<Transaction>(sql);
    qsizetype batchStart = outcomes.size();
    // Outcomes are reported once their batch is on disk, so "imported" is never said of an
    // article whose commit then fails.
    const auto reportBatch = [&] {
        for (qsizetype i = batchStart; progress && i < outcomes.size(); ++i)
            progress(outcomes.at(i));
        batchStart = outcomes.size();
    };
    // What SQLite rolled back (a commit that failed, or a write error that ended the whole
    // transaction, as a full disk does) is not stored: each article of it is reported so.
    const auto loseBatch = [&](const SqlError &error) {
        QSet<qint64> lost; // a duplicate of an article stored earlier in the batch went with it
        for (qsizetype i = batchStart; i < outcomes.size(); ++i) {
            ImportOutcome &outcome = outcomes[i];
            const bool imported = outcome.kind == ImportOutcome::Kind::Imported;
            if (!imported &&
                !(outcome.kind == ImportOutcome::Kind::Duplicate && lost.contains(outcome.articleId)))
                continue;
            if (imported)
                lost.insert(outcome.articleId);
            outcome.kind = ImportOutcome::Kind::Failed;
            outcome.articleId = 0;
            outcome.reason =
                tr("not stored: writing its batch to the corpus failed, so none of the batch was kept (%1)")
                    .arg(error.describe());
        }
    };
    const auto nextBatch = [&] {
        reportBatch();
        transaction.reset(); // its rollback must come before the next BEGIN, or it would end that one
        transaction = std::make_unique<Transaction>(sql);
        m_writer.rulesMayHaveChanged(); // a researcher may have made one while the batch was written
    };
    while (!(cancel && cancel->load())) {
        std::optional<PendingRecord> record = queue.pop();
        if (!record)
            break;
        ImportOutcome outcome;
        outcome.source = displayPath(record->label);
        outcome.bytesRead = record->bytesRead;
        if (!record->prepared) {
            outcome.reason = record->error;
        } else if (!transaction->isActive()) {
            outcome.reason = tr("the corpus cannot be written (%1)").arg(transaction->error().describe());
        } else {
            const Article &article = record->prepared->article;
            const ArticleStore::InsertResult result = m_writer.write(*record->prepared);
            outcome.kind = result == ArticleStore::InsertResult::Inserted    ? ImportOutcome::Kind::Imported
                           : result == ArticleStore::InsertResult::Duplicate ? ImportOutcome::Kind::Duplicate
                                                                             : ImportOutcome::Kind::Failed;
            outcome.articleId = article.id;
            outcome.title = article.title;
            if (result == ArticleStore::InsertResult::Failed)
                outcome.reason = tr("the corpus refused it (%1)")
                                     .arg(m_writer.error().isError() ? m_writer.error().describe()
                                                                     : m_writer.errorString());
        }
        outcomes.append(outcome);
        if (transaction->isActive() && !sql.inTransaction()) {
            loseBatch(m_writer.error());
            nextBatch();
        } else if (outcomes.size() - batchStart == BatchSize) {
            if (transaction->isActive() && !transaction->commit())
                loseBatch(transaction->error());
            nextBatch();
        }
    }
    if (transaction->isActive() && !transaction->commit())
        loseBatch(transaction->error());
    reportBatch();
    // Every article is stored by now; were the merge to fail, searches would only be slower
    // until the server merges the entries itself.
    SearchIndex(sql).settle();
}

ImportSummary CorpusImporter::importPaths(const QStringList &paths, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    QList<ImportOutcome> missing;
    const QStringList files = expandPaths(paths, &missing);
    for (const ImportOutcome &outcome : std::as_const(missing)) {
        if (progress)
            progress(outcome);
    }
    ImportSummary summary = importFiles(files, progress, cancel);
    summary.outcomes = missing + summary.outcomes;
    return summary;
}

ImportSummary CorpusImporter::importFiles(const QStringList &files, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    ImportSummary summary;
    for (const QString &file : files) {
        if (cancel && cancel->load())
            break;
        summary.outcomes += importFile(file, progress, cancel);
    }
    summary.cancelled = cancel && cancel->load();
    return summary;
}

} // namespace Pizhu
