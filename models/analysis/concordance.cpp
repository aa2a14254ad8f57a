// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordance.h"

#include "search/corpussearch.h"
#include "store/articlestore.h"
#include "text/codepoints.h"

#include <QCollator>
#include <algorithm>

namespace Pizhu {

namespace {

ArticleFilter withQuery(ArticleFilter scope, const SearchQuery &query)
{
    if (!query.isValid())
        return scope;
    scope.ftsExpression =
        scope.ftsExpression.isEmpty()
            ? query.ftsExpression()
            : QStringLiteral("(%1) AND (%2)").arg(scope.ftsExpression, query.ftsExpression());
    return scope;
}

QString reversed(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = text.size(); i-- > 0;) {
        // Keep a surrogate pair in its order.
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
            result += text.at(i - 1);
            result += text.at(i);
            --i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

bool endsSentence(QChar c)
{
    return QStringLiteral("。！？；!?;\n").contains(c);
}

} // namespace

Concordance::Concordance(CorpusDatabase &db, Options options)
    : m_db(db)
    , m_options(std::move(options))
    , m_query(SearchQuery::parse(m_options.query))
    , m_list(db, withQuery(m_options.scope, m_query))
{
    if (!m_query.isValid()) {
        m_error = m_query.error().isEmpty() ? tr("nothing to search for") : m_query.error();
        m_atEnd = true;
    }
}

QList<ConcordanceLine> Concordance::next(int lines)
{
    QList<ConcordanceLine> result;
    const ArticleStore store(m_db);
    while (!m_atEnd && result.size() < lines) {
        const QList<ArticleSummary> page = m_list.page(50, m_last);
        if (page.isEmpty()) {
            m_atEnd = true;
            m_error = m_list.errorString();
            break;
        }
        m_last = page.constLast();
        m_read += int(page.size());
        for (const ArticleSummary &article : page) {
            const std::optional<ArticleText> text = store.text(article.id);
            if (!text)
                continue; // a damaged text is named by the reader and by pizhu check, not here
            const QList<TextSpan> hits =
                CorpusSearch::hitsInOriginal(m_query, text->shadow.text, text->shadow.map);
            for (ConcordanceLine line : linesOf(text->body, hits, m_options.width, m_options.script)) {
                line.articleId = article.id;
                line.title = ScriptConverter::forMode(m_options.script).convertText(article.title);
                line.published = article.published;
                line.outlet = article.outlet;
                result << line;
            }
        }
    }
    return result;
}

QList<ConcordanceLine> Concordance::linesOf(const QString &body, const QList<TextSpan> &hits, int width,
                                            ScriptMode script)
{
    const ScriptConverter &converter = ScriptConverter::forMode(script);
    const auto piece = [&body](int from, int to) {
        const qsizetype start = CodePoints::toUtf16(body, from);
        return body.mid(start, CodePoints::toUtf16(body, to) - start)
            .replace(QLatin1Char('\n'), QStringLiteral("¶"));
    };
    const int length = CodePoints::count(body);
    QList<ConcordanceLine> lines;
    for (const TextSpan &hit : hits) {
        ConcordanceLine line;
        line.hit = hit;
        line.left = converter.convertText(piece(std::max(0, hit.start - width), hit.start));
        line.keyword = converter.convertText(piece(hit.start, hit.end));
        line.right = converter.convertText(piece(hit.end, std::min(length, hit.end + width)));
        lines << line;
    }
    return lines;
}

void Concordance::sort(QList<ConcordanceLine> &lines, Sort by)
{
    if (by == Sort::Articles)
        return;
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China)); // ICU's Chinese order is pinyin
    const auto key = [by](const ConcordanceLine &line) {
        switch (by) {
        case Sort::Left:
            return reversed(line.left);
        case Sort::Right:
            return line.right;
        case Sort::Date:
            return line.published;
        case Sort::Outlet:
            return line.outlet;
        case Sort::Title:
        case Sort::Articles:
            break;
        }
        return line.title;
    };
    std::stable_sort(lines.begin(), lines.end(), [&](const ConcordanceLine &a, const ConcordanceLine &b) {
        return by == Sort::Date ? key(a) < key(b) : pinyin.compare(key(a), key(b)) < 0;
    });
}

TextSpan Concordance::sentenceAround(const QString &body, const TextSpan &span)
{
    qsizetype from = CodePoints::toUtf16(body, span.start);
    qsizetype to = CodePoints::toUtf16(body, span.end);
    while (from > 0 && !endsSentence(body.at(from - 1)))
        --from;
    while (to < body.size() && !endsSentence(body.at(to)))
        ++to;
    if (to < body.size() && body.at(to) != QLatin1Char('\n'))
        ++to; // the sentence's own full stop
    while (from < to && body.at(from).isSpace())
        ++from;
    return {CodePoints::fromUtf16(body, from), CodePoints::fromUtf16(body, to)};
}

} // namespace Pizhu
