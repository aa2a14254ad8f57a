// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "core/jobcontrol.h"
#include "ingest/backfilljob.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"
#include "store/teamconnection.h"
#include "store/teamupgrade.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runUpgradeTeam(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings a team corpus made by an older Pizhu up to date, then prepares its articles for what "
           "changed. Run it as the role that made the corpus (or the server's administrator); the team "
           "may go on working meanwhile."));
    parser.addOption({QStringLiteral("db"),
                      tr("The database: a libpq address, postgresql://host/database or service=NAME."),
                      tr("ADDRESS")});
    if (!parse(parser, arguments))
        return UsageError;
    QString error;
    const std::optional<TeamAddress> address = TeamAddress::parse(parser.value(QStringLiteral("db")), &error);
    if (!address) {
        err() << tr("pizhu upgrade-team: %1").arg(error) << Qt::endl;
        return UsageError;
    }
    {
        const TeamConnection connection(*address);
        const int revision = connection.isOpen() ? TeamUpgrade::revisionOf(connection.sql(), &error) : -1;
        if (revision < 0) {
            err() << tr("pizhu upgrade-team: %1").arg(connection.isOpen() ? error : connection.errorString())
                  << Qt::endl;
            return UsageError;
        }
        if (revision < TeamUpgrade::latestRevision() && !TeamUpgrade::upgrade(connection.sql(), &error)) {
            err() << tr("pizhu upgrade-team: %1").arg(error) << Qt::endl;
            return SomeInputsFailed;
        }
        out() << (revision < TeamUpgrade::latestRevision()
                      ? tr("Upgraded %1 to team revision %2; preparing its articles…")
                      : tr("%1 is at team revision %2 already; preparing any articles left unprepared…"))
                     .arg(address->withoutSecrets())
                     .arg(TeamUpgrade::latestRevision())
              << Qt::endl;
    }
    CorpusDatabase db;
    BackfillJob backfill;
    JobControl control;
    if (!db.openTeam(*address) || !backfill.run(db, control)) {
        err() << tr("pizhu upgrade-team: the articles cannot be prepared (%1); run the command again to "
                    "finish")
                     .arg(db.isOpen() ? backfill.errorString() : db.errorString())
              << Qt::endl;
        return SomeInputsFailed;
    }
    out() << tr("Done.") << Qt::endl;
    return Success;
}

} // namespace Pizhu
