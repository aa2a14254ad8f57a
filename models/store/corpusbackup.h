// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace Pizhu {

class SqlConnection;

/**
 * Consistent copies of a corpus with SQLite's online backup API: the copy is a snapshot even while
 * the corpus is open and being edited. It is written to a temporary file first and renamed into
 * place, so a failed backup leaves no half-written file.
 */
class CorpusBackup
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusBackup)

public:
    /** Pages copied and pages in all; returning false cancels the backup. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /** Copies the corpus open on \a sql to \a destination; false with \a error on failure. */
    static bool write(const SqlConnection &sql, const QString &destination, QString *error,
                      const Progress &progress = {});
    /** The file a migration backs up to before changing the schema: "corpus.pizhu.v2-backup". */
    static QString beforeMigrationPath(const QString &corpusPath, int fromVersion);
};

} // namespace Pizhu
