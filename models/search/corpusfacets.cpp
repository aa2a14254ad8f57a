// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfacets.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <limits>

namespace Pizhu {

CorpusFacets::CorpusFacets(CorpusDatabase &db)
    : m_db(db)
{
}

QStringList CorpusFacets::outlets() const
{
    return distinctValues(QStringLiteral("articles"), QStringLiteral("outlet"), {}, {},
                          std::numeric_limits<int>::max());
}

QStringList CorpusFacets::attributeNames() const
{
    return distinctValues(QStringLiteral("article_attributes"), QStringLiteral("name"), {}, {},
                          std::numeric_limits<int>::max());
}

QStringList CorpusFacets::attributeValues(const QString &name, int limit) const
{
    return distinctValues(QStringLiteral("article_attributes"), QStringLiteral("value"),
                          QStringLiteral("name = ?"), {name}, limit);
}

QStringList CorpusFacets::distinctValues(const QString &table, const QString &column,
                                         const QString &condition, const QVariantList &conditionValues,
                                         int limit) const
{
    // SELECT DISTINCT walks every row of the index: a million articles from eight outlets take a
    // million steps. Asking the index for the least value above the one before takes eight.
    const QString where = condition.isEmpty() ? QString() : QStringLiteral("%1 AND ").arg(condition);
    const QString sql = QStringLiteral("WITH RECURSIVE seen(v, n) AS ("
                                       " SELECT min(%2), 1 FROM %1 WHERE %3%2 > ''"
                                       " UNION ALL SELECT (SELECT min(%2) FROM %1 WHERE %3%2 > seen.v), n + 1"
                                       " FROM seen WHERE seen.v IS NOT NULL AND n < ?)"
                                       " SELECT v FROM seen WHERE v IS NOT NULL")
                            .arg(table, column, where);
    return strings(sql, conditionValues + conditionValues + QVariantList{limit});
}

QStringList CorpusFacets::strings(const QString &sql, const QVariantList &values) const
{
    QStringList result;
    SqlQuery query(m_db.sql());
    if (!query.exec(sql, values)) {
        m_error = query.errorText();
        return result;
    }
    while (query.next())
        result << query.text(0);
    m_error.clear();
    return result;
}

} // namespace Pizhu
