// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyquery.h"

#include "cancelwatch.h"
#include "corpuslocation.h"
#include "sqlconnection.h"
#include "sqlquery.h"
#include "teamconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <atomic>
#include <sqlite3.h>

namespace Pizhu {

namespace {

// Reading only: everything else (writes, schema changes, ATTACH, transactions) is denied.
int readOnlyAuthorizer(void *, int action, const char *argument, const char *, const char *, const char *)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        // Reading pragmas take no value ("PRAGMA table_info(x)" passes its table as an argument
        // too), so only the ones that could change settings are refused.
        return argument &&
                       (qstrcmp(argument, "query_only") == 0 || qstrcmp(argument, "writable_schema") == 0 ||
                        qstrcmp(argument, "journal_mode") == 0)
                   ? SQLITE_DENY
                   : SQLITE_OK;
    default:
        return SQLITE_DENY;
    }
}

/** A read-only transaction on a server connection for as long as it lives; nothing on a file. */
class ReadOnlyTransaction
{
public:
    explicit ReadOnlyTransaction(SqlConnection *server)
        : m_server(server)
    {
        if (m_server)
            m_server->exec(QStringLiteral("BEGIN READ ONLY"));
    }
    ~ReadOnlyTransaction()
    {
        if (m_server)
            m_server->exec(QStringLiteral("ROLLBACK"));
    }
    ReadOnlyTransaction(const ReadOnlyTransaction &) = delete;
    ReadOnlyTransaction &operator=(const ReadOnlyTransaction &) = delete;

private:
    SqlConnection *m_server;
};

} // namespace

ReadOnlyQuery::ReadOnlyQuery()
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("pizhu-readonly-%1").arg(++counter);
}

ReadOnlyQuery::~ReadOnlyQuery()
{
    m_server.reset();
    m_sql.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ReadOnlyQuery::open(const CorpusLocation &location)
{
    if (!location.isTeam())
        return open(location.path());
    // The server refuses every write in a read-only transaction, whatever the login may do.
    m_server = std::make_unique<TeamConnection>(location.address(), location.password());
    if (!m_server->isOpen()) {
        m_error = tr("%1 cannot be opened for reading (%2)").arg(location.path(), m_server->errorString());
        m_server.reset();
        return false;
    }
    return true;
}

SqlConnection *ReadOnlyQuery::connection() const
{
    return m_server ? &m_server->sql() : m_sql.get();
}

bool ReadOnlyQuery::open(const QString &corpusPath)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(corpusPath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_error = tr("%1 cannot be opened for reading (%2)").arg(corpusPath, m_db.lastError().text());
        return false;
    }
    m_sql = std::make_unique<SqlConnection>(m_db);
    m_sql->exec(QStringLiteral("PRAGMA query_only = ON"));
    sqlite3 *sqlite = m_sql->sqliteHandle();
    if (!sqlite) {
        m_error = tr("the SQLite driver gives no handle, so the console cannot be made safe");
        return false;
    }
    sqlite3_set_authorizer(sqlite, readOnlyAuthorizer, nullptr);
    return true;
}

QueryResult ReadOnlyQuery::run(const QString &sql, int maxRows, const std::atomic_bool *cancelled)
{
    QueryResult result;
    SqlConnection *sqlConnection = connection();
    if (!sqlConnection) {
        result.error = m_error.isEmpty() ? tr("the console has no corpus open") : m_error;
        return result;
    }
    const CancelWatch watch(*sqlConnection, cancelled);
    const auto stopped = [&result] {
        result.error = tr("The query was stopped.");
        result.rows.clear();
        return result;
    };
    // On a server, one statement that reads, prepared (so it cannot carry a second one) and run
    // in a read-only transaction that is rolled back.
    static const QRegularExpression reading(QStringLiteral("^\\s*(SELECT|WITH|VALUES)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (m_server && !reading.match(sql).hasMatch()) {
        result.error = tr("Only reading is allowed here: on a team corpus the console runs one SELECT, WITH "
                          "or VALUES statement.");
        return result;
    }
    const ReadOnlyTransaction transaction(m_server ? sqlConnection : nullptr);
    SqlQuery query(*sqlConnection);
    if (!query.exec(sql)) {
        if (query.error().kind == SqlError::Kind::Interrupted)
            return stopped();
        const QString reason = query.errorText();
        result.error =
            reason.contains(QLatin1String("not authorized")) ||
                    reason.contains(QLatin1String("authorization denied")) ||
                    reason.contains(QLatin1String("readonly")) ||
                    reason.contains(QLatin1String("read-only transaction"))
                ? tr("Only reading is allowed here: the console cannot change the corpus (%1).").arg(reason)
                : reason;
        return result;
    }
    const int columns = query.columnCount();
    for (int i = 0; i < columns; ++i)
        result.columns << query.columnName(i);
    while (query.next()) {
        if (cancelled && cancelled->load())
            return stopped();
        if (result.rows.size() == maxRows) {
            result.truncated = true;
            break;
        }
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        result.rows << row;
    }
    if (query.error().kind == SqlError::Kind::Interrupted)
        return stopped();
    if (query.error().isError()) {
        // Failing part-way (a damaged page, a runaway recursion) must not pass for a short answer.
        result.error = tr("The query failed after %n row(s): %1", nullptr, int(result.rows.size()))
                           .arg(query.errorText());
        result.rows.clear();
    }
    return result;
}

} // namespace Pizhu
