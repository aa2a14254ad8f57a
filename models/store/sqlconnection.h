// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlerror.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct pg_conn;

namespace Pizhu {

class SqlStatement;

/** The database engines a corpus can live in. */
enum class SqlEngine
{
    SQLite,     ///< the embedded file, the default
    PostgreSQL, ///< a team corpus on a server
};

/**
 * The one way Pizhu talks SQL (DESIGN.md, decision 8): every statement of every store goes
 * through a SqlQuery on a SqlConnection, which prepares it once and keeps it for the next call
 * with the same SQL. On SQLite the statements are SQLite's own, without a driver's per-call cost
 * (import runs a handful of statements hundreds of thousands of times); other engines run through
 * Qt's driver. What differs between the engines is asked of the connection, in one place.
 *
 * A connection belongs to the thread that opened it; interrupt() alone may be called from another.
 */
class SqlConnection
{
public:
    explicit SqlConnection(const QSqlDatabase &db);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    SqlEngine engine() const { return m_engine; }
    QSqlDatabase database() const { return m_db; }
    /** The SQLite connection, for what only SQLite has (online backup, authorizer); else nullptr. */
    sqlite3 *sqliteHandle() const { return m_sqlite; }

    /** Runs \a sql with \a values, reading no rows; false with lastError() on failure. */
    bool exec(const QString &sql, const QVariantList &values = {});
    SqlError lastError() const { return m_lastError; }

    /** The statement that starts a write transaction, waiting for other writers first. */
    QString beginWriteStatement() const;
    /**
     * Whether a transaction is open. SQLite may end one by itself, rolling it back, when a write
     * fails (a full disk, an I/O error); a PostgreSQL transaction ends only by COMMIT or ROLLBACK.
     */
    bool inTransaction() const;

    /** Ends the statement running on this connection with SqlError::Kind::Interrupted; thread-safe. */
    void interrupt();

    /** For SqlQuery: a prepared statement for \a sql, from the cache or new. Never null. */
    std::unique_ptr<SqlStatement> acquire(const QString &sql);
    /** For SqlQuery: gives \a statement back, reset, for the next use of \a sql. */
    void release(const QString &sql, std::unique_ptr<SqlStatement> statement);
    void setLastError(const SqlError &error) { m_lastError = error; }

private:
    QSqlDatabase m_db;
    SqlEngine m_engine = SqlEngine::SQLite;
    sqlite3 *m_sqlite = nullptr;
    pg_conn *m_postgres = nullptr;
    std::unordered_map<QString, std::vector<std::unique_ptr<SqlStatement>>> m_idle;
    SqlError m_lastError;
};

} // namespace Pizhu
