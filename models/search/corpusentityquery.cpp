// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusentityquery.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <algorithm>

namespace Pizhu {

CorpusEntityQuery::CorpusEntityQuery(CorpusDatabase &db)
    : m_db(db)
{
}

bool CorpusEntity::matches(const QString &filter) const
{
    if (key.contains(filter, Qt::CaseInsensitive))
        return true;
    return std::any_of(names.cbegin(), names.cend(),
                       [&filter](const QString &name) { return name.contains(filter, Qt::CaseInsensitive); });
}

QList<CorpusEntity> CorpusEntityQuery::run(const QString &filter, int limit) const
{
    QList<CorpusEntity> result;
    SqlQuery query(m_db.sql());
    const QString pattern = QLatin1Char('%') +
                            QString(filter).remove(QLatin1Char('%')).remove(QLatin1Char('_')) +
                            QLatin1Char('%');
    if (!query.exec(
            QStringLiteral("SELECT type, key, min(name), count(DISTINCT article_id), sum(mention_count),"
                           " group_concat(DISTINCT name)"
                           " FROM entities WHERE status <> 'rejected' AND (key LIKE ? OR name LIKE ?)"
                           " GROUP BY type, key ORDER BY count(DISTINCT article_id) DESC, key LIMIT ?"),
            {pattern, pattern, limit})) {
        m_error = query.errorText();
        return result;
    }
    while (query.next()) {
        result.append({entityTypeFromCode(query.text(0)).value_or(EntityType::Person), query.text(1),
                       query.text(2), int(query.integer(3)), int(query.integer(4)),
                       query.text(5).split(QLatin1Char(','))});
    }
    return result;
}

} // namespace Pizhu
