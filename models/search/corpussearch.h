// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"
#include "snippet.h"

#include <QCoreApplication>

namespace Pizhu {

class CorpusDatabase;

/** One article that matches a query. */
struct SearchResult
{
    qint64 articleId = 0;
    QString title;
    QString published;
    int hitCount = 0;
    Snippet snippet; ///< from the stored original text, hits marked
};

/**
 * Runs a SearchQuery against a corpus's full-text index (never a scan of the articles), newest
 * first as the article list orders them, and finds each result's hits in its shadow text to count them and to
 * cut a snippet of the original around them.
 */
class CorpusSearch
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusSearch)

public:
    explicit CorpusSearch(CorpusDatabase &db);

    /**
     * The first \a limit results; an empty list with errorString() set on failure. With \a total,
     * also how many articles match, from the same answer of the index.
     */
    QList<SearchResult> run(const SearchQuery &query, int limit = 50, int *total = nullptr);
    /** How many articles match, when no page is wanted. */
    int count(const SearchQuery &query);

    /** The hits of \a query in an article, in code points of the stored original text. */
    static QList<TextSpan> hitsInOriginal(const SearchQuery &query, const QString &shadowText,
                                          const class OffsetMap &shadowMap);

    QString errorString() const { return m_error; }

private:
    CorpusDatabase &m_db;
    QString m_error;
};

} // namespace Pizhu
