// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/script.h"
#include "text/scriptconverter.h"

#include <QFont>
#include <QStringList>

namespace Pizhu {

/**
 * Which glyph forms Han characters are drawn in. One character has different shapes in mainland,
 * Taiwan, Hong Kong and Japanese fonts (直, 骨, 令), and with a system language that is not Chinese
 * the font fallback picks a Japanese font. So fonts are chosen by the script on show: SC for
 * simplified, TC for traditional and Taiwan, HK for Hong Kong, with Chinese fonts only behind them.
 */
class ChineseFonts
{
public:
    enum class Forms
    {
        Simplified,
        Traditional,
        HongKong,
    };

    /** The forms for an article written in \a original and shown in \a mode. */
    static Forms formsFor(ScriptMode mode, Script original);
    /** The forms for the UI language ("en", "zh_CN", "zh_TW"): TC for zh_TW, SC otherwise. */
    static Forms formsForLanguage(const QString &language);

    /** Chinese families for \a forms, best first: Noto/Source Han, then common fallbacks. */
    static QStringList families(Forms forms);

    /** \a base drawn in \a forms: the Chinese families first (the reader: they have Latin too). */
    static QFont chineseFirst(const QFont &base, Forms forms);
    /** \a base with the Chinese families behind its own (UI text: Latin stays the system's). */
    static QFont chineseBehind(const QFont &base, Forms forms);

    /** Lists, docks and dialogs: Chinese text in the forms of the UI \a language. */
    static void applyToApplication(const QString &language);
};

} // namespace Pizhu
