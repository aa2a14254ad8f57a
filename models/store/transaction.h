// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlquery.h"

#include <QStringList>

namespace Pizhu {

/**
 * A write scope on a connection: begun on construction, rolled back on destruction unless
 * finish() succeeded. Transaction and Savepoint are its two forms.
 */
class WriteScope
{
public:
    WriteScope(SqlConnection &sql, const QString &begin, const QString &finish, QStringList rollback)
        : m_query(sql)
        , m_finish(finish)
        , m_rollback(std::move(rollback))
    {
        m_active = m_query.exec(begin);
    }
    ~WriteScope()
    {
        if (m_active) {
            for (const QString &statement : std::as_const(m_rollback))
                m_query.exec(statement);
        }
    }
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_query.errorText(); }
    SqlError error() const { return m_query.error(); }

protected:
    bool finish()
    {
        if (!m_active || !m_query.exec(m_finish))
            return false;
        m_active = false;
        return true;
    }

private:
    SqlQuery m_query;
    QString m_finish;
    QStringList m_rollback;
    bool m_active = false;
};

/**
 * One write transaction (on SQLite BEGIN IMMEDIATE, so a concurrent writer waits on the busy
 * timeout at the start rather than failing at commit).
 */
class Transaction : public WriteScope
{
public:
    explicit Transaction(SqlConnection &sql)
        : WriteScope(sql, sql.beginWriteStatement(), QStringLiteral("COMMIT"), {QStringLiteral("ROLLBACK")})
    {
    }
    bool commit() { return finish(); }
};

/**
 * A savepoint: inside a Transaction it makes one step undoable on its own (one article of a file
 * that fails does not take the others with it); outside one it is a transaction of its own.
 */
class Savepoint : public WriteScope
{
public:
    explicit Savepoint(SqlConnection &sql)
        : Savepoint(sql, sql.engine() == SqlEngine::PostgreSQL && !sql.inTransaction())
    {
    }
    bool release() { return finish(); }

private:
    // SQLite makes a savepoint outside a transaction a transaction; PostgreSQL refuses one there.
    Savepoint(SqlConnection &sql, bool alone)
        : WriteScope(sql, alone ? sql.beginWriteStatement() : QStringLiteral("SAVEPOINT pizhu_step"),
                     alone ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE pizhu_step"),
                     alone ? QStringList{QStringLiteral("ROLLBACK")}
                           : QStringList{QStringLiteral("ROLLBACK TO pizhu_step"),
                                         QStringLiteral("RELEASE pizhu_step")})
    {
    }
};

} // namespace Pizhu
