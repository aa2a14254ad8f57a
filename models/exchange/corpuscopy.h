// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pizhu {

class SqlConnection;

/**
 * Copies a whole corpus with its codings from one database to another, either engine to either:
 * an SQLite file to a team corpus on PostgreSQL and back. Every table is copied row by row with
 * its ids, in one transaction on the target (all of it or nothing) and from one snapshot of the
 * source; the search index is built again in the target's own form and the entity totals by the
 * target's triggers. Both must have the current schema, and the target must hold no articles, tags
 * or memos yet.
 */
class CorpusCopy
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusCopy)

public:
    struct Counts
    {
        qint64 articles = 0;
        qint64 tags = 0;
        qint64 passages = 0;
        qint64 articleTags = 0;
        qint64 memos = 0;
    };

    CorpusCopy(SqlConnection &from, SqlConnection &to);

    bool run();
    Counts counts() const { return m_counts; }
    QString errorString() const { return m_error; }

private:
    bool checkSchema(SqlConnection &sql, const QString &which);
    bool checkTargetEmpty();
    bool copyAll();
    bool copyTable(const QString &table, const QString &order, const QString &deferredColumn);
    bool copySettings();
    bool indexArticles();
    bool advanceIdentities();
    bool fail(const QString &reason);

    SqlConnection &m_from;
    SqlConnection &m_to;
    Counts m_counts;
    QString m_error;
};

} // namespace Pizhu
