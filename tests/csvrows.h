// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files the app wrote, read back by Pizhu's own reader, as tests check them.
#pragma once

#include "ingest/csvreader.h"

#include <QFile>

namespace Pizhu::TestSupport {

/** The rows of the CSV file at \a path (past a byte-order mark, blank lines left out); none when unreadable.
 */
inline QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.peek(3) == "\xEF\xBB\xBF")
        file.skip(3);
    CsvReader reader(&file, "UTF-8");
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row)) {
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows << row;
    }
    return rows;
}

} // namespace Pizhu::TestSupport
