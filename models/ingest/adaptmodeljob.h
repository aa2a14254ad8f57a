// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QCoreApplication>
#include <QList>

namespace Pizhu {

/**
 * Tools → Adapt Entity Model and `pizhu adapt-model`: makes the corpus's own entity model from the
 * shipped one and what the corpus's researchers decided, keeps it in the corpus
 * (CorpusEntityModel), and extracts every article again with it, counting the suggestions that
 * changed and saving the articles where they did as an article set to review.
 * The people and organisations researchers confirmed, retyped or added go into the model's
 * lexicon, whose features speak for them wherever they stand, in articles no one corrected. The
 * weights stay the shipped ones: training them further on the corrected sentences lowered the
 * scores of articles held back (bench_adaptation). Deterministic: the same corrections give the
 * same model.
 */
class AdaptModelJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AdaptModelJob)

public:
    /** \a coder is who adapted the model, as the corpus records it. */
    explicit AdaptModelJob(QString coder);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** How many distinct names the corpus taught the model. */
    qsizetype names() const { return m_names; }
    /** What re-extraction with the adapted model changed (ReextractJob::countChanges). */
    qsizetype changedSuggestions() const { return m_changedSuggestions; }
    const QList<qint64> &changedArticles() const { return m_changedArticles; }
    /** The article set that holds them, for review; empty when nothing changed. */
    QString reviewSet() const { return m_reviewSet; }

private:
    bool saveReviewSet(CorpusDatabase &db);

    QString m_coder;
    qsizetype m_names = 0;
    qsizetype m_changedSuggestions = 0;
    QList<qint64> m_changedArticles;
    QString m_reviewSet;
};

} // namespace Pizhu
