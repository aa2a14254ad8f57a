// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

class SqlConnection;

/**
 * The changes a team corpus has had since the first one made (revision 1), written once: a new
 * corpus is made at revision 1 and then given every change, and an older one is given those it
 * lacks. Its tables belong to the administrator who made it, so only that role (or a superuser)
 * may upgrade it; the lead's window refuses a corpus that needs it, naming the command. A change
 * that needs Pizhu's code over every article (such as indexing what the server cannot tokenize
 * alike) marks the articles for BackfillJob, which the upgrade command runs next.
 */
class TeamUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TeamUpgrade)

public:
    /** The revision of a team corpus made or upgraded by this Pizhu. */
    static int latestRevision();
    /** The statements that bring a corpus at \a revision to the latest, in order. */
    static QStringList statementsAfter(int revision);
    /** The revision of the team corpus \a sql is connected to (1 if it names none), or -1 with \a error. */
    static int revisionOf(SqlConnection &sql, QString *error);
    /**
     * Brings the team corpus \a sql is connected to to the latest revision in one transaction (at
     * the latest already, it does nothing); it is left as it was when any statement fails. False
     * with \a error then.
     */
    static bool upgrade(SqlConnection &sql, QString *error);
};

} // namespace Pizhu
