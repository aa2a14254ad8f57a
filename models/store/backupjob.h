// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusjob.h"

#include <QCoreApplication>

namespace Pizhu {

/** Copies the corpus to a file (CorpusBackup) as a job, while the window goes on. */
class BackupJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::BackupJob)

public:
    explicit BackupJob(QString destination);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    QString destination() const { return m_destination; }

private:
    QString m_destination;
};

} // namespace Pizhu
