// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;
class CorpusSession;

/** What reading a codebook file gave. */
struct CodebookImportResult
{
    int added = 0;
    int existing = 0;    ///< paths already in the codebook (left as they are)
    QStringList skipped; ///< "line N: reason"
    QString error;       ///< the file could not be read at all
};

/**
 * The codebook as CSV: one row per tag with path ("Frames/Conflict"), color and description,
 * parents before children. Reading creates the tags that are missing, as one undoable step.
 */
class CodebookCsv
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CodebookCsv)

public:
    static bool write(CorpusDatabase &db, const QString &path, bool byteOrderMark, QString *error);
    static CodebookImportResult read(CorpusSession &session, const QString &path);
};

} // namespace Pizhu
