// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxexportjob.h"

#include "qdpxwriter.h"

namespace Pizhu {

QdpxExportJob::QdpxExportJob(QString path, bool codebookOnly)
    : m_path(std::move(path))
    , m_codebookOnly(codebookOnly)
{
}

QString QdpxExportJob::title() const
{
    return m_codebookOnly ? tr("Exporting the codebook") : tr("Exporting a REFI-QDA project");
}

bool QdpxExportJob::run(CorpusDatabase &db, JobControl &control)
{
    QString error;
    const bool ok = m_codebookOnly ? QdpxWriter::writeCodebook(db, m_path, &error)
                                   : QdpxWriter::writeProject(db, m_path, &error, &control);
    return ok || fail(error);
}

} // namespace Pizhu
