// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Pizhu {

class CorpusDatabase;

/**
 * Consistent copies of a corpus with SQLite's online backup API: the copy is a snapshot even while
 * the corpus is open and being edited. It is written to a temporary file first and renamed into
 * place, so a failed backup leaves no half-written file.
 */
class CorpusBackup
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusBackup)

public:
    /** Copies the corpus open on \a db to \a destination; false with \a error on failure. */
    static bool write(const QSqlDatabase &db, const QString &destination, QString *error);
    /** The file a migration backs up to before changing the schema: "corpus.pizhu.v2-backup". */
    static QString beforeMigrationPath(const QString &corpusPath, int fromVersion);
};

} // namespace Pizhu
