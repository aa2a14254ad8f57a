// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureextractor.h"

#include "characterfeatures.h"
#include "chinesenumber.h"
#include "entitylexicon.h"
#include "ratioextractor.h"
#include "text/codepointindex.h"
#include "text/hanzi.h"
#include "text/resourcetext.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

bool isChineseNumeral(const QString &number)
{
    return !number.isEmpty() && !ChineseNumber::isDigit(number.front());
}

/** Whether \a figures holds one that overlaps [start, end) (code points). */
bool overlapsAny(const QList<Figure> &figures, int start, int end)
{
    return std::any_of(figures.cbegin(), figures.cend(),
                       [&](const Figure &f) { return f.span.start < end && start < f.span.end; });
}

} // namespace

QString FigureExtractor::approximation(const QString &word)
{
    if (word == QStringLiteral("近") || word == QStringLiteral("将近"))
        return QStringLiteral("nearly");
    if (word == QStringLiteral("约") || word == QStringLiteral("大约") || word == QStringLiteral("左右"))
        return QStringLiteral("about");
    if (!word.isEmpty())
        return QStringLiteral("more than"); // 多, 余, 超, 超过, 逾, 以上
    return {};
}

QString FigureExtractor::approximationPrefixPattern()
{
    return QStringLiteral("(?<prefix>将近|大约|超过|近|约|超|逾)?");
}

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

bool FigureExtractor::isRuledOutByUnit(const QString &text, qsizetype unitEnd, const QString &number,
                                       const QString &unit) const
{
    if (unit == QStringLiteral("成")) // tenths: 九成; 2015成立 is a year that lost its 年
        return ChineseNumber::parse(number).value_or(100) > 10;
    if (unit != QStringLiteral("年"))
        return false;
    // A year (2020年, 一九九八年, 二〇二〇年, 08年), a school year (三年级), a decade (80年代), a date
    // (2022年3月).
    static const QRegularExpression year(
        QStringLiteral("^(?:[12][0-9]{3}|[〇零一二三四五六七八九]{3,4}|0[0-9])$"));
    static const QRegularExpression monthAfter(
        QStringLiteral("^(?:[级代]|[0-9０-９一二三四五六七八九十]+月)"));
    // Two digits and a part of the year are a year too (17年底, 10年春节, 18年上半年), where two digits
    // alone are most often a span (相识近20年).
    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression partOfYearAfter(QStringLiteral("^(?:[初底末春夏秋冬]|[上下]半年|度)"));
    const QString after = text.mid(unitEnd, 4);
    return year.match(number).hasMatch() || monthAfter.match(after).hasMatch() ||
           (twoDigits.match(number).hasMatch() && partOfYearAfter.match(after).hasMatch());
}

bool FigureExtractor::isBareCount(const Figure &figure, const QString &number) const
{
    // 两个, 三人, 两位: a handful of something unnamed, frequent in every article and nothing to
    // compare across a corpus.
    const bool counting = m_countUnits.contains(figure.unit) || figure.unit == QStringLiteral("人");
    return counting && figure.counts.isEmpty() && figure.approx.isEmpty() && isChineseNumeral(number) &&
           figure.value <= 10;
}

QString FigureExtractor::unitAt(const QString &text, qsizetype at) const
{
    for (const QString &candidate : m_units) {
        if (QStringView(text).mid(at).startsWith(candidate))
            return candidate;
    }
    return {};
}

qsizetype FigureExtractor::countedNounEnd(const QString &text, qsizetype from,
                                          const EntityLexicon *words) const
{
    // Not a function word or what starts a new phrase (的, 在, 这).
    static const QString function =
        QStringLiteral("的了在和与及是也都就将对为把被从以等中上下里后前时到由向于其这那");
    if (from + 2 > text.size() || !isHanzi(text.at(from)) || !isHanzi(text.at(from + 1)) ||
        function.contains(text.at(from)))
        return from;
    if (!words)
        return from + 2;
    // A noun, or a word that qualifies one and the noun: 志愿者, 临时|党支部, 重大|项目, 隔离|人员.
    qsizetype end = from;
    for (int word = 0; word < 2 && end < text.size() && isHanzi(text.at(end)); ++word) {
        const std::u32string ahead =
            CharacterFeatures::normalised(QStringView(text).mid(end, 2 * EntityLexicon::MaxLength));
        int length = std::min<int>(int(ahead.size()), EntityLexicon::MaxLength);
        quint8 classes = 0;
        while (length >= EntityLexicon::MinLength && (classes = words->classesOf(ahead.data(), length)) == 0)
            --length;
        if (classes == 0)
            break;
        end += QString::fromUcs4(ahead.data(), length).size();
        if (classes & EntityLexicon::Noun)
            return end;
        if (!(classes & EntityLexicon::Modifier)) // 迅速 (quickly) starts no noun phrase
            break;
    }
    return from;
}

QList<Figure> FigureExtractor::extract(const QString &text, const EntityLexicon *words) const
{
    static const QRegularExpression pattern(
        approximationPrefixPattern() +
        QStringLiteral(
            "(?<currency>RMB|US\\$|HK\\$|NT\\$|\\$|¥|￥|€|£)?"
            "(?<number>[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)"
            "(?<approx1>多|余)?(?<scale>[万亿]+)?(?<approx2>多|余)?"));
    QList<Figure> figures = RatioExtractor::extract(text);
    const QList<Figure> ratios = figures;
    const CodePointIndex codePoints(text);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype unitStart = m.capturedEnd();
        const QString currency = m.captured(QStringLiteral("currency"));
        const QString unit = unitAt(text, unitStart);
        if (unit.isEmpty() && currency.isEmpty())
            continue;
        const QString number = m.captured(QStringLiteral("number"));
        const qsizetype start = m.capturedStart();
        const qsizetype end = unitStart + unit.size();
        const qsizetype numberStart = m.capturedStart(QStringLiteral("number"));
        if (isExcluded(text, currency.isEmpty() ? numberStart : m.capturedStart(QStringLiteral("currency")),
                       end, number) ||
            isRuledOutByUnit(text, end, number, unit))
            continue;
        const QString written =
            QString(number).remove(QLatin1Char(',')) + m.captured(QStringLiteral("scale"));
        const std::optional<double> base = ChineseNumber::parse(written);
        if (!base || overlapsAny(ratios, codePoints.toCodePoint(start), codePoints.toCodePoint(end)))
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
        figure.unit = unit.isEmpty() ? currency : unit;
        if (m_countUnits.contains(unit))
            figure.counts = text.mid(end, countedNounEnd(text, end, words) - end);
        if (!isBareCount(figure, number))
            figures.append(figure);
    }
    std::sort(figures.begin(), figures.end(),
              [](const Figure &a, const Figure &b) { return a.span.start < b.span.start; });
    return figures;
}

} // namespace Pizhu
