// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QCoreApplication>
#include <QList>

namespace Pizhu {

/**
 * Extracts the entities of articles again from their stored text, keeping every correction
 * (ReextractionWriter's rule). In batches, each its own transaction: a cancel keeps the batches
 * done. Tools → Re-extract Entities runs it over the corpus.
 */
class ReextractJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ReextractJob)

public:
    static constexpr int BatchSize = 100;

    /** Re-extracts \a articleIds, or every article when empty. */
    explicit ReextractJob(QList<qint64> articleIds = {});

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** How many articles were done (all of them unless cancelled). */
    qint64 done() const { return m_done; }

    /** Counts what re-extraction changes (ReextractionWriter::countChanges). */
    void countChanges() { m_countChanges = true; }
    qsizetype changedSuggestions() const { return m_changedSuggestions; }
    const QList<qint64> &changedArticles() const { return m_changedArticles; }

private:
    QList<qint64> m_ids;
    qint64 m_done = 0;
    bool m_countChanges = false;
    qsizetype m_changedSuggestions = 0;
    QList<qint64> m_changedArticles;
};

} // namespace Pizhu
