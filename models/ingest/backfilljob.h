// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * Makes what a corpus from an older Pizhu lacks: shadows and index entries for articles stored
 * before the search index existed (indexed = 0), entities for those stored before extraction
 * (extracted = 0), pinyin sort keys for titles and outlets of those stored before them or made by
 * another ICU (title_key IS NULL); and keeps of the simplified shadows stored whole before schema
 * version 18 only what they change (ShadowChanges). In batches, each its own transaction, so a
 * cancel or a crash keeps the batches done and the next run goes on from there. The window runs it
 * after opening such a corpus; the command line before a command that reads.
 */
class BackfillJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::BackfillJob)

public:
    static constexpr int BatchSize = 200;

    /** Whether \a db has articles waiting for any of the steps above. */
    static bool isNeeded(CorpusDatabase &db);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

private:
    bool indexBatch(CorpusDatabase &db, const QList<qint64> &ids);
    bool extractBatch(CorpusDatabase &db, const QList<qint64> &ids);
    bool checksumBatch(CorpusDatabase &db, const QList<qint64> &ids);
    bool shadowChangesBatch(CorpusDatabase &db, const QList<qint64> &ids);
    bool sortKeyBatch(CorpusDatabase &db, const QList<qint64> &ids);
};

} // namespace Pizhu
