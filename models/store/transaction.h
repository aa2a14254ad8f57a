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

} // namespace Pizhu
