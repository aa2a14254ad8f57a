// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussearch.h"

#include "articlelistquery.h"
#include "core/offsetmap.h"
#include "searchhits.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

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
    QList<qint64> ids;
    for (const ArticleSummary &summary : page)
        ids << summary.id;
    ArticleStore store(m_db);
    const QHash<qint64, ArticleText> texts = store.texts(ids);
    if (texts.size() < ids.size() && !store.lastReadFoundDamage()) {
        m_error = store.errorString();
        return results;
    }
    for (const ArticleSummary &summary : page) {
        SearchResult result;
        result.articleId = summary.id;
        result.title = summary.title;
        result.published = summary.published;
        // A damaged text is still a hit, shown without its snippet, as the article list shows it.
        if (const auto text = texts.constFind(summary.id); text != texts.cend()) {
            const QList<TextSpan> spans = hitsInOriginal(query, text->shadow.text, text->shadow.map);
            result.hitCount = int(spans.size());
            result.snippet = Snippet::around(text->body, spans);
        }
        results.append(result);
    }
    return results;
}

} // namespace Pizhu
