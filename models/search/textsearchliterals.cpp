// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearchliterals.h"

#include <QHash>
#include <algorithm>

namespace Pizhu {

namespace {

// The largest position a tsvector holds; later ones are made it.
constexpr int LastPosition = 16383;

/** \a lexeme in single quotes, with its quotes and backslashes escaped. */
QString quoted(const QString &lexeme)
{
    QString escaped = lexeme;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString TextSearchLiterals::lexeme(const QString &token)
{
    QString folded;
    folded.reserve(token.size());
    for (const QChar c : token.toLower()) {
        // As FTS5's unicode61 tokenizer with remove_diacritics 2: é is e; only alphabetic scripts
        // decompose so (Hangul would come apart into its jamo).
        if (c.unicode() < 0x2000 && c.decompositionTag() == QChar::Canonical)
            folded += c.decomposition().at(0);
        else if (!(c.unicode() < 0x2000 && c.category() == QChar::Mark_NonSpacing))
            folded += c;
    }
    return folded;
}

QString TextSearchLiterals::vector(const QStringList &titleTokens, const QStringList &bodyTokens)
{
    QHash<QString, QStringList> positions;
    QStringList order; // the lexemes in the order they first stand, so that equal input gives equal text
    const auto add = [&](const QString &token, int position, bool title) {
        const QString word = lexeme(token);
        if (word.isEmpty())
            return;
        QStringList &at = positions[word];
        if (at.isEmpty())
            order << word;
        at << QString::number(std::min(position, LastPosition)) + (title ? QStringLiteral("A") : QString());
    };
    for (qsizetype i = 0; i < titleTokens.size(); ++i)
        add(titleTokens.at(i), int(i) + 1, true);
    const int bodyStart = int(titleTokens.size()) + 2;
    for (qsizetype i = 0; i < bodyTokens.size(); ++i)
        add(bodyTokens.at(i), bodyStart + int(i), false);
    QStringList entries;
    entries.reserve(order.size());
    for (const QString &word : std::as_const(order))
        entries << quoted(word) + QLatin1Char(':') + positions.value(word).join(QLatin1Char(','));
    return entries.join(QLatin1Char(' '));
}

QString TextSearchLiterals::phrase(const QStringList &tokens)
{
    QStringList words;
    for (const QString &token : tokens) {
        const QString word = lexeme(token);
        if (!word.isEmpty())
            words << quoted(word);
    }
    return words.join(QStringLiteral(" <-> "));
}

} // namespace Pizhu
