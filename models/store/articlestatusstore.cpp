// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestatusstore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

#include <QStringList>

namespace Pizhu {

ArticleStatusStore::ArticleStatusStore(CorpusDatabase &db)
    : m_db(db)
{
}

QHash<qint64, ArticleStatus> ArticleStatusStore::statuses(const QList<qint64> &articleIds) const
{
    QHash<qint64, ArticleStatus> result;
    if (articleIds.isEmpty())
        return result;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT article_id, status, coder, changed FROM article_status"
                                   " WHERE article_id IN (%1)")
                        .arg(SqlQuery::idList(articleIds)))) {
        m_error = query.errorText();
        return result;
    }
    while (query.next()) {
        const qint64 id = query.integer(0);
        result.insert(id, {id, codingStatusFromCode(query.text(1)).value_or(CodingStatus::NotCoded),
                           query.text(2), query.text(3)});
    }
    return result;
}

bool ArticleStatusStore::set(const ArticleStatus &status)
{
    SqlQuery query(m_db.sql());
    const bool ok =
        status.status == CodingStatus::NotCoded
            ? query.exec(QStringLiteral("DELETE FROM article_status WHERE article_id = ?"),
                         {status.articleId})
            : query.exec(QStringLiteral("INSERT INTO article_status (article_id, status, coder, changed)"
                                        " VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
                                        " status = excluded.status, coder = excluded.coder,"
                                        " changed = excluded.changed"),
                         {status.articleId, codingStatusCode(status.status), status.coder, status.changed});
    if (!ok)
        m_error = query.errorText();
    return ok;
}

} // namespace Pizhu
