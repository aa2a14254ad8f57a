// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace Pizhu {

class EntityLexicon;

/** A quantity in a text: 9.9万名(党员), 7800多个, 近1900万元. */
struct Figure
{
    TextSpan span; ///< code points in the text it was found in (the simplified shadow)
    QString text;  ///< as written, number to unit
    double value = 0;
    QString approx; ///< "more than", "about", "nearly", or empty
    QString unit;   ///< 名, 元, 岁 ...
    QString counts; ///< the noun counted (党员, 居民) when there is one, right after the figure
};

/**
 * Finds quantities by rule: an optional approximation word (近, 约, 超, 逾) or currency (RMB, US$,
 * ￥), a number in digits or Chinese numerals, 多/余 and 万/亿 in either order, and a measure word
 * or unit from resources/lexicons/measure-words.txt (durations such as 5年 and 十多天, records such
 * as 6连胜 among them); and, through RatioExtractor, fractions, percentages and scores. Dates,
 * years (2020年), clock times, ordinals (第一), set phrases (三天三夜,
 * resources/lexicons/numeral-idioms.txt), the indefinite 一 (一名党员), small bare counts (两个,
 * 三人: nothing to count across a corpus), phone numbers and codes are not quantities. The noun a
 * count counts is found with a word list: the common noun after it, or a word that qualifies a
 * noun and that noun (志愿者, 临时党支部, 重大项目).
 * Deterministic and explainable: every rule is here.
 */
class FigureExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::FigureExtractor)

public:
    static const FigureExtractor &instance();

    /** "nearly" (近, 将近), "about" (约, 大约, 左右), "more than" (多, 余, 超, 逾 ...) or empty. */
    static QString approximation(const QString &word);
    /** The pattern of a leading approximation word, as the named group "prefix", optional. */
    static QString approximationPrefixPattern();

    /**
     * The figures in \a text, in order; \a text is expected in simplified script. \a words tells
     * where counted nouns end; without it, a counted noun is two characters long.
     */
    QList<Figure> extract(const QString &text, const EntityLexicon *words = nullptr) const;

private:
    FigureExtractor();
    bool isExcluded(const QString &text, qsizetype start, qsizetype end, const QString &number) const;
    /** Whether \a unit after \a number names no quantity: a year, a school year, a decade, a date, tenths
     * past ten. */
    bool isRuledOutByUnit(const QString &text, qsizetype unitEnd, const QString &number,
                          const QString &unit) const;
    bool isBareCount(const Figure &figure, const QString &number) const;
    QString unitAt(const QString &text, qsizetype at) const;
    qsizetype countedNounEnd(const QString &text, qsizetype from, const EntityLexicon *words) const;

    QStringList m_units; ///< longest first
    QSet<QString> m_countUnits;
    QStringList m_idioms;
};

} // namespace Pizhu
