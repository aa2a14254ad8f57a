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

bool SearchHits::fill(const QString &ftsExpression, Exactness exactness)
{
    m_filled = false;
    m_expression = ftsExpression;
    m_count = 0;
    m_lookedUp = false;
    m_check.clear();
    m_checkValues.clear();
    m_confirmed.clear();
    m_error.clear();
    const SearchIndex::Candidates candidates =
        exactness == Exactness::ConfirmedLater && m_sql.engine() == SqlEngine::PostgreSQL
            ? SearchIndex::serverCandidates(ftsExpression)
            : SearchIndex::Candidates{};
    if (!candidates.isEmpty()) {
        m_filled = fillOnServer(candidates.idsSql, candidates.idsValues);
        if (m_filled) {
            m_check = candidates.check;
            m_checkValues = candidates.checkValues;
        }
        return m_filled;
    }
    QVariantList values;
    const QString matching = SearchIndex::matchingIdsSql(m_sql.engine(), ftsExpression, &values);
    m_filled =
        m_sql.engine() == SqlEngine::SQLite ? fillOnFile(matching, values) : fillOnServer(matching, values);
    return m_filled;
}

int SearchHits::confirm(const QList<qint64> &ids)
{
    QList<qint64> unchecked;
    for (const qint64 id : ids) {
        if (!m_confirmed.contains(id))
            unchecked << id;
    }
    if (isExact() || unchecked.isEmpty())
        return 0;
    // Each article is looked up by its id: matched through the index, the phrase would be checked in
    // every article that holds its characters.
    const QString list = SqlQuery::idList(unchecked);
    SqlQuery query(m_sql);
    if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (%2) AND id NOT IN (SELECT article_id FROM "
                                   "article_search WHERE article_id IN (%2) AND %3)")
                        .arg(m_table, list, m_check),
                    m_checkValues)) {
        m_error = query.errorText();
        return -1;
    }
    const int dropped = int(query.numRowsAffected());
    m_count -= dropped;
    for (const qint64 id : std::as_const(unchecked))
        m_confirmed.insert(id);
    return dropped;
}

bool SearchHits::fillOnFile(const QString &matching, const QVariantList &values)
{
    // An INTEGER PRIMARY KEY is the row's own key, with no index beside it.
    SqlQuery query(m_sql);
    if (!query.exec(
            m_created
                ? QStringLiteral("DELETE FROM ") + m_table
                : QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(m_table)))
        return false;
    m_created = true;
    if (!query.exec(QStringLiteral("INSERT INTO %1 %2").arg(m_table, matching), values))
        return false;
    m_count = int(query.numRowsAffected());
    return true;
}

bool SearchHits::fillOnServer(const QString &matching, const QVariantList &values)
{
    // The ids are indexed once they are all in: filled with its index in place, the table took
    // twice as long (李 at 100,000 articles: 30 ms against 12 + 4). Nothing vacuums a server's
    // temporary tables: emptied by DELETE, one would grow with every search.
    const QString index = m_table.section(QLatin1Char('.'), 1) + QStringLiteral("_id");
    SqlQuery query(m_sql);
    if (m_created) {
        if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS pg_temp.") + index) ||
            !query.exec(QStringLiteral("TRUNCATE ") + m_table))
            return false;
    } else if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id bigint)").arg(m_table))) {
        return false;
    }
    m_created = true;
    if (!query.exec(QStringLiteral("INSERT INTO %1 %2").arg(m_table, matching), values))
        return false;
    m_count = int(query.numRowsAffected());
    // Building the index also tells the planner how many hits there are; nothing else would (no
    // one analyses a temporary table), and not knowing, it plans a search that found 232 articles
    // as if it had found thousands, and reads every article to fill the list's first page. Of an
    // empty table, only ANALYZE tells it (an index built on none leaves the size unknown).
    if (!query.exec(m_count > 0 ? QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (id)").arg(index, m_table)
                                : QStringLiteral("ANALYZE ") + m_table))
        return false;
    // The planner's own estimate of the articles is enough to tell few from many.
    m_lookedUp =
        query.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass")) &&
        query.next() && m_count <= query.value(0).toDouble() / 20;
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
