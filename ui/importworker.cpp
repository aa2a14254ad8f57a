// SPDX-License-Identifier: GPL-3.0-or-later
#include "importworker.h"

#include "ingest/corpusimporter.h"
#include "store/corpusdatabase.h"

namespace Pizhu {

ImportWorker::ImportWorker(const QString &corpusPath, const QStringList &paths, QObject *parent)
    : QThread(parent)
    , m_corpusPath(corpusPath)
    , m_paths(paths)
{
    qRegisterMetaType<Pizhu::ImportOutcome>();
    qRegisterMetaType<Pizhu::ImportSummary>();
}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::run()
{
    CorpusDatabase db;
    if (!db.open(m_corpusPath)) {
        Q_EMIT importFailed(db.errorString());
        return;
    }
    QList<ImportOutcome> missing;
    const QStringList files = CorpusImporter::expandPaths(m_paths, &missing);
    Q_EMIT filesCounted(int(files.size() + missing.size()));
    for (const ImportOutcome &outcome : std::as_const(missing))
        Q_EMIT fileImported(outcome);
    CorpusImporter importer(db);
    ImportSummary summary = importer.importFiles(
        files, [this](const ImportOutcome &outcome) { Q_EMIT fileImported(outcome); }, &m_cancel);
    summary.outcomes = missing + summary.outcomes;
    Q_EMIT importFinished(summary);
}

} // namespace Pizhu
