// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

namespace Pizhu {

ExportJob::ExportJob(QString path, CsvExport::Options options)
    : m_path(std::move(path))
    , m_options(options)
{
}

QString ExportJob::title() const
{
    return tr("Exporting");
}

bool ExportJob::run(CorpusDatabase &db, JobControl &control)
{
    QString error;
    const bool ok = CsvExport::write(db, m_path, m_options, &error, [&control, this](int done, int total) {
        control.progress(done, total, title());
        return !control.isCancelled();
    });
    return ok || fail(error);
}

} // namespace Pizhu
