// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Pizhu {

class SqlConnection;
class TeamAddress;

/** An open connection to the database of a team corpus, closed and forgotten when destroyed. */
class TeamConnection
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TeamConnection)

public:
    /**
     * Connects to \a address, with \a password only when the user typed one (libpq finds it
     * otherwise); when that fails, isOpen() is false and errorString() names the address and the
     * server's reason.
     */
    explicit TeamConnection(const TeamAddress &address, const QString &password = {});
    ~TeamConnection();
    TeamConnection(const TeamConnection &) = delete;
    TeamConnection &operator=(const TeamConnection &) = delete;

    bool isOpen() const { return m_sql != nullptr; }
    SqlConnection &sql() const { return *m_sql; }
    QString errorString() const { return m_error; }
    /** The address connected to, without secrets, to name it to the user. */
    QString where() const { return m_where; }

private:
    QString m_name;
    QString m_where;
    std::unique_ptr<SqlConnection> m_sql;
    QString m_error;
};

} // namespace Pizhu
