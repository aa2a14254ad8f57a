// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * Why a statement failed, sorted into what the callers act on: another program holds the lock,
 * the file is damaged (the engine's own verdict, never a guess), the disk or a file size limit is
 * full, the work was interrupted. The engine's words are kept for the message.
 */
struct SqlError
{
    enum class Kind
    {
        None,
        Busy,        ///< locked by another connection (SQLITE_BUSY / LOCKED, lock_not_available)
        Damaged,     ///< SQLITE_CORRUPT, SQLITE_NOTADB, data_corrupted
        Full,        ///< SQLITE_FULL, a write past a file size limit, disk_full
        ReadOnly,    ///< SQLITE_READONLY, insufficient_privilege
        Constraint,  ///< a constraint refused the row
        Interrupted, ///< cancelled on purpose
        Unreachable, ///< the server cannot be reached (PostgreSQL)
        Other,
    };

    Kind kind = Kind::None;
    QString text;
    QString code; ///< the engine's own code: SQLite's extended result code, or PostgreSQL's SQLSTATE

    bool isError() const { return kind != Kind::None; }
    /** What went wrong in words a user can act on, with the engine's own words after them. */
    QString describe() const;
};

} // namespace Pizhu
