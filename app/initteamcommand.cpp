// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "store/teamaddress.h"
#include "store/teamconnection.h"
#include "store/teamschema.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::initialiseTeam(const TeamAddress &address, const QString &lead, const QStringList &coders)
{
    const TeamSchema::Team team{lead, coders};
    const TeamConnection connection(address);
    if (!connection.isOpen()) {
        err() << tr("pizhu init-team: %1").arg(connection.errorString()) << Qt::endl;
        return UsageError;
    }
    QStringList made;
    QString error;
    if (!TeamSchema::create(connection.sql(), team, &made, &error)) {
        err() << tr("pizhu init-team: %1").arg(error) << Qt::endl;
        return SomeInputsFailed;
    }
    out() << tr("Made a team corpus (schema version %1) in %2: lead %3, coders %4.")
                 .arg(TeamSchema::version())
                 .arg(address.withoutSecrets(), team.lead,
                      team.coders.isEmpty() ? tr("none yet") : team.coders.join(QStringLiteral(", ")))
          << Qt::endl;
    for (const QString &login : std::as_const(made))
        out() << tr("Made the login %1 without a password: set one with psql's "
                    "\\password %1, or let it log in another way (pg_hba.conf).")
                     .arg(login)
              << Qt::endl;
    return Success;
}

int CommandLine::runInitTeam(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes an empty PostgreSQL database a team corpus, with a lead who edits the codebook and the "
           "articles and coders who code; the server enforces the roles. Run it as the server's "
           "administrator (a role that may create roles)."));
    parser.addOption({QStringLiteral("db"),
                      tr("The database: a libpq address, postgresql://host/database or service=NAME."),
                      tr("ADDRESS")});
    parser.addOption(
        {QStringLiteral("lead"), tr("The login of the team's lead (made if missing)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("coder"), tr("The login of a coder (made if missing); may be repeated."),
                      tr("LOGIN")});
    if (!parse(parser, arguments))
        return UsageError;
    const QString lead = parser.value(QStringLiteral("lead"));
    if (parser.value(QStringLiteral("db")).isEmpty() || lead.isEmpty()) {
        err() << tr("pizhu init-team: --db ADDRESS and --lead LOGIN are required") << Qt::endl;
        return UsageError;
    }
    QString error;
    const std::optional<TeamAddress> address = TeamAddress::parse(parser.value(QStringLiteral("db")), &error);
    if (!address) {
        err() << tr("pizhu init-team: %1").arg(error) << Qt::endl;
        return UsageError;
    }
    return initialiseTeam(*address, lead, parser.values(QStringLiteral("coder")));
}

} // namespace Pizhu
