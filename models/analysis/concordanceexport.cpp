// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordanceexport.h"

#include "export/csvfile.h"

#include <QDir>

namespace Pizhu {

bool ConcordanceExport::write(const QList<ConcordanceLine> &lines, const QString &path, bool byteOrderMark,
                              QString *error)
{
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            file.writeRow({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("date"),
                           QStringLiteral("outlet"), QStringLiteral("start"), QStringLiteral("end"),
                           QStringLiteral("left"), QStringLiteral("hit"), QStringLiteral("right")});
            for (const ConcordanceLine &line : lines)
                file.writeRow({line.articleId, line.title, line.published, line.outlet, line.hit.start,
                               line.hit.end, line.left, line.keyword, line.right});
        },
        error);
}

} // namespace Pizhu
