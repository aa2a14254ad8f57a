// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offsetmap.h"

#include <QString>

namespace Pizhu {

/** A converted text and the map from its offsets to the original's. */
struct Conversion
{
    QString text;
    OffsetMap map;
};

} // namespace Pizhu
