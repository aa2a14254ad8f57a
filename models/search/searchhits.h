// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlconnection.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace Pizhu {

class CorpusDatabase;

/**
 * The ids of the articles one search matches, found once and kept in a temporary table of the
 * connection, so that a list's plan, its pages and its total read them instead of searching again:
 * at a million articles a phrase of common characters costs tens of milliseconds each time the
 * index is asked. The hits are the corpus as it was when fill() ran; fill again after it changed.
 *
 * On both engines: a coder of a team corpus may create temporary tables (init-team takes away
 * only CREATE on the public schema); where the server refuses, fill() fails and the list searches
 * the index each time instead.
 */
class SearchHits
{
public:
    explicit SearchHits(CorpusDatabase &db);
    ~SearchHits();
    SearchHits(const SearchHits &) = delete;
    SearchHits &operator=(const SearchHits &) = delete;

    /** What fill() keeps. */
    enum class Exactness
    {
        /** The hits alone. */
        Exact,
        /**
         * On a server, when a phrase's positions must be checked: every article whose Hanzi pairs
         * match, found in the index alone, so that the check is made only for the articles shown.
         * 人工智能 at 100,000 articles: 3 ms instead of 30–50 for reading 3,436 articles' positions.
         * The total is then counted elsewhere. A file, and a search the pairs answer, keep the hits.
         */
        ConfirmedLater,
    };

    /**
     * Finds the articles that match \a ftsExpression (SearchQuery::ftsExpression()) in place of
     * those found before; false, with nothing kept, if the search failed (the list's own query
     * then searches the index, and reports the failure if it fails there too).
     */
    bool fill(const QString &ftsExpression, Exactness exactness = Exactness::Exact);
    /** Whether fill() succeeded, and for which expression. */
    bool isFilled() const { return m_filled; }
    const QString &expression() const { return m_expression; }
    /** Whether every article kept is a hit; if not, confirm() those about to be shown. */
    bool isExact() const { return m_check.isEmpty(); }
    /** How many articles the search matched; until isExact(), how many it may have matched. */
    int count() const { return m_count; }
    /**
     * Checks the phrases' positions in those of \a ids (kept articles) not checked before, and
     * drops the articles where they do not hold. Returns how many it dropped, or -1 if the server
     * failed (errorString()); nothing is dropped then.
     */
    int confirm(const QList<qint64> &ids);
    QString errorString() const { return m_error; }
    /** A SELECT of the hits' ids, for "id IN (...)"; it binds nothing. */
    QString idsSql() const;
    /**
     * The condition that an article's \a column is one of the hits. A server, given few hits (a
     * twentieth of the articles or fewer), is asked to look each one up: with "IN" it reads every
     * article instead, 35 ms at 100,000 for the 3,436 of 人工智能, where the lookups take 8.
     */
    QString conditionOn(const QString &column) const;

private:
    bool fillOnFile(const QString &matching, const QVariantList &values);
    bool fillOnServer(const QString &matching, const QVariantList &values);

    SqlConnection &m_sql;
    QString m_table; ///< the temporary table's name, one per instance
    bool m_created = false;
    bool m_filled = false;
    QString m_expression;
    int m_count = 0;
    bool m_lookedUp = false; ///< conditionOn() looks each hit up
    QString m_check;         ///< the condition on article_search that confirm() checks; empty: exact
    QVariantList m_checkValues;
    QSet<qint64> m_confirmed;
    QString m_error;
};

} // namespace Pizhu
