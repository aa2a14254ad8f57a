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
    , m_table(
          QStringLiteral("%1.pizhu_search_hits_%2")
              .arg(m_sql.engine() == SqlEngine::SQLite ? QStringLiteral("temp") : QStringLiteral("pg_temp"))
              .arg(++tablesMade))
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
    m_lookedUp = false;
    const bool sqlite = m_sql.engine() == SqlEngine::SQLite;
    SqlQuery query(m_sql);
    if (!m_created) {
        // On SQLite an INTEGER PRIMARY KEY is the row's own key, with no index beside it.
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id %2 PRIMARY KEY)")
                            .arg(m_table, sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint"))))
            return false;
        m_created = true;
    } else {
        // Nothing vacuums a server's temporary tables: emptied by DELETE, one would grow with
        // every search.
        const QString empty = sqlite ? QStringLiteral("DELETE FROM ") : QStringLiteral("TRUNCATE ");
        if (!query.exec(empty + m_table))
            return false;
    }
    QVariantList values;
    const QString matching = SearchIndex::matchingIdsSql(m_sql.engine(), ftsExpression, &values);
    if (!query.exec(QStringLiteral("INSERT INTO %1 %2").arg(m_table, matching), values))
        return false;
    m_count = int(query.numRowsAffected());
    // Nor analyses them: not knowing their size, PostgreSQL plans a search that found 232 articles
    // as if it had found thousands, and reads every article to fill the list's first page.
    if (!sqlite && !query.exec(QStringLiteral("ANALYZE ") + m_table))
        return false;
    // The planner's own estimate of the articles is enough to tell few from many.
    m_lookedUp =
        !sqlite &&
        query.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass")) &&
        query.next() && m_count <= query.value(0).toDouble() / 20;
    m_filled = true;
    return true;
}

QString SearchHits::idsSql() const
{
    return QStringLiteral("SELECT id FROM ") + m_table;
}

QString SearchHits::conditionOn(const QString &column) const
{
    return (m_lookedUp ? QStringLiteral("%1 = ANY(ARRAY(%2))") : QStringLiteral("%1 IN (%2)"))
        .arg(column, idsSql());
}

} // namespace Pizhu
