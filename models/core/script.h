// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/** The script an article is written in, judged from its characters. */
enum class Script
{
    Simplified,
    Traditional,
    Mixed,
};

QString scriptName(Script script); ///< "simplified", "traditional", "mixed"
Script scriptFromName(const QString &name);

} // namespace Pizhu
