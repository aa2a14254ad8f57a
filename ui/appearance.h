// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * Light or dark for the whole application: as the system has it, or chosen in Preferences. A
 * chosen look uses Qt's Fusion style with a palette of its own, the same on every desktop; going
 * back to the system's restores the style and palette Pizhu started with.
 */
class Appearance
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };

    /** Applies \a mode to the application; call once at start-up and on every change. */
    static void apply(Mode mode);
    static Mode current();
    /** Whether the application's palette is a dark one now, whatever made it so. */
    static bool isDark();

    static QString modeName(Mode mode); ///< "system", "light", "dark", as stored
    static Mode modeFromName(const QString &name);
};

} // namespace Pizhu
