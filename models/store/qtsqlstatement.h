// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlstatement.h"

#include <QSqlQuery>

namespace Pizhu {

/**
 * A statement run through a Qt SQL driver: the engines Pizhu does not reach natively (PostgreSQL).
 * PostgreSQL prepares only queries and data changes; the rest (BEGIN, COMMIT, CREATE, GRANT) run
 * as they are, and take no values.
 */
class QtSqlStatement final : public SqlStatement
{
public:
    QtSqlStatement(const QSqlDatabase &db, const QString &sql);

    bool isPrepared() const override { return m_prepared; }

    void bind(int position, const QVariant &value) override;
    void bindInteger(int position, qint64 value) override;
    void bindText(int position, const QString &text) override;
    bool run() override;
    bool next() override;
    QVariant value(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    int columnCount() const override;
    QString columnName(int column) const override;
    qint64 changes() const override;
    void reset() override;
    SqlError error() const override { return m_error; }

    /** \a error of a Qt driver sorted into its kind (PostgreSQL's SQLSTATE classes). */
    static SqlError errorOf(const QSqlError &error);

private:
    static bool isPreparable(const QString &sql);

    QSqlQuery m_query;
    QString m_direct; ///< the statement, when it runs unprepared
    SqlError m_error;
    bool m_prepared = false;
};

} // namespace Pizhu
