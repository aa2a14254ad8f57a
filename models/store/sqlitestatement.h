// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlstatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Pizhu {

/** A statement prepared on an SQLite connection and run by SQLite itself (no driver in between). */
class SqliteStatement final : public SqlStatement
{
public:
    /** Prepares \a sql on \a db; check error() for the outcome. */
    SqliteStatement(sqlite3 *db, const QString &sql, bool persistent);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isPrepared() const override { return m_statement != nullptr; }

    void bind(int position, const QVariant &value) override;
    void bindInteger(int position, qint64 value) override;
    void bindText(int position, const QString &text) override;
    bool run() override;
    bool next() override;
    QVariant value(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    int columnCount() const override;
    QString columnName(int column) const override;
    qint64 changes() const override { return m_changes; }
    void reset() override;
    SqlError error() const override { return m_error; }

    /** The error SQLite reports on \a db for result \a code, sorted into its kind. */
    static SqlError errorOf(sqlite3 *db, int code);

private:
    bool step();
    /** SQLite takes new values only on a statement that is not running: reset it first if it ran. */
    void readyForBinding();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    SqlError m_error;
    qint64 m_changes = 0;
    bool m_hasRow = false;  ///< the last step gave a row not yet handed out by next()
    bool m_onRow = false;   ///< value() reads the current row
    bool m_done = false;    ///< the statement ran to its end
    bool m_stepped = false; ///< stepped since its last reset
};

} // namespace Pizhu
