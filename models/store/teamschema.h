// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

class SqlConnection;

/**
 * Makes an empty PostgreSQL database a team corpus: the corpus tables as of the current schema
 * version, in PostgreSQL's own types (identity columns, bytea, a tsvector search index, trigger
 * functions), and the roles that the server, not Pizhu, enforces. The lead changes the articles
 * and the codebook and grants the coder role to others; coders read everything and change only
 * their own passages, article tags, memos, statuses and sets (row-level security on the coder
 * column, which must be the login's name), and correct entities; nobody but the database's owner
 * alters the schema.
 */
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TeamSchema)

public:
    /** The schema version a team corpus made now has (the SQLite corpus's latest). */
    static int version();
    /** The group role of the database \a database's lead, and of its coders. */
    static QString leadGroup(const QString &database);
    static QString coderGroup(const QString &database);
    /** The tables whose ids the server numbers (identity columns; a NULL id takes the next). */
    static const QStringList &numberedTables();

    struct Team
    {
        QString lead;       ///< the login of the lead
        QStringList coders; ///< the logins of the coders
    };

    /**
     * Creates the corpus in the database \a sql is connected to (as a role that may create roles,
     * which owns what it creates), in one transaction: all of it or nothing. Logins of \a team that
     * do not exist are made without a password, and named in \a made. False with \a error when
     * the database is not empty, is a team corpus already, or the role may not create roles.
     */
    static bool create(SqlConnection &sql, const Team &team, QStringList *made, QString *error);

private:
    /** Whether a team corpus may be made in the database \a sql is in (named in \a database). */
    static bool checkDatabase(SqlConnection &sql, QString *database, QString *error);
};

} // namespace Pizhu
