// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
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

QString SearchIndex::matchingIdsSql(SqlEngine engine, const QString &expression, QVariantList *values)
{
    if (engine == SqlEngine::SQLite) {
        values->append(expression);
        return QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ?");
    }
    // The same phrases, each made a tsquery by the parser that made the index of tokenText().
    static const QRegularExpression phrase(QStringLiteral("\"([^\"]*)\""));
    QStringList queries;
    QRegularExpressionMatchIterator it = phrase.globalMatch(expression);
    while (it.hasNext()) {
        values->append(it.next().captured(1));
        queries << QStringLiteral("phraseto_tsquery('simple', ?)");
    }
    if (queries.isEmpty())
        return QStringLiteral("SELECT article_id FROM article_search WHERE false");
    return QStringLiteral("SELECT article_id FROM article_search WHERE terms @@ (%1)")
        .arg(queries.join(QStringLiteral(" && ")));
}

SearchIndex::SearchIndex(CorpusDatabase &db)
    : m_sql(db.sql())
{
}

SearchIndex::SearchIndex(SqlConnection &sql)
    : m_sql(sql)
{
}

bool SearchIndex::add(qint64 articleId, const QString &simplifiedTitle, const QString &shadowText)
{
    const QString title = tokenText(simplifiedTitle);
    const QString body = tokenText(shadowText);
    const QString marked = QStringLiteral("UPDATE articles SET indexed = 1 WHERE id = ?");
    SqlQuery query(m_sql);
    // A server is asked once: each statement is a round trip there, and an import adds the entry
    // and marks the article for every article.
    const bool added =
        m_sql.engine() == SqlEngine::PostgreSQL
            ? query.exec(QStringLiteral("WITH entry AS (INSERT INTO article_search (article_id, terms) VALUES"
                                        " (?, setweight(to_tsvector('simple', ?), 'A') ||"
                                        " to_tsvector('simple', ?))) %1")
                             .arg(marked),
                         {articleId, title, body, articleId})
            : query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"),
                         {articleId, title, body}) &&
                  query.exec(marked, {articleId});
    if (!added) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

bool SearchIndex::remove(qint64 articleId, const QString &simplifiedTitle, const QString &shadowText)
{
    SqlQuery query(m_sql);
    const bool removed =
        m_sql.engine() == SqlEngine::PostgreSQL
            ? query.exec(QStringLiteral("DELETE FROM article_search WHERE article_id = ?"), {articleId})
            : query.exec(QStringLiteral("INSERT INTO article_search (article_search, rowid, title, body)"
                                        " VALUES ('delete', ?, ?, ?)"),
                         {articleId, tokenText(simplifiedTitle), tokenText(shadowText)});
    if (!removed) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

} // namespace Pizhu
