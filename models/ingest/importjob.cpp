// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "corpusimporter.h"
#include "localfilename.h"

#include <QFileInfo>
#include <algorithm>

namespace Pizhu {

ImportJob::ImportJob(QStringList paths)
    : m_paths(std::move(paths))
{
    qRegisterMetaType<Pizhu::ImportOutcome>();
    qRegisterMetaType<Pizhu::ImportSummary>();
}

QString ImportJob::title() const
{
    return tr("Importing");
}

bool ImportJob::run(CorpusDatabase &db, JobControl &control)
{
    QList<ImportOutcome> missing;
    const QStringList files = CorpusImporter::expandPaths(m_paths, &missing);
    for (const ImportOutcome &outcome : std::as_const(missing))
        control.item(QVariant::fromValue(outcome));
    // Progress in bytes, so one large CSV or JSONL file moves the bar as smoothly as many pages.
    qint64 total = 0;
    for (const QString &file : files)
        total += std::max<qint64>(LocalFileName::size(file), 1);
    qint64 done = 0;
    control.progress(0, total, title());
    CorpusImporter importer(db);
    m_summary = {};
    for (qsizetype i = 0; i < files.size() && !control.isCancelled(); ++i) {
        const QString &file = files.at(i);
        const QString status =
            tr("File %1 of %2: %3").arg(i + 1).arg(files.size()).arg(LocalFileName::readable(file));
        m_summary.outcomes += importer.importFile(
            file,
            [&](const ImportOutcome &outcome) {
                control.item(QVariant::fromValue(outcome));
                control.progress(done + outcome.bytesRead, total, status);
            },
            control.cancelFlag());
        done += std::max<qint64>(LocalFileName::size(file), 1);
        control.progress(done, total, status);
    }
    m_summary.outcomes = missing + m_summary.outcomes;
    m_summary.cancelled = control.isCancelled();
    return true;
}

} // namespace Pizhu
