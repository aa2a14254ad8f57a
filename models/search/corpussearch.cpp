// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussearch.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "text/codepoints.h"
#include "text/offsetmap.h"

namespace Pizhu {

CorpusSearch::CorpusSearch(CorpusDatabase &db)
    : m_db(db)
{
}

QList<TextSpan> CorpusSearch::hitsInOriginal(const SearchQuery &query, const QString &shadowText,
                                             const OffsetMap &shadowMap)
{
    QList<TextSpan> hits = query.findIn(shadowText);
    for (TextSpan &hit : hits)
        hit = {shadowMap.toOriginal(hit.start, OffsetMap::Rounding::Down),
               shadowMap.toOriginal(hit.end, OffsetMap::Rounding::Up)};
    return hits;
}

int CorpusSearch::count(const SearchQuery &query)
{
    if (!query.isValid())
        return 0;
    SqlQuery sql(m_db.connection());
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM article_search WHERE article_search MATCH ?"),
                  {query.ftsExpression()}) ||
        !sql.next()) {
        m_error = sql.errorText();
        return 0;
    }
    return sql.value(0).toInt();
}

QList<SearchResult> CorpusSearch::run(const SearchQuery &query, int limit, int offset)
{
    QList<SearchResult> results;
    m_error.clear();
    if (!query.isValid()) {
        m_error = query.error();
        return results;
    }
    SqlQuery sql(m_db.connection());
    // Newest first, as the article list orders them: the date index is walked in order and each
    // article checked against the matches, so a common term stops after one page and a rare one
    // costs one pass over the index; texts are read for the page only.
    if (!sql.exec(QStringLiteral(
                      "SELECT a.id, a.title, a.published, t.body, t.shadow, t.shadow_map"
                      " FROM (SELECT id, title, published FROM articles INDEXED BY articles_by_date"
                      "       WHERE id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
                      "       ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?) AS a"
                      " JOIN article_texts AS t ON t.article_id = a.id"
                      " ORDER BY a.published IS NULL, a.published DESC, a.id"),
                  {query.ftsExpression(), limit, offset})) {
        m_error = sql.errorText();
        return results;
    }
    while (sql.next()) {
        SearchResult result;
        result.articleId = sql.value(0).toLongLong();
        result.title = sql.value(1).toString();
        result.published = sql.value(2).toString();
        const QString body = sql.value(3).toString();
        const QString shadow = sql.value(4).isNull() ? body : sql.value(4).toString();
        const OffsetMap map = OffsetMap::fromBytes(sql.value(5).toByteArray(), CodePoints::count(body));
        const QList<TextSpan> hits = hitsInOriginal(query, shadow, map);
        result.hitCount = int(hits.size());
        result.snippet = Snippet::around(body, hits);
        results.append(result);
    }
    return results;
}

} // namespace Pizhu
