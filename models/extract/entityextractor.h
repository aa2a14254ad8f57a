// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"
#include "text/scriptconverter.h"

namespace Pizhu {

struct Article;

/**
 * The whole extraction: people, organisations and figures, found in the simplified shadow of a
 * text (DESIGN.md, decision 2) and mapped back to code point offsets in the original, grouped
 * into one entity per name or quantity. People come first, then figures, and organisations take
 * what is left, so no two mentions overlap.
 */
class EntityExtractor
{
public:
    static const EntityExtractor &instance();

    /** The entities of \a original, whose simplified shadow is \a shadow, in order of first mention. */
    QList<ExtractedEntity> extract(const QString &original, const Conversion &shadow) const;
    /**
     * The entities of an article's body, and the people its bylines and editor line credit; the
     * article's shadow is used when it has one, and made otherwise.
     */
    QList<ExtractedEntity> extract(const Article &article) const;

private:
    EntityExtractor() = default;
};

} // namespace Pizhu
