// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"
#include "text/scriptconverter.h"
#include "textsearchliterals.h"

#include <QRegularExpression>
#include <algorithm>

namespace Pizhu {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool isOneHanzi(const QString &token)
{
    const qsizetype units = token.size();
    if (units == 1)
        return isCjk(token.at(0).unicode());
    return units == 2 && token.at(0).isHighSurrogate() && token.at(1).isLowSurrogate() &&
           isCjk(QChar::surrogateToUcs4(token.at(0), token.at(1)));
}

/** \a pairs once each, as a space-separated list for string_to_array(). */
QString pairList(QStringList pairs)
{
    pairs.sort();
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs.join(QLatin1Char(' '));
}

} // namespace

QString SearchIndex::tokenText(const QString &text)
{
    QString result;
    result.reserve(text.size() * 2);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        const bool pair = c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
        if (pair)
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
        if (isCjk(code)) {
            result += QLatin1Char(' ');
            result += c;
            if (pair)
                result += text.at(++i);
            result += QLatin1Char(' ');
        } else {
            result += c;
        }
    }
    return result;
}

QStringList SearchIndex::tokens(const QString &text)
{
    return tokensOfSpaced(tokenText(text));
}

QStringList SearchIndex::tokensOfSpaced(const QString &spaced)
{
    QStringList tokens;
    QString token;
    for (const QChar c : spaced) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            token += c;
        } else if (!token.isEmpty()) {
            tokens << token;
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens << token;
    return tokens;
}

QStringList SearchIndex::hanziPairs(const QStringList &tokens)
{
    QStringList pairs;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (isOneHanzi(tokens.at(i - 1)) && isOneHanzi(tokens.at(i)))
            pairs << tokens.at(i - 1) + tokens.at(i);
    }
    return pairs;
}

namespace {

/**
 * A search expression as the two tsqueries of a team corpus: every Hanzi pair of the phrases must
 * be in the article's pairs, and a phrase of two Hanzi is found by that alone. Longer phrases, and
 * those with words in Latin script, are then checked by the positions of their tokens, each
 * phrase a tsquery of the lexemes the index holds (TextSearchLiterals); the pairs leave few
 * articles for that check to read.
 */
struct ServerQuery
{
    QString pairQuery;       ///< "'党员' & '疫情'", or empty
    QStringList phraseTexts; ///< the phrases whose positions are checked, as tokens spaced apart

    explicit ServerQuery(const QString &expression)
    {
        static const QRegularExpression phrase(QStringLiteral("\"([^\"]*)\""));
        QStringList pairs;
        QRegularExpressionMatchIterator it = phrase.globalMatch(expression);
        while (it.hasNext()) {
            const QString text = it.next().captured(1);
            const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QStringList phrasePairs = SearchIndex::hanziPairs(tokens);
            for (const QString &pair : phrasePairs)
                pairs << QLatin1Char('\'') + pair + QLatin1Char('\'');
            if (!tokens.isEmpty() && !(tokens.size() == 2 && phrasePairs.size() == 1))
                phraseTexts << text;
        }
        pairQuery = pairs.join(QStringLiteral(" & "));
    }
    bool isEmpty() const { return pairQuery.isEmpty() && phraseTexts.isEmpty(); }
    /** The pair tsquery and the phrase tsquery as SQL expressions, empty where there is none. */
    std::pair<QString, QString> arguments(QVariantList *values) const
    {
        QStringList phraseQueries;
        if (!pairQuery.isEmpty())
            values->append(pairQuery);
        for (const QString &text : phraseTexts) {
            values->append(TextSearchLiterals::phrase(text.split(QLatin1Char(' '), Qt::SkipEmptyParts)));
            phraseQueries << QStringLiteral("CAST(? AS tsquery)");
        }
        return {pairQuery.isEmpty() ? QString() : QStringLiteral("CAST(? AS tsquery)"),
                phraseQueries.join(QStringLiteral(" && "))};
    }
};

/** A title as the index holds it: in simplified script, as the shadow text is. */
QString simplified(const QString &title)
{
    return ScriptConverter::forMode(ScriptMode::Simplified).convertText(title);
}

} // namespace

QString SearchIndex::matchingIdsSql(SqlEngine engine, const QString &expression, QVariantList *values,
                                    Matching matching)
{
    if (engine == SqlEngine::SQLite) {
        values->append(expression);
        return QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ?");
    }
    const ServerQuery query(expression);
    if (query.isEmpty())
        return QStringLiteral("SELECT article_id FROM article_search WHERE false");
    const auto [pairs, phrases] = query.arguments(values);
    if (matching == Matching::AllFromIndex) {
        // matching_articles() (TeamUpgrade) keeps the server to the indexes.
        return QStringLiteral("SELECT * FROM matching_articles(%1, %2)")
            .arg(pairs.isEmpty() ? QStringLiteral("NULL") : pairs,
                 phrases.isEmpty() ? QStringLiteral("NULL") : phrases);
    }
    QStringList conditions;
    if (!pairs.isEmpty())
        conditions << QStringLiteral("pairs @@ ") + pairs;
    if (!phrases.isEmpty())
        conditions << QStringLiteral("terms @@ (%1)").arg(phrases);
    return QStringLiteral("SELECT article_id FROM article_search WHERE ") +
           conditions.join(QStringLiteral(" AND "));
}

SearchIndex::Candidates SearchIndex::serverCandidates(const QString &expression)
{
    const ServerQuery query(expression);
    if (query.pairQuery.isEmpty() || query.phraseTexts.isEmpty())
        return {};
    Candidates candidates;
    QVariantList values;
    const auto [pairs, phrases] = query.arguments(&values);
    candidates.idsSql = QStringLiteral("SELECT article_id FROM article_search WHERE pairs @@ ") + pairs;
    candidates.idsValues = values.mid(0, 1); // arguments() puts the pairs first
    candidates.check = QStringLiteral("terms @@ (%1)").arg(phrases);
    candidates.checkValues = values.mid(1);
    return candidates;
}

SearchIndex::SearchIndex(CorpusDatabase &db)
    : m_sql(db.sql())
{
}

SearchIndex::SearchIndex(SqlConnection &sql)
    : m_sql(sql)
{
}

bool SearchIndex::add(qint64 articleId, const QString &title, const QString &shadowText)
{
    const QString titleTokens = tokenText(simplified(title));
    const QString body = tokenText(shadowText);
    const QString marked = QStringLiteral("UPDATE articles SET indexed = 1 WHERE id = ?");
    SqlQuery query(m_sql);
    // A server is asked once: each statement is a round trip there, and an import adds the entry
    // and marks the article for every article. The title's and the body's tokens are one tsvector
    // there (TextSearchLiterals::vector), written by Pizhu as SQLite's index holds them. An entry
    // is replaced when a corpus made before today's tokens or the pairs gets them.
    const auto serverEntry = [&] {
        const QStringList titleWords = tokensOfSpaced(titleTokens);
        const QStringList bodyWords = tokensOfSpaced(body);
        return QVariantList{articleId, TextSearchLiterals::vector(titleWords, bodyWords),
                            pairList(hanziPairs(titleWords) + hanziPairs(bodyWords)), articleId};
    };
    const bool added =
        m_sql.engine() == SqlEngine::PostgreSQL
            ? query.exec(QStringLiteral(
                             "WITH entry AS (INSERT INTO article_search (article_id, terms, pairs)"
                             " VALUES (?, CAST(? AS tsvector), array_to_tsvector(string_to_array(?, ' ')))"
                             " ON CONFLICT (article_id) DO UPDATE"
                             " SET terms = excluded.terms, pairs = excluded.pairs) %1")
                             .arg(marked),
                         serverEntry())
            : query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"),
                         {articleId, titleTokens, body}) &&
                  query.exec(marked, {articleId});
    if (!added) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

bool SearchIndex::settle()
{
    if (m_sql.engine() != SqlEngine::PostgreSQL)
        return true;
    SqlQuery query(m_sql);
    if (!query.exec(QStringLiteral("SELECT settle_search_index()"))) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

bool SearchIndex::remove(qint64 articleId, const QString &title, const QString &shadowText)
{
    SqlQuery query(m_sql);
    const bool removed =
        m_sql.engine() == SqlEngine::PostgreSQL
            ? query.exec(QStringLiteral("DELETE FROM article_search WHERE article_id = ?"), {articleId})
            : query.exec(QStringLiteral("INSERT INTO article_search (article_search, rowid, title, body)"
                                        " VALUES ('delete', ?, ?, ?)"),
                         {articleId, tokenText(simplified(title)), tokenText(shadowText)});
    if (!removed) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

} // namespace Pizhu
