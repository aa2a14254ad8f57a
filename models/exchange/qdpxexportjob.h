// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QCoreApplication>

namespace Pizhu {

/** Writes the corpus as a REFI-QDA project (.qdpx) or its codebook (.qdc), as a job (QdpxWriter). */
class QdpxExportJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxExportJob)

public:
    QdpxExportJob(QString path, bool codebookOnly);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;
    QString path() const { return m_path; }

private:
    QString m_path;
    bool m_codebookOnly;
};

} // namespace Pizhu
