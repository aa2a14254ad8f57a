// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoutcome.h"
#include "store/corpusjob.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

/**
 * Imports files and folders (CorpusImporter) as a job: each outcome is reported as an item
 * (an ImportOutcome in a QVariant) as soon as it is stored; a cancel stops between articles,
 * keeping what was stored.
 */
class ImportJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ImportJob)

public:
    explicit ImportJob(QStringList paths);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** Every outcome, in the order the inputs were taken, once run() returned. */
    const ImportSummary &summary() const { return m_summary; }

private:
    QStringList m_paths;
    ImportSummary m_summary;
};

} // namespace Pizhu
