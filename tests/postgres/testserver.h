// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "e2e/commandrun.h"
#include "testseeds.h"

#include <QDebug>
#include <QFile>
#include <QString>

namespace Pizhu::TestSupport {

/**
 * The PostgreSQL server that testserver.sh started for the team-corpus tests (the CTest fixture
 * "postgres"), read from the state file named by PIZHU_TEST_POSTGRES. Logins over its socket are
 * trusted; over TCP they need a password.
 */
struct TestServer
{
    QString socketDir;
    int port = 0;
    QString admin;

    /** The server the fixture started; a default (port 0) one when there is none. */
    static TestServer started()
    {
        TestServer server;
        QFile state(qEnvironmentVariable("PIZHU_TEST_POSTGRES"));
        if (!state.open(QIODevice::ReadOnly))
            return server;
        const QStringList fields = QString::fromUtf8(state.readAll()).split(QLatin1Char(' '));
        if (fields.size() == 3) {
            server.socketDir = fields.at(0);
            server.port = fields.at(1).toInt();
            server.admin = fields.at(2).trimmed();
        }
        return server;
    }

    /** The libpq address of \a database for \a login, over the socket. */
    QString address(const QString &database, const QString &login) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, socketDir)
            .arg(port)
            .arg(login);
    }
    /** The same over TCP on the loopback, where a password is asked for. */
    QString tcpAddress(const QString &database, const QString &login) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login).arg(port).arg(database);
    }

    /** psql as \a login on \a database running \a sql, stopping at the first error. */
    CommandRun psql(const QString &login, const QString &database, const QString &sql,
                    const QString &home) const
    {
        return runCommand(QStringLiteral("psql"),
                          {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-h"), socketDir, QStringLiteral("-p"), QString::number(port),
                           QStringLiteral("-U"), login, QStringLiteral("-d"), database, QStringLiteral("-At"),
                           QStringLiteral("-c"), sql},
                          home);
    }
    /** A new, empty database \a name, made by the administrator; false (with a warning) if not. */
    bool createDatabase(const QString &name, const QString &home) const
    {
        const CommandRun run =
            psql(admin, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), home);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.exitCode == 0;
    }
    /**
     * A new database \a name made a team corpus by init-team, with \a lead and \a coders, and the
     * five samples imported by the lead; false (with a warning) if not. Tests of the pizhu
     * executable only (PIZHU_EXECUTABLE).
     */
    bool makeSampleTeamCorpus(const QString &name, const QString &lead, const QStringList &coders,
                              const QString &home) const
    {
        if (!createDatabase(name, home))
            return false;
        QStringList init = {QStringLiteral("init-team"), QStringLiteral("--db"), address(name, admin),
                            QStringLiteral("--lead"), lead};
        for (const QString &coder : coders)
            init << QStringLiteral("--coder") << coder;
        const QStringList import =
            QStringList{QStringLiteral("import"), QStringLiteral("--db"), address(name, lead)} + seedPaths();
        for (const QStringList &arguments : {init, import}) {
            const CommandRun run = runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, home);
            if (run.exitCode != 0) {
                qWarning() << arguments.first() << run.err;
                return false;
            }
        }
        return true;
    }
    /** What \a sql prints when the administrator runs it on \a database (one value, trimmed). */
    QString adminValue(const QString &database, const QString &sql, const QString &home) const
    {
        return psql(admin, database, sql, home).out.trimmed();
    }
};

} // namespace Pizhu::TestSupport
