// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include "sqlstatement.h"

namespace Pizhu {

SqlQuery::SqlQuery(SqlConnection &connection)
    : m_connection(connection)
{
}

SqlQuery::~SqlQuery()
{
    finish();
}

void SqlQuery::finish()
{
    if (m_statement)
        m_connection.release(m_sql, std::move(m_statement));
    m_statement.reset();
}

bool SqlQuery::fail()
{
    m_error = m_statement ? m_statement->error() : SqlError{SqlError::Kind::Other, QString(), QString()};
    m_connection.setLastError(m_error);
    return false;
}

bool SqlQuery::prepare(const QString &sql)
{
    if (m_statement && sql == m_sql) {
        m_statement->reset();
    } else {
        finish();
        m_sql = sql;
        m_statement = m_connection.acquire(sql);
    }
    m_error = {};
    return m_statement->isPrepared() || fail();
}

void SqlQuery::bindValue(int position, const QVariant &value)
{
    if (m_statement)
        m_statement->bind(position, value);
}

void SqlQuery::bindInteger(int position, qint64 value)
{
    if (m_statement)
        m_statement->bindInteger(position, value);
}

void SqlQuery::bindText(int position, const QString &text)
{
    if (m_statement)
        m_statement->bindText(position, text);
}

bool SqlQuery::exec()
{
    if (!m_statement || !m_statement->isPrepared())
        return fail();
    if (!m_statement->run())
        return fail();
    m_error = {};
    return true;
}

bool SqlQuery::exec(const QString &sql, const QVariantList &values)
{
    if (!prepare(sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        m_statement->bind(int(i), values.at(i));
    return exec();
}

bool SqlQuery::next()
{
    if (!m_statement)
        return false;
    if (m_statement->next())
        return true;
    if (m_statement->error().isError())
        fail();
    return false;
}

QVariant SqlQuery::value(int column) const
{
    return m_statement ? m_statement->value(column) : QVariant();
}

qint64 SqlQuery::integer(int column) const
{
    return m_statement ? m_statement->integer(column) : 0;
}

QString SqlQuery::text(int column) const
{
    return m_statement ? m_statement->text(column) : QString();
}

int SqlQuery::columnCount() const
{
    return m_statement ? m_statement->columnCount() : 0;
}

QString SqlQuery::columnName(int column) const
{
    return m_statement ? m_statement->columnName(column) : QString();
}

qint64 SqlQuery::numRowsAffected() const
{
    return m_statement ? m_statement->changes() : 0;
}

QString SqlQuery::idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString SqlQuery::identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace Pizhu
