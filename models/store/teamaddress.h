// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace Pizhu {

/**
 * Where a team corpus lives on a PostgreSQL server, as the user wrote it: a libpq connection URI
 * (postgresql://host/dbname?sslmode=require) or a key=value string (service=NAME). libpq parses
 * it, so every form and keyword libpq knows works as it does in psql. A password is never taken
 * from here into anything Pizhu keeps: libpq finds it (~/.pgpass, a service file, PGPASSWORD) or
 * the caller asks for it.
 */
class TeamAddress
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TeamAddress)

public:
    /** Whether \a text names a server rather than a corpus file. */
    static bool isTeamAddress(const QString &text);
    /** \a text parsed; none, with the reason in \a error, when libpq cannot read it. */
    static std::optional<TeamAddress> parse(const QString &text, QString *error);

    /** The database's name as given (empty: libpq's default, the user's name). */
    QString database() const { return value(QStringLiteral("dbname")); }
    QString user() const { return value(QStringLiteral("user")); }
    /** The value of libpq's \a keyword (host, port, sslmode…) in the address; empty when not given. */
    QString value(const QString &keyword) const;
    /** The address as key=value pairs without the password, to show and to remember. */
    QString withoutSecrets() const;
    /** A short name for menus and titles: “corpus on server as login”. */
    QString label() const;

    /**
     * Whether connecting fails because the server wants a password that \a password (empty: none
     * typed) is not: none was found, or the one given was refused. Asks the server by connecting.
     */
    bool refusedForPassword(const QString &password) const;

    /**
     * A Qt connection named \a connectionName to the address, not yet open; \a password only when
     * the user typed one.
     */
    QSqlDatabase connection(const QString &connectionName, const QString &password = {}) const;

private:
    QList<std::pair<QString, QString>> m_options; ///< keyword and value, as libpq read them
};

} // namespace Pizhu
