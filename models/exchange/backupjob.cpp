// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjob.h"

#include "corpuscopy.h"
#include "store/corpusbackup.h"
#include "store/corpusdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Pizhu {

namespace {

void removeCorpusFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

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
    if (db.location().isTeam())
        return copyTeamCorpus(db, control);
    QString error;
    const auto progress = [&control, this](qint64 done, qint64 total) {
        control.progress(done, total, title());
        return !control.isCancelled();
    };
    return CorpusBackup::write(db.sql(), m_destination, &error, progress) || fail(error);
}

bool BackupJob::copyTeamCorpus(CorpusDatabase &db, JobControl &control)
{
    const QString name = QDir::toNativeSeparators(m_destination);
    const QString partial = m_destination + QStringLiteral(".partial");
    // As a backup of a corpus file does, a copy goes only into a folder that is there.
    if (!QFileInfo(QFileInfo(m_destination).absolutePath()).isDir())
        return fail(tr("%1: the folder %2 does not exist")
                        .arg(name, QDir::toNativeSeparators(QFileInfo(m_destination).absolutePath())));
    removeCorpusFile(partial); // what a copy killed part-way left
    control.progress(0, 1, tr("Copying the team corpus to a file"));
    bool copied = false;
    {
        CorpusDatabase file;
        if (!file.open(partial)) {
            removeCorpusFile(partial);
            return fail(tr("%1: cannot be created (%2)").arg(name, file.errorString()));
        }
        CorpusCopy copy(db.sql(), file.sql());
        copied = copy.run() || fail(tr("%1: %2; nothing was written").arg(name, copy.errorString()));
    }
    if (copied && control.isCancelled())
        copied = fail(tr("%1: cancelled; nothing was written").arg(name));
    if (copied && QFile::exists(m_destination) && !QFile::remove(m_destination))
        copied = fail(tr("%1: the file there cannot be replaced").arg(name));
    if (copied && !QFile::rename(partial, m_destination))
        copied = fail(tr("%1: cannot be written").arg(name));
    if (!copied)
        removeCorpusFile(partial);
    control.progress(1, 1, tr("Copying the team corpus to a file"));
    return copied;
}

} // namespace Pizhu
