// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <atomic>
#include <memory>

namespace Pizhu {

class CorpusLocation;
class SqlConnection;
class TeamConnection;

/** What a query of the SQL console gave. */
struct QueryResult
{
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false; ///< more rows than the limit
    QString error;          ///< why the statement did not run
};

/**
 * Runs researchers' ad-hoc SQL on a corpus without any way to change it: a connection of its own,
 * opened read-only with PRAGMA query_only, and an SQLite authorizer that allows only reading
 * (SELECT, reading tables, functions, read-only pragmas). INSERT, UPDATE, DELETE, CREATE, DROP,
 * ALTER, ATTACH and the like are refused before they run, with a message. On a team corpus the
 * server does it: one reading statement at a time, in a read-only transaction rolled back after,
 * whatever the login could otherwise change.
 */
class ReadOnlyQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ReadOnlyQuery)

public:
    ReadOnlyQuery();
    ~ReadOnlyQuery();
    ReadOnlyQuery(const ReadOnlyQuery &) = delete;
    ReadOnlyQuery &operator=(const ReadOnlyQuery &) = delete;

    /** Opens \a corpusPath read-only; false with errorString() when it cannot. */
    bool open(const QString &corpusPath);
    /** Opens the file, or the team corpus (where each query runs in a read-only transaction). */
    bool open(const CorpusLocation &location);
    QString errorString() const { return m_error; }

    /**
     * Runs one statement, keeping at most \a maxRows rows. When \a cancelled turns true (from any
     * thread) the statement stops within a few thousand SQLite steps, with an error saying so.
     */
    QueryResult run(const QString &sql, int maxRows = 10000, const std::atomic_bool *cancelled = nullptr);

private:
    /** The open connection, or nullptr. */
    SqlConnection *connection() const;

    QSqlDatabase m_db; ///< a corpus file's
    std::unique_ptr<SqlConnection> m_sql;
    std::unique_ptr<TeamConnection> m_server; ///< a team corpus's
    QString m_connectionName;
    QString m_error;
};

} // namespace Pizhu
