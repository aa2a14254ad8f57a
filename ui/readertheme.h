// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace Pizhu {

/**
 * The colours of the reader and of what is marked in it: the page, its text, the entity types,
 * find hits and the flash of a passage. Views take every colour from the reader's theme, so that
 * a dark theme is dark everywhere. A theme is Pizhu's own light or dark palette, or, where KF6
 * SyntaxHighlighting is present, one of its themes (SyntaxSupport::theme), whose text styles
 * give the entity colours as they give the reading aids theirs.
 */
struct ReaderTheme
{
    QString name; ///< the KSyntaxHighlighting theme's name; empty for Pizhu's own palettes
    bool dark = false;
    QColor page;
    QColor text;
    QColor dimText;         ///< header lines, set-aside lines, captions
    QColor imageBackground; ///< the band an image placeholder sits in
    QColor person;
    QColor organization;
    QColor figure;
    QColor findHit;
    QColor findCurrent;
    QColor flash;    ///< a passage opened from the Passages dock, for a moment
    QColor markText; ///< text over find hits and flashes, which are opaque

    /** Pizhu's own light or dark palette, made to go with \a palette's other colours. */
    static ReaderTheme own(bool dark);
    /** Whether \a palette is a dark one (its base darker than its text). */
    static bool isDark(const QPalette &palette);

    /** The translucent background an entity of \a type is marked with. */
    QColor entityColor(EntityType type) const;
    /** What the translucent \a mark looks like over the page, as one opaque colour (for legends). */
    QColor overPage(const QColor &mark) const;
    /** \a palette with its base, text and the reader's greys from this theme. */
    QPalette applyTo(QPalette palette) const;
};

} // namespace Pizhu
