// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Pizhu {

/**
 * Colours for the series of a chart and the kinds of a network: Okabe and Ito's palette, told
 * apart by readers with the common kinds of colour blindness, then its darker shades.
 */
class ChartPalette
{
public:
    static QColor color(int index);
};

} // namespace Pizhu
