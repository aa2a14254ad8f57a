// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelwatch.h"

#include "sqlconnection.h"

#include <sqlite3.h>

namespace Pizhu {

namespace {

// Called by SQLite every thousand virtual machine steps; non-zero stops the statement.
int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

} // namespace

CancelWatch::CancelWatch(SqlConnection &connection, const std::atomic_bool *cancelled)
    : m_connection(connection)
    , m_watching(cancelled && connection.sqliteHandle())
{
    if (m_watching)
        sqlite3_progress_handler(m_connection.sqliteHandle(), 1000, stopWhenCancelled,
                                 const_cast<std::atomic_bool *>(cancelled));
}

CancelWatch::~CancelWatch()
{
    if (m_watching)
        sqlite3_progress_handler(m_connection.sqliteHandle(), 0, nullptr, nullptr);
}

} // namespace Pizhu
