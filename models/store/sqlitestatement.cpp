// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Pizhu {

SqlError SqliteStatement::errorOf(sqlite3 *db, int code)
{
    SqlError error;
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return error;
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    error.code = QString::number(extended);
    error.text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.kind = SqlError::Kind::Busy;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.kind = SqlError::Kind::Damaged;
        break;
    case SQLITE_FULL:
        error.kind = SqlError::Kind::Full;
        break;
    case SQLITE_IOERR:
        // A write past RLIMIT_FSIZE comes back as an I/O error on write; growing the log's
        // index beside the corpus (even to read) as one on its size.
        error.kind = (extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC ||
                      extended == SQLITE_IOERR_TRUNCATE || extended == SQLITE_IOERR_SHMSIZE)
                         ? SqlError::Kind::Full
                         : SqlError::Kind::Other;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        error.kind = SqlError::Kind::ReadOnly;
        break;
    case SQLITE_CONSTRAINT:
        error.kind = SqlError::Kind::Constraint;
        break;
    case SQLITE_INTERRUPT:
        error.kind = SqlError::Kind::Interrupted;
        break;
    default:
        error.kind = SqlError::Kind::Other;
        break;
    }
    return error;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql, bool persistent)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    const int result = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                          persistent ? SQLITE_PREPARE_PERSISTENT : 0, &m_statement, nullptr);
    if (result != SQLITE_OK) {
        m_error = errorOf(m_db, result);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::readyForBinding()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = false;
        m_hasRow = m_onRow = false;
    }
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    readyForBinding();
    const int at = position + 1;
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, at, bytes.isNull() ? "" : bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QString:
        bindText(position, *static_cast<const QString *>(value.constData()));
        break;
    default:
        bindText(position, value.toString());
        break;
    }
}

void SqliteStatement::bindInteger(int position, qint64 value)
{
    readyForBinding();
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bindText(int position, const QString &text)
{
    readyForBinding();
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, position + 1);
        return;
    }
    sqlite3_bind_text16(m_statement, position + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    m_stepped = true;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_hasRow = true;
        return true;
    }
    m_hasRow = false;
    m_done = true;
    if (result == SQLITE_DONE)
        return true;
    m_error = errorOf(m_db, result);
    return false;
}

bool SqliteStatement::run()
{
    m_error = {};
    m_onRow = false;
    m_done = false;
    if (!m_statement) {
        m_error.kind = SqlError::Kind::Other;
        m_error.text = QStringLiteral("the statement was not prepared");
        return false;
    }
    if (m_stepped)
        sqlite3_reset(m_statement);
    const bool ok = step();
    m_changes = ok ? sqlite3_changes64(m_db) : 0;
    return ok;
}

bool SqliteStatement::next()
{
    if (m_hasRow) {
        m_hasRow = false;
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    if (m_done || !m_statement)
        return false;
    if (step() && m_hasRow) {
        m_hasRow = false;
        m_onRow = true;
        return true;
    }
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_onRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return {};
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return m_onRow ? sqlite3_column_int64(m_statement, column) : 0;
}

QString SqliteStatement::text(int column) const
{
    if (!m_onRow)
        return {};
    const void *data = sqlite3_column_text16(m_statement, column);
    if (!data)
        return {};
    return QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, column) / 2);
}

int SqliteStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString SqliteStatement::columnName(int column) const
{
    return m_statement ? QString::fromUtf8(sqlite3_column_name(m_statement, column)) : QString();
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_hasRow = m_onRow = false;
    m_stepped = false;
    m_done = true;
}

} // namespace Pizhu
