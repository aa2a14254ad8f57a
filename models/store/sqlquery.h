// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlconnection.h"
#include "sqlerror.h"

#include <QVariantList>
#include <memory>

namespace Pizhu {

class SqlStatement;

/**
 * A statement run on a SqlConnection, and its rows. The prepared statement is borrowed from the
 * connection's cache and given back by finish(), by the next exec() of other SQL, or when the
 * query goes: an unfinished read would keep an old snapshot of the corpus open.
 *
 * Values are bound in order from 0. A null QString and an invalid QVariant bind NULL; notNull()
 * makes '' of a null QString for NOT NULL columns. Inserts that need the new row's id say
 * `RETURNING id`, which both engines understand.
 */
class SqlQuery
{
public:
    explicit SqlQuery(SqlConnection &connection);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    /** Prepares (or takes from the cache) \a sql and runs it with \a values bound in order. */
    bool exec(const QString &sql, const QVariantList &values = {});

    /** For loops that bind typed values: prepare once, then bind and exec() for each row. */
    bool prepare(const QString &sql);
    void bindValue(int position, const QVariant &value);
    void bindInteger(int position, qint64 value);
    void bindText(int position, const QString &text);
    bool exec();

    bool next();
    QVariant value(int column) const; ///< an invalid QVariant for NULL
    qint64 integer(int column) const;
    QString text(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    qint64 numRowsAffected() const;

    /** Gives the statement back to the connection, ending any read it holds. */
    void finish();

    SqlError error() const { return m_error; }
    QString errorText() const { return m_error.text; }

    /** \a ids as an SQL list ("3,5,8") for `IN (...)`: numbers only, so nothing needs binding. */
    static QString idList(const QList<qint64> &ids);
    /** \a name as a quoted SQL identifier ("end", "pizhu_x_lead"), as both engines read one. */
    static QString identifier(const QString &name);

    /** \a text for a NOT NULL column: a null QString would bind NULL, so it becomes ''. */
    static QString notNull(const QString &text) { return text.isNull() ? QString(QLatin1String("")) : text; }

private:
    bool fail();

    SqlConnection &m_connection;
    QString m_sql;
    std::unique_ptr<SqlStatement> m_statement;
    SqlError m_error;
};

} // namespace Pizhu
