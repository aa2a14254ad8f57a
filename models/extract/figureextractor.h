// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace Pizhu {

/** A quantity in a text: 9.9万名(党员), 7800多个, 近1900万元. */
struct Figure
{
    TextSpan span; ///< code points in the text it was found in (the simplified shadow)
    QString text;  ///< as written, number to unit
    double value = 0;
    QString approx; ///< "more than", "about", "nearly", or empty
    QString unit;   ///< 名, 元, 岁 ...
    QString counts; ///< the noun counted (党员, 居民) when there is one
};

/**
 * Finds quantities by rule: an optional approximation word (近, 约, 超, 逾), a number in digits or
 * Chinese numerals, 多/余 and 万/亿 in either order, and a measure word or unit from
 * resources/lexicons/measure-words.txt. Dates, clock times, years, ordinals (第一), set phrases
 * (三天三夜, resources/lexicons/numeral-idioms.txt), the indefinite 一 (一名党员), phone numbers
 * and codes are not quantities. Deterministic and explainable: every rule is here.
 */
class FigureExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::FigureExtractor)

public:
    static const FigureExtractor &instance();

    /** The figures in \a text, in order; \a text is expected in simplified script. */
    QList<Figure> extract(const QString &text) const;

private:
    FigureExtractor();
    bool isExcluded(const QString &text, qsizetype start, qsizetype end, const QString &number) const;
    QString countedNoun(const QString &text, qsizetype from) const;

    QStringList m_units; ///< longest first
    QSet<QString> m_countUnits;
    QStringList m_idioms;
};

} // namespace Pizhu
