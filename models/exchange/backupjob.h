// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * Copies the corpus to a file as a job, while the window goes on. A corpus file is copied page by
 * page (CorpusBackup). A team corpus is copied, with every coder's work, to a new corpus file
 * (CorpusCopy) that opens like any other; it is written beside the destination and renamed into
 * place only when whole, so a failed copy leaves no file behind and one at the destination as it
 * was.
 */
class BackupJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::BackupJob)

public:
    explicit BackupJob(QString destination);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    QString destination() const { return m_destination; }

private:
    bool copyTeamCorpus(CorpusDatabase &db, JobControl &control);

    QString m_destination;
};

} // namespace Pizhu
