// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/script.h"

#include <QSet>
#include <QStringList>

namespace Pizhu {

/**
 * Tells simplified from traditional text by its characters, using OpenCC's own character tables:
 * a character that TSCharacters always converts into another is traditional-only (們, 黨), one
 * that STCharacters always converts is simplified-only (们, 党). Characters written in both
 * scripts (中, 家, 了) say nothing.
 */
class ScriptDetector
{
public:
    /** The detector, built once from OpenCC's dictionaries; thread-safe to use. */
    static const ScriptDetector &instance();

    bool isTraditionalOnly(char32_t c) const { return m_traditionalOnly.contains(c); }
    bool isSimplifiedOnly(char32_t c) const { return m_simplifiedOnly.contains(c); }

    /**
     * The script of a text made of \a lines: Mixed when some lines are clearly simplified and others
     * clearly traditional; otherwise the script most of its telling characters belong to.
     * Text without telling characters counts as simplified.
     */
    Script detect(const QStringList &lines) const;

private:
    ScriptDetector();

    QSet<char32_t> m_traditionalOnly;
    QSet<char32_t> m_simplifiedOnly;
};

} // namespace Pizhu
