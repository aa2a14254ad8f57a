// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <array>

namespace Pizhu {

QColor ChartPalette::color(int index)
{
    // Okabe & Ito (2008), "Color Universal Design", without its black.
    static constexpr std::array<QRgb, 7> colors = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00,
                                                   0xCC79A7, 0x56B4E9, 0xF0E442};
    const int cycle = index / int(colors.size());
    const QColor base = QColor::fromRgb(colors.at(size_t(index % int(colors.size()))));
    return cycle == 0 ? base : base.darker(100 + 40 * cycle);
}

} // namespace Pizhu
