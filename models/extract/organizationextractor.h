// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"
#include "rawmention.h"
#include "wordlist.h"

namespace Pizhu {

/**
 * Finds organisation names in simplified text by rule, as the longest span that names them:
 * a word an organisation name ends with (组织部, 妇幼保健院, 党支部; resources/lexicons/
 * org-suffixes.txt) and, before it, the name and place it belongs to, up to the nearest word
 * that cannot be part of a name (记者从|廊坊市安次区委组织部|获悉; org-boundaries.txt). A single
 * character that ends names (局, 委, 队) needs a place before it (区卫生健康局, 中国队). Well-known
 * names and abbreviations (新华社, 国务院; org-names.txt) count on their own. A span whose name is
 * only a generic word (党组织, 各级党组织) is not an organisation.
 */
class OrganizationExtractor
{
public:
    static const OrganizationExtractor &instance();

    /** The organisations in \a text (simplified), in order; none overlaps \a taken. */
    QList<RawMention> extract(QStringView text, const QList<RawMention> &taken = {}) const;

private:
    OrganizationExtractor();

    class Coverage;
    struct Span
    {
        qsizetype start;
        qsizetype end;
    };

    std::optional<Span> nameEndingWith(QStringView text, qsizetype suffixStart, qsizetype suffixLength,
                                       bool weak, const Coverage &inside) const;
    bool hasPlace(QStringView name) const;
    bool continuesPast(QStringView text, qsizetype suffixStart, qsizetype end) const;

    WordList m_suffixes;
    WordList m_weakSuffixes;
    WordList m_generic;
    WordList m_genericNames;
    WordList m_notSuffixes;
    WordList m_names;
    WordList m_boundaries;
    WordList m_places;
    WordList m_prefixes;
    WordList m_foreignPlaces;
};

} // namespace Pizhu
