// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Pizhu {

/** A mention found in the simplified text, before mentions are grouped; UTF-16 indices. */
struct RawMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype roleStart = 0; ///< the role or title beside a person, if roleEnd > roleStart
    qsizetype roleEnd = 0;
};

} // namespace Pizhu
