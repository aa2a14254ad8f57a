// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "ingest/article.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/statementcache.h"
#include "store/transaction.h"

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

bool SearchIndex::add(StatementCache &statements, const Article &article, QString *error)
{
    const QString title = ScriptConverter::forMode(ScriptMode::Simplified).convertText(article.title);
    const QString shadow = article.shadow ? article.shadow->text : article.body();
    if (!statements.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"),
                         {article.id, tokenText(title), tokenText(shadow)}) ||
        !statements.exec(QStringLiteral("UPDATE articles SET indexed = 1 WHERE id = ?"), {article.id})) {
        *error = statements.errorText();
        return false;
    }
    return true;
}

bool SearchIndex::indexPending(CorpusDatabase &db, QString *error)
{
    constexpr int batch = 200;
    for (;;) {
        Transaction transaction(db.connection());
        if (!transaction.isActive()) {
            *error = transaction.errorText();
            return false;
        }
        SqlQuery select(db.connection());
        if (!select.exec(
                QStringLiteral("SELECT a.id, a.title, t.body FROM articles AS a"
                               " JOIN article_texts AS t ON t.article_id = a.id WHERE a.indexed = 0 LIMIT ?"),
                {batch})) {
            *error = select.errorText();
            return false;
        }
        QList<Article> pending;
        while (select.next()) {
            Article article;
            article.id = select.value(0).toLongLong();
            article.title = select.value(1).toString();
            article.paragraphs = select.value(2).toString().split(QLatin1Char('\n'));
            pending.append(article);
        }
        select.finish();
        if (pending.isEmpty())
            return true;
        SqlQuery update(db.connection());
        StatementCache statements(db.connection());
        for (Article &article : pending) {
            const Conversion &shadow = article.ensureShadow();
            const bool same = shadow.text == article.body();
            if (!update.exec(QStringLiteral(
                                 "UPDATE article_texts SET shadow = ?, shadow_map = ? WHERE article_id = ?"),
                             {same ? QVariant(QMetaType::fromType<QString>()) : QVariant(shadow.text),
                              shadow.map.isIdentity() ? QVariant(QMetaType::fromType<QByteArray>())
                                                      : QVariant(shadow.map.toBytes()),
                              article.id}) ||
                !add(statements, article, error)) {
                if (error->isEmpty())
                    *error = update.errorText();
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
    }
}

} // namespace Pizhu
