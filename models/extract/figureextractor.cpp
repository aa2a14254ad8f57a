// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureextractor.h"

#include "chinesenumber.h"
#include "text/codepointindex.h"
#include "text/hanzi.h"
#include "text/resourcetext.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

QString approximation(const QString &word)
{
    if (word == QStringLiteral("近") || word == QStringLiteral("将近"))
        return QStringLiteral("nearly");
    if (word == QStringLiteral("约") || word == QStringLiteral("大约") || word == QStringLiteral("左右"))
        return QStringLiteral("about");
    if (!word.isEmpty())
        return QStringLiteral("more than"); // 多, 余, 超, 超过, 逾, 以上
    return {};
}

} // namespace

const FigureExtractor &FigureExtractor::instance()
{
    static const FigureExtractor extractor;
    return extractor;
}

FigureExtractor::FigureExtractor()
{
    for (const QString &line : ResourceText::lines(QStringLiteral(":/lexicons/measure-words.txt"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const bool counting = line.startsWith(QLatin1String("count"));
        for (const QString &unit : line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            m_units << unit;
            if (counting)
                m_countUnits.insert(unit);
        }
    }
    std::sort(m_units.begin(), m_units.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &line : ResourceText::lines(QStringLiteral(":/lexicons/numeral-idioms.txt")))
        m_idioms += line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool FigureExtractor::isExcluded(const QString &text, qsizetype start, qsizetype end,
                                 const QString &number) const
{
    const QChar before = start > 0 ? text.at(start - 1) : QChar();
    // Ordinals (第一), codes and phone numbers (ICP备05004340号, 0371-65700861), parts of words in Latin
    // script.
    const bool latinBefore = before.isLetterOrNumber() && before.unicode() < 0x2E80; // Hanzi are letters too
    if (before == QStringLiteral("第").front() || before == QLatin1Char('-') || latinBefore)
        return true;
    if (number.size() >= 7 && std::all_of(number.cbegin(), number.cend(), ChineseNumber::isDigit))
        return true;
    // The indefinite 一 (一名党员 means "a party member").
    if (number == QStringLiteral("一"))
        return true;
    // A set phrase that overlaps the figure (三天三夜 holds 三天).
    // Only the window around the figure is searched, so a long article costs no more per figure.
    for (const QString &idiom : m_idioms) {
        const qsizetype from = std::max<qsizetype>(0, start - idiom.size() + 1);
        const QStringView window = QStringView(text).mid(from, end + idiom.size() - 1 - from);
        if (window.contains(idiom))
            return true;
    }
    return false;
}

QString FigureExtractor::countedNoun(const QString &text, qsizetype from) const
{
    // The two characters after a counting unit name what is counted, unless they start a new phrase.
    static const QString function =
        QStringLiteral("的了在和与及是也都就将对为把被从以等中上下里后前时到由向于其这那");
    if (from + 2 > text.size() || !isHanzi(text.at(from)) || !isHanzi(text.at(from + 1)) ||
        function.contains(text.at(from)))
        return {};
    return text.mid(from, 2);
}

QList<Figure> FigureExtractor::extract(const QString &text) const
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<prefix>将近|大约|超过|近|约|超|逾)?"
        "(?<number>[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)"
        "(?<approx1>多|余)?(?<scale>[万亿]+)?(?<approx2>多|余)?"));
    QList<Figure> figures;
    const CodePointIndex codePoints(text);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype unitStart = m.capturedEnd();
        QString unit;
        for (const QString &candidate : m_units) {
            if (QStringView(text).mid(unitStart).startsWith(candidate)) {
                unit = candidate;
                break;
            }
        }
        if (unit.isEmpty())
            continue;
        const QString number = m.captured(QStringLiteral("number"));
        const qsizetype start = m.capturedStart(QStringLiteral("prefix")) >= 0
                                    ? m.capturedStart(QStringLiteral("prefix"))
                                    : m.capturedStart(QStringLiteral("number"));
        const qsizetype end = unitStart + unit.size();
        if (isExcluded(text, m.capturedStart(QStringLiteral("number")), end, number))
            continue;
        const QString written =
            QString(number).remove(QLatin1Char(',')) + m.captured(QStringLiteral("scale"));
        const std::optional<double> base = ChineseNumber::parse(written);
        if (!base)
            continue;
        Figure figure;
        figure.span = {codePoints.toCodePoint(start), codePoints.toCodePoint(end)};
        figure.text = text.mid(start, end - start);
        figure.value = *base;
        figure.approx =
            approximation(m.captured(QStringLiteral("prefix")) + m.captured(QStringLiteral("approx1")) +
                          m.captured(QStringLiteral("approx2")));
        // 多 and 余 both mean "more than"; a prefix wins when there is one.
        if (!m.captured(QStringLiteral("prefix")).isEmpty())
            figure.approx = approximation(m.captured(QStringLiteral("prefix")));
        figure.unit = unit;
        if (m_countUnits.contains(unit))
            figure.counts = countedNoun(text, end);
        figures.append(figure);
    }
    return figures;
}

} // namespace Pizhu
