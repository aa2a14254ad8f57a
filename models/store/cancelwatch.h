// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace Pizhu {

class SqlConnection;

/**
 * Lets a cancel flag (JobControl::cancelFlag()) stop the statements of a SQLite connection for as
 * long as it lives: a statement running when the flag turns true fails as interrupted within a
 * thousand steps of SQLite's machine, rather than reading on for a result nobody wants. On a
 * server connection it does nothing, and a statement runs to its end.
 */
class CancelWatch
{
public:
    /** Watches \a cancelled (nullptr: nothing) for the statements of \a connection. */
    CancelWatch(SqlConnection &connection, const std::atomic_bool *cancelled);
    ~CancelWatch();
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    SqlConnection &m_connection;
    bool m_watching = false;
};

} // namespace Pizhu
