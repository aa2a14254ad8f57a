// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfacets.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

namespace Pizhu {

CorpusFacets::CorpusFacets(CorpusDatabase &db)
    : m_db(db)
{
}

QStringList CorpusFacets::outlets() const
{
    return strings(
        QStringLiteral("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL AND outlet <> ''"
                       " ORDER BY outlet"),
        {});
}

QStringList CorpusFacets::attributeNames() const
{
    return strings(QStringLiteral("SELECT DISTINCT name FROM article_attributes ORDER BY name"), {});
}

QStringList CorpusFacets::attributeValues(const QString &name, int limit) const
{
    return strings(
        QStringLiteral("SELECT DISTINCT value FROM article_attributes WHERE name = ? AND value <> ''"
                       " ORDER BY value LIMIT ?"),
        {name, limit});
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
