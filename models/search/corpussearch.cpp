// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussearch.h"

#include "articlelistquery.h"
#include "core/offsetmap.h"
#include "searchhits.h"
#include "store/corpusdatabase.h"
#include "store/shadowchanges.h"
#include "store/sqlquery.h"
#include "text/codepoints.h"

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
    ArticleFilter filter;
    filter.ftsExpression = query.ftsExpression();
    const ArticleListQuery list(m_db, filter);
    const int count = list.count();
    m_error = list.errorString();
    return count;
}

QList<SearchResult> CorpusSearch::run(const SearchQuery &query, int limit, int *total)
{
    if (total)
        *total = 0;
    QList<SearchResult> results;
    m_error.clear();
    if (!query.isValid()) {
        m_error = query.error();
        return results;
    }
    // Newest first, as the article list orders them, a page of ids from the list query; texts are
    // read for that page only. The index is asked once, as the list does: the plan's count and the
    // page read what it found.
    ArticleFilter filter;
    filter.ftsExpression = query.ftsExpression();
    SearchHits hits(m_db);
    ArticleListQuery list(m_db, filter);
    if (hits.fill(filter.ftsExpression))
        list.useHits(&hits);
    const QList<ArticleSummary> page = list.page(limit);
    const int matching = !total ? 0 : hits.isFilled() ? hits.count() : list.count();
    if (!list.errorString().isEmpty()) {
        m_error = list.errorString();
        return results;
    }
    if (total)
        *total = matching;
    SqlQuery sql(m_db.sql());
    for (const ArticleSummary &summary : page) {
        if (!sql.exec(QStringLiteral("SELECT body, shadow, shadow_map, shadow_changes FROM article_texts"
                                     " WHERE article_id = ?"),
                      {summary.id}) ||
            !sql.next()) {
            m_error = sql.errorText();
            return results;
        }
        SearchResult result;
        result.articleId = summary.id;
        result.title = summary.title;
        result.published = summary.published;
        const QString body = sql.text(0);
        const QString shadow = ShadowChanges::stored(body, sql.value(1), sql.value(3)).value_or(body);
        const OffsetMap map = OffsetMap::fromBytes(sql.value(2).toByteArray(), CodePoints::count(body));
        const QList<TextSpan> hits = hitsInOriginal(query, shadow, map);
        result.hitCount = int(hits.size());
        result.snippet = Snippet::around(body, hits);
        results.append(result);
    }
    return results;
}

} // namespace Pizhu
