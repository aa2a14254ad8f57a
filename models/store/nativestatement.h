// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Pizhu {

/** The SQLite connection under a QSqlDatabase of the QSQLITE driver, or nullptr. */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/**
 * A prepared SQLite statement used directly, for the few statements import runs hundreds of
 * thousands of times (entities and their mentions), where QSqlQuery's per-call cost dominates.
 * Values are bound by position from 1, as SQLite counts them.
 */
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase &db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int position, qint64 value);
    void bind(int position, double value);
    void bind(int position, const QString &text); ///< a null QString binds ''
    void bindNull(int position);
    /** Runs the statement and resets it for the next values; false (and errorText()) on failure. */
    bool run();
    qint64 lastInsertId() const;
    QString errorText() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Pizhu
