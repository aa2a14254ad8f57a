// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlquery.h"

#include <memory>
#include <unordered_map>

namespace Pizhu {

/**
 * Prepared statements kept for reuse, keyed by their SQL, on one connection. Importing stores the
 * same handful of statements for every article; preparing them once saves SQLite's parsing and
 * planning for each of thousands of rows.
 */
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /** Runs \a sql with \a values bound in order; the prepared statement is kept for the next call. */
    SqlQuery *exec(const QString &sql, const QVariantList &values)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<SqlQuery>(m_db);
            if (!slot->prepare(sql)) {
                m_error = slot->errorText();
                slot.reset();
                return nullptr;
            }
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            slot->bindValue(int(i), values.at(i));
        if (!slot->exec()) {
            m_error = slot->errorText();
            return nullptr;
        }
        return slot.get();
    }

    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_statements;
    QString m_error;
};

} // namespace Pizhu
