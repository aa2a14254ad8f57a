// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace Pizhu {

/** QSqlQuery with the two things every store does: run a statement with values, and say why it failed. */
class SqlQuery : public QSqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db)
        : QSqlQuery(db)
    {
        setForwardOnly(true);
    }

    using QSqlQuery::exec;

    /** Prepares \a sql and runs it with \a values bound in order. */
    bool exec(const QString &sql, const QVariantList &values)
    {
        if (!prepare(sql))
            return false;
        for (const QVariant &value : values)
            addBindValue(value);
        return QSqlQuery::exec();
    }

    /** \a text for a NOT NULL column: Qt binds a null QString as SQL NULL, so it becomes ''. */
    static QString notNull(const QString &text) { return text.isNull() ? QString(QLatin1String("")) : text; }

    QString errorText() const
    {
        const QSqlError error = lastError();
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
};

} // namespace Pizhu
