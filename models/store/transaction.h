// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlquery.h"

namespace Pizhu {

/**
 * One write transaction (BEGIN IMMEDIATE, so a concurrent writer waits on the busy timeout at the
 * start rather than failing at commit). Rolled back on destruction unless commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_query(db)
    {
        m_active = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (m_active)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_query.errorText(); }

    bool commit()
    {
        if (!m_active || !m_query.exec(QStringLiteral("COMMIT")))
            return false;
        m_active = false;
        return true;
    }

private:
    SqlQuery m_query;
    bool m_active = false;
};

/**
 * A savepoint: inside a Transaction it makes one step undoable on its own (one article of a file
 * that fails does not take the others with it); outside one it is a transaction of its own.
 * Rolled back on destruction unless release() succeeded.
 */
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db)
        : m_query(db)
    {
        m_active = m_query.exec(QStringLiteral("SAVEPOINT pizhu_step"));
    }
    ~Savepoint()
    {
        if (m_active) {
            m_query.exec(QStringLiteral("ROLLBACK TO pizhu_step"));
            m_query.exec(QStringLiteral("RELEASE pizhu_step"));
        }
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_query.errorText(); }

    bool release()
    {
        if (!m_active || !m_query.exec(QStringLiteral("RELEASE pizhu_step")))
            return false;
        m_active = false;
        return true;
    }

private:
    SqlQuery m_query;
    bool m_active = false;
};

} // namespace Pizhu
