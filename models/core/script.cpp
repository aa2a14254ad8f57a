// SPDX-License-Identifier: GPL-3.0-or-later
#include "script.h"

namespace Pizhu {

QString scriptName(Script script)
{
    switch (script) {
    case Script::Simplified:
        return QStringLiteral("simplified");
    case Script::Traditional:
        return QStringLiteral("traditional");
    case Script::Mixed:
        return QStringLiteral("mixed");
    }
    return QStringLiteral("simplified");
}

Script scriptFromName(const QString &name)
{
    if (name == QLatin1String("traditional"))
        return Script::Traditional;
    if (name == QLatin1String("mixed"))
        return Script::Mixed;
    return Script::Simplified;
}

} // namespace Pizhu
