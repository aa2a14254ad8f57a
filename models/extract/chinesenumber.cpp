// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesenumber.h"

#include <QString>

namespace Pizhu {

namespace {

int digitOf(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
    case u'兩':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

double unitOf(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
    case u'萬':
        return 1e4;
    case u'亿':
    case u'億':
        return 1e8;
    default:
        return 0;
    }
}

// 两千三百, 十二, 一万二千五百: sections below 万 summed, then scaled by 万 and 亿.
std::optional<double> parseNumerals(QStringView text)
{
    double total = 0;
    double section = 0;
    double digit = -1;
    for (const QChar c : text) {
        if (const int d = digitOf(c); d >= 0) {
            digit = d;
            continue;
        }
        const double unit = unitOf(c);
        if (unit == 0)
            return std::nullopt;
        if (unit >= 1e4) {
            section += digit < 0 ? 0 : digit;
            total = (total + section) * unit;
            section = 0;
        } else {
            section += (digit < 0 ? 1 : digit) * unit; // 十二: 十 alone is 10
        }
        digit = -1;
    }
    return total + section + (digit < 0 ? 0 : digit);
}

} // namespace

bool ChineseNumber::isDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

bool ChineseNumber::isNumeral(QChar c)
{
    return digitOf(c) >= 0 || unitOf(c) > 0;
}

std::optional<double> ChineseNumber::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Digits first (with a decimal point and thousands commas), then any 万 / 亿 multipliers.
    QString digits;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDigit(c))
            digits += QChar(c.unicode() >= 0xFF10 ? char16_t(u'0' + (c.unicode() - 0xFF10)) : c.unicode());
        else if ((c == QLatin1Char('.') || c == QChar(0xFF0E)) && !digits.isEmpty())
            digits += QLatin1Char('.');
        else if (c == QLatin1Char(',') && !digits.isEmpty())
            continue;
        else
            break;
    }
    if (digits.isEmpty())
        return parseNumerals(text);
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    for (; i < text.size(); ++i) {
        const double unit = unitOf(text.at(i));
        if (unit < 1e4)
            return std::nullopt;
        value *= unit;
    }
    return value;
}

} // namespace Pizhu
