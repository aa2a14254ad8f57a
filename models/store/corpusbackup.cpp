// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusbackup.h"

#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <sqlite3.h>

namespace Pizhu {

QString CorpusBackup::beforeMigrationPath(const QString &corpusPath, int fromVersion)
{
    return corpusPath + QStringLiteral(".v%1-backup").arg(fromVersion);
}

namespace {

/** The copy in the making and the journal a failed write (a full disk) can leave beside it. */
void removePartial(const QString &partial)
{
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
}

/** SQLite's own check of the copy: "ok", or the first problem it names. */
QString checkCopy(sqlite3 *copy)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(copy, "PRAGMA quick_check(1)", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(copy));
    QString verdict =
        sqlite3_step(statement) == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
            : QString::fromUtf8(sqlite3_errmsg(copy));
    sqlite3_finalize(statement);
    return verdict;
}

} // namespace

bool CorpusBackup::write(const SqlConnection &sql, const QString &destination, QString *error,
                         const Progress &progress)
{
    const QString name = QDir::toNativeSeparators(destination);
    sqlite3 *source = sql.sqliteHandle();
    if (!source) {
        *error = tr("%1: the corpus is not open").arg(name);
        return false;
    }
    // A backup killed part-way leaves its partial copy: the next one starts by clearing it.
    const QString partial = destination + QStringLiteral(".partial");
    removePartial(partial);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot be created (%2)").arg(name, QString::fromUtf8(sqlite3_errmsg(target)));
        sqlite3_close(target);
        removePartial(partial);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    int result = backup ? SQLITE_OK : sqlite3_errcode(target);
    if (backup) {
        // Page by page, so a long backup lets other connections in between steps.
        do {
            result = sqlite3_backup_step(backup, 256);
            if (result == SQLITE_BUSY || result == SQLITE_LOCKED)
                sqlite3_sleep(20);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                result = SQLITE_INTERRUPT;
                break;
            }
        } while (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    const QString message =
        result == SQLITE_INTERRUPT ? tr("cancelled") : QString::fromUtf8(sqlite3_errmsg(target));
    // A copy of damaged pages is no backup: SQLite checks what was written before it is kept.
    const QString verdict = result == SQLITE_DONE ? checkCopy(target) : QString();
    sqlite3_close(target);
    if (result != SQLITE_DONE) {
        removePartial(partial);
        *error = tr("%1: the backup failed (%2); nothing was written").arg(name, message);
        return false;
    }
    if (verdict != QLatin1String("ok")) {
        removePartial(partial);
        *error = tr("%1: the copy is damaged (%2), so the corpus itself may be; nothing was written. "
                    "Restore an earlier backup (each schema upgrade also leaves one, .vN-backup)")
                     .arg(name, verdict);
        return false;
    }
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        removePartial(partial);
        *error = tr("%1: the backup could not be put in place").arg(name);
        return false;
    }
    return true;
}

} // namespace Pizhu
