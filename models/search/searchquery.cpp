// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "searchindex.h"
#include "text/codepoints.h"
#include "text/scriptconverter.h"

namespace Pizhu {

namespace {

// Splits on spaces outside quotes; a quoted phrase is one term.
QStringList splitTerms(const QString &input)
{
    QStringList terms;
    QString current;
    QChar closing;
    for (const QChar c : input) {
        if (!closing.isNull()) {
            if (c == closing) {
                terms << current;
                current.clear();
                closing = QChar();
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x300C)) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
            closing = c == QLatin1Char('"') ? c : (c == QChar(0x201C) ? QChar(0x201D) : QChar(0x300D));
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const ScriptConverter &simplified = ScriptConverter::forMode(ScriptMode::Simplified);
    for (const QString &raw : splitTerms(input)) {
        const QString term = simplified.convertText(raw).toLower();
        const QStringList tokens = SearchIndex::tokens(term);
        if (tokens.isEmpty())
            continue;
        QStringList escaped;
        for (const QString &token : tokens)
            escaped << QRegularExpression::escape(token);
        // Between tokens the index skips spaces and punctuation, and so does the hit finder.
        query.m_patterns << QRegularExpression(escaped.join(QStringLiteral("[^\\p{L}\\p{N}]*")),
                                               QRegularExpression::CaseInsensitiveOption);
        query.m_terms << term;
        query.m_tokens << tokens;
    }
    if (query.m_terms.isEmpty())
        query.m_error = input.trimmed().isEmpty()
                            ? tr("type something to search for")
                            : tr("\"%1\" has no letters or characters to search for").arg(input.trimmed());
    return query;
}

QString SearchQuery::ftsExpression() const
{
    QStringList phrases;
    for (const QStringList &tokens : m_tokens)
        phrases << QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    return phrases.join(QStringLiteral(" AND "));
}

QList<TextSpan> SearchQuery::findIn(const QString &shadowText) const
{
    QList<TextSpan> spans;
    for (const QRegularExpression &pattern : m_patterns) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(shadowText);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            spans.append({CodePoints::fromUtf16(shadowText, m.capturedStart()),
                          CodePoints::fromUtf16(shadowText, m.capturedEnd())});
        }
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

} // namespace Pizhu
