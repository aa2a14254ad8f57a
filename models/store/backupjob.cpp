// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjob.h"

#include "corpusbackup.h"
#include "corpusdatabase.h"

namespace Pizhu {

BackupJob::BackupJob(QString destination)
    : m_destination(std::move(destination))
{
}

QString BackupJob::title() const
{
    return tr("Backing up");
}

bool BackupJob::run(CorpusDatabase &db, JobControl &control)
{
    QString error;
    const auto progress = [&control, this](qint64 done, qint64 total) {
        control.progress(done, total, title());
        return !control.isCancelled();
    };
    return CorpusBackup::write(db.sql(), m_destination, &error, progress) || fail(error);
}

} // namespace Pizhu
