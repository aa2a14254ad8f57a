// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlerror.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Pizhu {

/**
 * One prepared statement of one engine, under SqlQuery: SQLite's own statements where the corpus
 * is an SQLite file (the fast path import and reading need), Qt's driver for other engines.
 * Positions count from 0. A statement is used by one thread at a time.
 */
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;

    /** Whether the SQL was accepted; if not, error() says why and run() fails. */
    virtual bool isPrepared() const = 0;

    virtual void bind(int position, const QVariant &value) = 0;
    virtual void bindInteger(int position, qint64 value) = 0;
    virtual void bindText(int position, const QString &text) = 0; ///< a null QString binds NULL

    /** Runs the statement with the values bound; rows, if any, are read with next(). */
    virtual bool run() = 0;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0; ///< an invalid QVariant for NULL
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual QString columnName(int column) const = 0;
    /** Rows changed by the last run of an INSERT, UPDATE or DELETE. */
    virtual qint64 changes() const = 0;
    /** Ends the run (and any read it holds open) and clears the values, ready for the next. */
    virtual void reset() = 0;

    virtual SqlError error() const = 0;
};

} // namespace Pizhu
