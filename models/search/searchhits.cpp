// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhits.h"

#include "searchindex.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <atomic>

namespace Pizhu {

namespace {

// Several lists may keep their hits on one connection: each has a table of its own.
std::atomic<int> tablesMade{0};

} // namespace

SearchHits::SearchHits(CorpusDatabase &db)
    : m_sql(db.sql())
    , m_table(QStringLiteral("temp.pizhu_search_hits_%1").arg(++tablesMade))
{
}

SearchHits::~SearchHits()
{
    if (m_created)
        m_sql.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_table);
}

bool SearchHits::fill(const QString &ftsExpression)
{
    m_filled = false;
    m_expression = ftsExpression;
    m_count = 0;
    SqlQuery query(m_sql);
    if (!m_created) {
        if (!query.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(m_table)))
            return false;
        m_created = true;
    } else if (!query.exec(QStringLiteral("DELETE FROM ") + m_table)) {
        return false;
    }
    QVariantList values;
    const QString matching = SearchIndex::matchingIdsSql(m_sql.engine(), ftsExpression, &values);
    if (!query.exec(QStringLiteral("INSERT INTO %1 %2").arg(m_table, matching), values))
        return false;
    m_count = int(query.numRowsAffected());
    m_filled = true;
    return true;
}

QString SearchHits::idsSql() const
{
    return QStringLiteral("SELECT id FROM ") + m_table;
}

} // namespace Pizhu
