// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlconnection.h"

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

    /**
     * Finds the articles that match \a ftsExpression (SearchQuery::ftsExpression()) in place of
     * those found before; false, with nothing kept, if the search failed (the list's own query
     * then searches the index, and reports the failure if it fails there too).
     */
    bool fill(const QString &ftsExpression);
    /** Whether fill() succeeded, and for which expression. */
    bool isFilled() const { return m_filled; }
    const QString &expression() const { return m_expression; }
    /** How many articles the search matched. */
    int count() const { return m_count; }
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
};

} // namespace Pizhu
