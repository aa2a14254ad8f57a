// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtsqlstatement.h"

#include <QSqlError>
#include <QSqlRecord>

namespace Pizhu {

SqlError QtSqlStatement::errorOf(const QSqlError &error)
{
    SqlError result;
    if (!error.isValid() || error.type() == QSqlError::NoError)
        return result;
    result.code = error.nativeErrorCode();
    result.text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString &state = result.code;
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") || state == QLatin1String("40P01"))
        result.kind = SqlError::Kind::Busy;
    else if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        result.kind = SqlError::Kind::Damaged;
    else if (state == QLatin1String("53100"))
        result.kind = SqlError::Kind::Full;
    else if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")) ||
             state == QLatin1String("25006"))
        result.kind = SqlError::Kind::ReadOnly;
    else if (state.startsWith(QLatin1String("23")))
        result.kind = SqlError::Kind::Constraint;
    else if (state == QLatin1String("57014"))
        result.kind = SqlError::Kind::Interrupted;
    else if (state.startsWith(QLatin1String("08")) || error.type() == QSqlError::ConnectionError)
        result.kind = SqlError::Kind::Unreachable;
    else
        result.kind = SqlError::Kind::Other;
    return result;
}

QtSqlStatement::QtSqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    // Each result is fetched whole. A forward-only query would make Qt's PostgreSQL driver read
    // rows one at a time, and one left unread (a query that needed only its first row) keeps the
    // connection busy: the server's notices wait behind it, and the next query cuts it short.
    m_query.setForwardOnly(false);
    if (!isPreparable(sql)) {
        m_direct = sql;
        m_prepared = true;
        return;
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = errorOf(m_query.lastError());
}

bool QtSqlStatement::isPreparable(const QString &sql)
{
    static const QStringList verbs = {QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                      QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                      QStringLiteral("WITH"),   QStringLiteral("VALUES"),
                                      QStringLiteral("MERGE")};
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('\n'), 0, 0);
    return verbs.contains(verb, Qt::CaseInsensitive);
}

void QtSqlStatement::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, value);
}

void QtSqlStatement::bindInteger(int position, qint64 value)
{
    m_query.bindValue(position, value);
}

void QtSqlStatement::bindText(int position, const QString &text)
{
    m_query.bindValue(position, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
}

bool QtSqlStatement::run()
{
    m_error = {};
    if (!m_prepared || !(m_direct.isEmpty() ? m_query.exec() : m_query.exec(m_direct))) {
        m_error = errorOf(m_query.lastError());
        if (!m_error.isError())
            m_error = {SqlError::Kind::Other, QStringLiteral("the statement was not prepared"), {}};
        return false;
    }
    return true;
}

bool QtSqlStatement::next()
{
    return m_query.isActive() && m_query.isSelect() && m_query.next();
}

QVariant QtSqlStatement::value(int column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? QVariant() : value;
}

qint64 QtSqlStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QString QtSqlStatement::text(int column) const
{
    return m_query.value(column).toString();
}

int QtSqlStatement::columnCount() const
{
    return m_query.record().count();
}

QString QtSqlStatement::columnName(int column) const
{
    return m_query.record().fieldName(column);
}

qint64 QtSqlStatement::changes() const
{
    return m_query.numRowsAffected();
}

void QtSqlStatement::reset()
{
    m_query.finish();
}

} // namespace Pizhu
