// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace Pizhu {

class CorpusDatabase;
class SqlConnection;
enum class SqlEngine;

/**
 * The full-text index of a corpus over each article's simplified title and shadow text. Every
 * Hanzi is indexed as a token of its own, so a query of one or two characters (李, 党员) is an
 * exact token or phrase lookup, not a scan; words in Latin script stay words. On SQLite it is a
 * contentless FTS5 table (the text lives in `article_texts`, the index only points at it); on
 * PostgreSQL a `tsvector` per article of the same tokens (TextSearchLiterals, title weighted A)
 * under a GIN index, and a second one of the article's Hanzi pairs (hanziPairs()) under another.
 */
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::SearchIndex)

public:
    explicit SearchIndex(CorpusDatabase &db);
    explicit SearchIndex(SqlConnection &sql);

    /** The text as the index sees it: CJK characters spaced apart, so each is a token. */
    static QString tokenText(const QString &text);
    /** The tokens of \a text as FTS5's unicode61 tokenizer makes them of tokenText(). */
    static QStringList tokens(const QString &text);
    /**
     * Each two neighbouring tokens of \a tokens that are both one CJK character, written together
     * ("党员"), once each. PostgreSQL indexes them beside the tokens, which makes a two-character
     * query an exact lookup: its phrase query would read every article's positions of both
     * characters.
     */
    static QStringList hanziPairs(const QStringList &tokens);
    /** How a team corpus's server finds the articles that match. */
    enum class Matching
    {
        /** All of them from the index first: for counts, and for searches that select few. */
        AllFromIndex,
        /**
         * As its planner likes, which may test article after article in the list's order: a search
         * that selects many finds its first page soonest so.
         */
        AsPlanned,
    };
    /**
     * A SELECT of the ids of the articles that match \a expression (SearchQuery::ftsExpression():
     * quoted phrases of tokens joined by AND) in the index of \a engine, for "id IN (...)"; its
     * values are appended to \a values.
     */
    static QString matchingIdsSql(SqlEngine engine, const QString &expression, QVariantList *values,
                                  Matching matching = Matching::AllFromIndex);
    /**
     * On a server, a search whose phrases need their positions checked (three Hanzi or more, or
     * words in Latin script, beside Hanzi pairs): a SELECT of the articles whose pairs match, which
     * are its hits and perhaps a few more, read from the index alone; and the condition on
     * `article_search` that the phrases' positions hold, which reads each article's positions.
     * Empty where the pairs alone find the hits, or nothing narrows the check.
     */
    struct Candidates
    {
        QString idsSql;
        QVariantList idsValues;
        QString check;
        QVariantList checkValues;
        bool isEmpty() const { return idsSql.isEmpty(); }
    };
    static Candidates serverCandidates(const QString &expression);

    /**
     * Indexes article \a articleId by its \a title (as written: the index simplifies it) and
     * shadow text and marks it indexed; call inside the article's transaction.
     */
    bool add(qint64 articleId, const QString &title, const QString &shadowText);
    /**
     * Takes the article's entries out of the index. The index keeps no text of its own, so it is
     * given the same title and shadow it was given when the article was added.
     */
    bool remove(qint64 articleId, const QString &title, const QString &shadowText);

    /**
     * Merges the entries a long run of add() left waiting into the index itself, so that searches
     * need not read through them; call after an import's last commit. PostgreSQL collects new
     * entries in a pending list (inserting each into the GIN index at once makes an import three
     * times slower), which every search reads whole; SQLite needs nothing.
     */
    bool settle();

    QString errorString() const { return m_error; }

private:
    /** The tokens of text that tokenText() has spaced already. */
    static QStringList tokensOfSpaced(const QString &spaced);

    SqlConnection &m_sql;
    QString m_error;
};

} // namespace Pizhu
