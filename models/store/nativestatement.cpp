// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativestatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace Pizhu {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

NativeStatement::NativeStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = QStringLiteral("the database connection is not SQLite");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void NativeStatement::bind(int position, double value)
{
    sqlite3_bind_double(m_statement, position, value);
}

void NativeStatement::bind(int position, const QString &text)
{
    static const char16_t empty = 0;
    const void *data = text.isNull() ? static_cast<const void *>(&empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, position, data, int(text.size() * 2), SQLITE_TRANSIENT);
}

void NativeStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

bool NativeStatement::run()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace Pizhu
