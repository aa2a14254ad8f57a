// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconnection.h"

#include "qtsqlstatement.h"
#include "sqlitestatement.h"
#include "sqlquery.h"

#include <QSqlDriver>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace Pizhu {

namespace {

// Statements built with changing text (lists of ids) would fill the cache without ever being
// reused; past this many distinct statements, new ones are used once and dropped.
constexpr size_t MaxCachedStatements = 256;

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

PGconn *postgresHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt's PostgreSQL driver gives its PGconn*; the type's name differs between Qt versions
    // (pg_conn* on 6.4), so the driver and the pointer are checked, not the name.
    return db.driverName() == QLatin1String("QPSQL") && handle.isValid() &&
                   handle.metaType().flags().testFlag(QMetaType::IsPointer)
               ? *static_cast<PGconn *const *>(handle.data())
               : nullptr;
}

} // namespace

SqlConnection::SqlConnection(const QSqlDatabase &db)
    : m_db(db)
    , m_sqlite(sqliteHandleOf(db))
    , m_postgres(postgresHandleOf(db))
{
    m_engine = m_db.driverName() == QLatin1String("QPSQL") ? SqlEngine::PostgreSQL : SqlEngine::SQLite;
}

SqlConnection::~SqlConnection() = default;

bool SqlConnection::exec(const QString &sql, const QVariantList &values)
{
    SqlQuery query(*this);
    return query.exec(sql, values);
}

QString SqlConnection::beginWriteStatement() const
{
    // IMMEDIATE takes SQLite's write lock at the start, so a second writer waits on the busy
    // timeout there rather than failing at its first write; PostgreSQL locks rows as it goes.
    return m_engine == SqlEngine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

bool SqlConnection::inTransaction() const
{
    if (m_sqlite)
        return sqlite3_get_autocommit(m_sqlite) == 0;
    // A failed statement leaves a PostgreSQL transaction open (and refusing) until it is rolled back.
    return !m_postgres || PQtransactionStatus(m_postgres) != PQTRANS_IDLE;
}

void SqlConnection::interrupt()
{
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
}

std::unique_ptr<SqlStatement> SqlConnection::acquire(const QString &sql)
{
    if (const auto it = m_idle.find(sql); it != m_idle.end() && !it->second.empty()) {
        std::unique_ptr<SqlStatement> statement = std::move(it->second.back());
        it->second.pop_back();
        return statement;
    }
    if (m_sqlite)
        return std::make_unique<SqliteStatement>(m_sqlite, sql, m_idle.size() < MaxCachedStatements);
    return std::make_unique<QtSqlStatement>(m_db, sql);
}

void SqlConnection::release(const QString &sql, std::unique_ptr<SqlStatement> statement)
{
    if (!statement || !statement->isPrepared())
        return;
    statement->reset();
    auto it = m_idle.find(sql);
    if (it == m_idle.end()) {
        if (m_idle.size() >= MaxCachedStatements)
            return;
        it = m_idle.emplace(sql, std::vector<std::unique_ptr<SqlStatement>>()).first;
    }
    if (it->second.size() < 4)
        it->second.push_back(std::move(statement));
}

} // namespace Pizhu
