// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codingstatus.h"
#include "core/script.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pizhu {

class CorpusDatabase;
class SearchHits;
class SqlQuery;

/** The columns the article list shows, without the body. */
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString published;
    QString outlet;
    CodingStatus status = CodingStatus::NotCoded;
    int passages = 0;     ///< tagged passages in the article, by every coder
    QByteArray titleKey;  ///< the title's sort key in the corpus's Chinese order (ChineseCollation), by which
                          ///< lists page
    QByteArray outletKey; ///< the outlet's; empty for none

    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

/**
 * An imported attribute (a CSV or JSONL column such as "category") and the value it must have;
 * an empty value asks only that the article has the attribute.
 */
struct AttributeCondition
{
    QString name;
    QString value;

    friend bool operator==(const AttributeCondition &, const AttributeCondition &) = default;
};

/** Which articles a list shows, and in what order; the conditions compose (all must hold). */
struct ArticleFilter
{
    QString ftsExpression;    ///< an FTS5 MATCH expression (SearchQuery::ftsExpression()), or empty
    QList<qint64> tagIds;     ///< articles tagged (as a whole or in a passage) with any of these...
    bool withoutTags = false; ///< ...or, if set, with none of them
    QString entityType;       ///< with entityKey: articles that mention this entity ("PER", 李公乐)
    QString entityKey;        ///< the entity's simplified form; empty for no entity condition
    QString dateFrom;         ///< articles published on or after this ISO date (YYYY-MM-DD...); empty: any
    QString dateTo;           ///< ...and before the end of this one; empty: any
    QList<qint64> articleIds; ///< only these articles (an analysis's hits, a period of a chart); empty: any
    QList<CodingStatus> statuses;         ///< articles whose coding status is one of these; empty: any
    QStringList outlets;                  ///< articles from one of these outlets; empty: any
    QList<Script> scripts;                ///< articles written in one of these scripts; empty: any
    QList<AttributeCondition> attributes; ///< articles with each of these attribute values
    qint64 articleSetId = 0;              ///< only the articles of this saved set; 0: any

    /** The order of the list: by date (newest first by default), title or outlet. */
    enum class SortKey
    {
        Date,
        Title,
        Outlet,
    };
    SortKey sortKey = SortKey::Date;
    bool ascending = false;

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;

    bool isEmpty() const
    {
        return ftsExpression.isEmpty() && tagIds.isEmpty() && entityKey.isEmpty() && dateFrom.isEmpty() &&
               dateTo.isEmpty() && articleIds.isEmpty() && statuses.isEmpty() && outlets.isEmpty() &&
               scripts.isEmpty() && attributes.isEmpty() && articleSetId == 0;
    }
};

/**
 * The list of articles a filter selects, in its order, read a page at a time with keyset paging:
 * each page starts after the last row of the one before, walking the index of the sort key, so
 * the ten-thousandth page costs what the first does. Articles without a date (or outlet) come
 * last in either direction; ties are broken by id, in the same direction.
 */
class ArticleListQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleListQuery)

public:
    ArticleListQuery(CorpusDatabase &db, ArticleFilter filter);

    const ArticleFilter &filter() const { return m_filter; }

    /**
     * How many articles the filter selects. It visits every one of them: the window counts a long
     * list off its thread (ArticleCountJob).
     */
    int count() const;
    /**
     * The total, when it is known without counting: a search and nothing else, whose hits are kept
     * (useHits()).
     */
    std::optional<int> keptCount() const;
    /** Up to \a limit rows after \a after (the last row of the previous page), or from the start. */
    QList<ArticleSummary> page(int limit, const std::optional<ArticleSummary> &after = std::nullopt) const;

    /** The status and passage count of each of \a ids, read again after they were edited. */
    QHash<qint64, std::pair<CodingStatus, int>> codingOf(const QList<qint64> &ids) const;

    /** Every article the filter selects, by id (for work on the articles listed, not for showing). */
    QList<qint64> ids() const;
    /**
     * A SELECT of the ids of the articles the filter selects, to use as a subquery ("article_id IN
     * (...)"), its values appended to \a values.
     */
    QString idsSql(QVariantList *values) const;

    /**
     * Reads the articles the filter's search matches from \a hits while they are for that search
     * (SearchHits::expression()), rather than from the index; \a hits must outlive the query, or be
     * replaced with nullptr first. Hits not yet confirmed (SearchHits::isExact()) serve pages, which
     * confirm their rows; the rest (counts, ids) searches the index.
     */
    void useHits(SearchHits *hits);

    /**
     * Selects, of the articles the filter selects, only those \a also selects too (its order is
     * not used): a chart's series within the articles listed.
     */
    void narrow(const ArticleFilter &also);

    enum class Grouping
    {
        Day,    ///< the date part (YYYY-MM-DD) of the publication date; empty for undated articles
        Outlet, ///< empty for articles without an outlet
    };
    /** How many articles the filter selects for each day or outlet, in the order of the keys. */
    QList<std::pair<QString, int>> countsBy(Grouping grouping) const;
    /** The articles the filter selects with their day or outlet, by id. */
    QList<std::pair<QString, qint64>> idsBy(Grouping grouping) const;

    QString errorString() const { return m_error; }

private:
    /**
     * The SQL conditions on the articles table, joined by AND, with their bound \a values; searches
     * find their articles as \a matching says (see SearchIndex::Matching).
     */
    QString conditions(QVariantList *values,
                       SearchIndex::Matching matching = SearchIndex::Matching::AllFromIndex,
                       bool unconfirmed = false) const;
    /** A SELECT of the ids the search \a ftsExpression matches, from the kept hits or the index. */
    QString searchIdsSql(const QString &ftsExpression, QVariantList *values,
                         SearchIndex::Matching matching = SearchIndex::Matching::AllFromIndex) const;
    /** Whether the hits of \a ftsExpression are kept, and exact or, if \a unconfirmed, not. */
    bool isKeptSearch(const QString &ftsExpression, bool unconfirmed = false) const;
    /** Runs SELECT (the \a grouping key AS k), \a columns FROM the filtered articles \a tail. */
    bool execGrouped(SqlQuery &query, const QString &columns, Grouping grouping, const QString &tail) const;
    QList<ArticleSummary> run(int limit, const std::optional<ArticleSummary> &after, bool nullKeys) const;
    /** page(), with the kept hits as they are: some of its rows may not be confirmed. */
    QList<ArticleSummary> unconfirmedPage(int limit, const std::optional<ArticleSummary> &after) const;
    /**
     * When the filter is one search, one set of tags or one entity and nothing else: a SELECT of
     * the ids of its articles, each once, from the index or table that holds them, with its values
     * appended to \a values. Counting it does not visit the articles, which at a million articles is
     * the most of a count's time. Empty for any other filter.
     */
    QString soleIdsSql(QVariantList *values) const;
    /** How many articles the filter selects, counting no further than \a limit (0: all); -1 on error. */
    int countUpTo(int limit) const;
    /** Whether few enough articles match that reading them and sorting beats walking the index. */
    bool isSelective() const;

    CorpusDatabase *m_db;
    ArticleFilter m_filter;
    QList<ArticleFilter> m_narrowedBy;
    SearchHits *m_hits = nullptr; ///< confirmed as pages are read, which a const page() does
    mutable std::optional<int> m_count;
    mutable std::optional<bool> m_selective; ///< isSelective(), once asked
    mutable QString m_error;
};

} // namespace Pizhu
