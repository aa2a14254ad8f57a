// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "corpusimporter.h"

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
    const qint64 total = files.size() + missing.size();
    qint64 done = 0;
    control.progress(0, total, title());
    for (const ImportOutcome &outcome : std::as_const(missing)) {
        control.item(QVariant::fromValue(outcome));
        control.progress(++done, total, outcome.source);
    }
    CorpusImporter importer(db);
    m_summary = {};
    for (const QString &file : files) {
        if (control.isCancelled())
            break;
        m_summary.outcomes += importer.importFile(
            file, [&control](const ImportOutcome &outcome) { control.item(QVariant::fromValue(outcome)); },
            control.cancelFlag());
        control.progress(++done, total, file);
    }
    m_summary.outcomes = missing + m_summary.outcomes;
    m_summary.cancelled = control.isCancelled();
    return true;
}

} // namespace Pizhu
