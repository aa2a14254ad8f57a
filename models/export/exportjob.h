// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvexport.h"
#include "store/corpusjob.h"

namespace Pizhu {

/** Writes one CSV table (CsvExport) as a job; a cancel leaves no file behind. */
class ExportJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ExportJob)

public:
    ExportJob(QString path, CsvExport::Options options);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    QString path() const { return m_path; }

private:
    QString m_path;
    CsvExport::Options m_options;
};

} // namespace Pizhu
