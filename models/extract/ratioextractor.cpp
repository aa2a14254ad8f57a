// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratioextractor.h"

#include "chinesenumber.h"
#include "text/codepointindex.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

Figure figureOf(const CodePointIndex &codePoints, const QRegularExpressionMatch &match, double value,
                const QString &unit)
{
    Figure figure;
    figure.span = {codePoints.toCodePoint(match.capturedStart()),
                   codePoints.toCodePoint(match.capturedEnd())};
    figure.text = match.captured();
    figure.value = value;
    figure.unit = unit;
    figure.approx = FigureExtractor::approximation(match.captured(QStringLiteral("prefix")));
    return figure;
}

} // namespace

QList<Figure> RatioExtractor::extract(const QString &text)
{
    QList<Figure> figures;
    const CodePointIndex codePoints(text);
    addFractionsInWords(text, codePoints, figures);
    addFractionsInDigits(text, codePoints, figures);
    addScores(text, codePoints, figures);
    std::sort(figures.begin(), figures.end(),
              [](const Figure &a, const Figure &b) { return a.span.start < b.span.start; });
    return figures;
}

void RatioExtractor::addFractionsInWords(const QString &text, const CodePointIndex &codePoints,
                                         QList<Figure> &figures)
{
    // 之 is left out in Hong Kong (四分一); without it, only a part smaller than a whole below ten
    // counts, and not before what makes 分 an adverb (十分一致, 五分一样 are no fractions).
    static const QRegularExpression pattern(
        FigureExtractor::approximationPrefixPattern() +
        QStringLiteral("(?<whole>[0-9]+|[一二两三四五六七八九十百千]+)分(?<of>之?)"
                       "(?<part>[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百]+)"
                       "(?![般致样些直定切起向下点旦律同并齐])"));
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<double> whole = ChineseNumber::parse(m.captured(QStringLiteral("whole")));
        const std::optional<double> part = ChineseNumber::parse(m.captured(QStringLiteral("part")));
        if (!whole || !part || *whole <= 0)
            continue;
        // Without 之, in numerals only: 7分6 is seven points and six rebounds.
        if (m.captured(QStringLiteral("of")).isEmpty() &&
            (*whole >= 10 || *part >= *whole || m.captured(QStringLiteral("part")).size() > 1 ||
             ChineseNumber::isDigit(m.captured(QStringLiteral("whole")).front())))
            continue;
        if (*whole == 100)
            figures.append(figureOf(codePoints, m, *part, QStringLiteral("%")));
        else if (*whole == 1000)
            figures.append(figureOf(codePoints, m, *part, QStringLiteral("‰")));
        else
            figures.append(figureOf(codePoints, m, *part / *whole, QString()));
    }
}

void RatioExtractor::addFractionsInDigits(const QString &text, const CodePointIndex &codePoints,
                                          QList<Figure> &figures)
{
    // Only a part of a small whole: 3/25 and 2022/3/25 are dates, 24/7 is no fraction.
    static const QRegularExpression pattern(
        FigureExtractor::approximationPrefixPattern() +
        QStringLiteral("(?<![0-9/.])(?<part>[0-9]{1,2})/(?<whole>[0-9]{1,2})(?![0-9/])"));
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int part = m.captured(QStringLiteral("part")).toInt();
        const int whole = m.captured(QStringLiteral("whole")).toInt();
        if (part >= 1 && part < whole && whole <= 10)
            figures.append(figureOf(codePoints, m, double(part) / whole, QString()));
    }
}

void RatioExtractor::addScores(const QString &text, const CodePointIndex &codePoints, QList<Figure> &figures)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9:：.])(?<first>[0-9]{1,3}|[零一二两三四五六七八九十]{1,3})(?<by>[:：比])"
                       "(?<second>[0-9]{1,3}|[零一二两三四五六七八九十]{1,3})(?![0-9:：])"));
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString first = m.captured(QStringLiteral("first"));
        const QString second = m.captured(QStringLiteral("second"));
        const bool digits = ChineseNumber::isDigit(first.front()) && ChineseNumber::isDigit(second.front());
        const bool inWords = m.captured(QStringLiteral("by")) == QStringLiteral("比");
        if (!inWords && !digits)
            continue;
        const std::optional<double> a = ChineseNumber::parse(first);
        if (!a || !ChineseNumber::parse(second))
            continue;
        // A clock time: an hour, then two digits of minutes.
        if (!inWords && *a <= 24 && second.size() == 2 && second.toInt() <= 59)
            continue;
        figures.append(figureOf(codePoints, m, *a, QStringLiteral("比")));
    }
}

} // namespace Pizhu
