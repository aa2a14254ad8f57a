// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pizhu {

class SqlConnection;

/**
 * The corpus schema as a list of steps, one per version. Version N is reached by running the steps
 * 1..N in order, so an old corpus and a new one end with the same schema.
 */
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::Migrations)

public:
    /** The number of the newest step. */
    static int latestVersion();

    /**
     * Runs the missing steps up to \a targetVersion in one transaction and stamps the file as a
     * Pizhu corpus. On failure nothing is changed and \a error says why.
     */
    static bool upgrade(SqlConnection &sql, int targetVersion, QString *error);

private:
    static QString stepFailed(int fileVersion, int step, const QString &engineError);
};

} // namespace Pizhu
