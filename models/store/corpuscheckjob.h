// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusjob.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

/**
 * File → Check Corpus and `pizhu check`: SQLite's integrity check of the whole file, every
 * article's text against its checksum, and the search index's own check. Each problem found is
 * reported as an item (a sentence naming the article or the part) and kept in problems(); the
 * job succeeds when the check could run, whatever it found.
 */
class CorpusCheckJob final : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusCheckJob)

public:
    /** Texts read per step. */
    static constexpr int BatchSize = 500;
    /** SQLite stops listing problems after this many. */
    static constexpr int MaxStructureProblems = 20;

    QString title() const override { return tr("Checking the corpus"); }
    bool run(CorpusDatabase &db, JobControl &control) override;

    const QStringList &problems() const { return m_problems; }
    qint64 textsChecked() const { return m_texts; }
    /** One paragraph for the user: sound, or what is damaged and what to do. */
    QString report() const;

private:
    void checkStructure(CorpusDatabase &db, JobControl &control);
    void checkTexts(CorpusDatabase &db, JobControl &control);
    void checkSearchIndex(CorpusDatabase &db, JobControl &control);
    void problem(JobControl &control, const QString &text);

    QStringList m_problems;
    qint64 m_texts = 0;
    bool m_cancelled = false;
};

} // namespace Pizhu
