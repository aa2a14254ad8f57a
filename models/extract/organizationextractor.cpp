// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationextractor.h"

#include "text/hanzi.h"

namespace Pizhu {

namespace {

constexpr qsizetype MaxNameLength = 20;

bool isNameCharacter(QChar c)
{
    return isHanzi(c) || (c.unicode() < 0x80 && c.isLetter());
}

} // namespace

/** Which positions of a text other mentions already cover, answered in constant time. */
class OrganizationExtractor::Coverage
{
public:
    Coverage(qsizetype length, const QList<RawMention> &mentions)
        : m_covered(size_t(length), false)
    {
        for (const RawMention &m : mentions)
            std::fill(m_covered.begin() + m.start, m_covered.begin() + std::min(m.end, length), true);
    }
    bool operator()(qsizetype position) const
    {
        return position >= 0 && size_t(position) < m_covered.size() && m_covered[size_t(position)];
    }

private:
    std::vector<bool> m_covered;
};

const OrganizationExtractor &OrganizationExtractor::instance()
{
    static const OrganizationExtractor extractor;
    return extractor;
}

OrganizationExtractor::OrganizationExtractor()
    : m_suffixes(WordList::fromResource(QStringLiteral(":/lexicons/org-suffixes.txt")))
    , m_weakSuffixes(
          WordList::fromResource(QStringLiteral(":/lexicons/org-suffixes.txt"), QStringLiteral("weak")))
    , m_generic(
          WordList::fromResource(QStringLiteral(":/lexicons/org-suffixes.txt"), QStringLiteral("generic")))
    , m_genericNames(WordList::fromResource(QStringLiteral(":/lexicons/org-suffixes.txt"),
                                            QStringLiteral("genericname")))
    , m_notSuffixes(
          WordList::fromResource(QStringLiteral(":/lexicons/org-suffixes.txt"), QStringLiteral("notsuffix")))
    , m_names(WordList::fromResource(QStringLiteral(":/lexicons/org-names.txt")))
    , m_boundaries(WordList::fromResource(QStringLiteral(":/lexicons/org-boundaries.txt")))
    , m_places(WordList::fromResource(QStringLiteral(":/lexicons/places.txt")))
    , m_prefixes(WordList::fromResource(QStringLiteral(":/lexicons/places.txt"), QStringLiteral("prefix")))
    , m_foreignPlaces(WordList::fromResource(QStringLiteral(":/lexicons/foreign-places.txt")))
{
}

bool OrganizationExtractor::hasPlace(QStringView name) const
{
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (isPlaceSuffix(name.at(i)))
            return true;
    }
    return m_places.longestAt(name, 0) > 0 || m_prefixes.longestAt(name, 0) > 0 ||
           m_foreignPlaces.longestAt(name, 0) > 0 || m_names.longestAt(name, 0) > 0;
}

bool OrganizationExtractor::continuesPast(QStringView text, qsizetype suffixStart, qsizetype end) const
{
    // 中学|业, 大队|长: a word that starts inside the suffix and runs past it, so the suffix ends no name.
    for (qsizetype at = suffixStart; at < end; ++at) {
        if (at + m_notSuffixes.longestAt(text, at) > end)
            return true;
    }
    return false;
}

std::optional<OrganizationExtractor::Span>
OrganizationExtractor::nameEndingWith(QStringView text, qsizetype suffixStart, qsizetype suffixLength,
                                      bool weak, const Coverage &inside) const
{
    const qsizetype end = suffixStart + suffixLength;
    if (continuesPast(text, suffixStart, end) || m_notSuffixes.longestEndingAt(text, end) > suffixLength)
        return std::nullopt;
    qsizetype start = suffixStart;
    while (start > 0 && end - start < MaxNameLength && isNameCharacter(text.at(start - 1)) &&
           !inside(start - 1)) {
        // A boundary word ends the name, unless it is the end of a place or name (日本 holds 本).
        if (const qsizetype boundary = m_boundaries.longestEndingAt(text, start)) {
            const qsizetype known =
                std::max({m_places.longestEndingAt(text, start), m_foreignPlaces.longestEndingAt(text, start),
                          m_names.longestEndingAt(text, start)});
            if (known <= boundary || inside(start - known))
                break;
            start -= known;
            continue;
        }
        --start;
    }
    if (m_names.contains(text.mid(start, end - start)))
        return Span{start, end};
    // 临时党组织, 各级党组织: generic words before the suffix name no particular organisation.
    qsizetype named = start;
    while (named < suffixStart) {
        const qsizetype generic = m_generic.longestAt(text.first(suffixStart), named);
        if (generic == 0)
            break;
        named += generic;
    }
    // 医护人员支援|廊坊市三院, 威胁|中国队: a known place inside the span starts the name, unless a
    // place or name ends right before it (中共|中央政治局, 廊坊市|三河市).
    const QStringView head = text.first(suffixStart);
    for (qsizetype p = named + 1; p + 1 < suffixStart; ++p) {
        const bool placeStarts = m_places.longestAt(head, p) > 0 || m_foreignPlaces.longestAt(head, p) > 0;
        const bool afterKnown = isPlaceSuffix(text.at(p - 1)) || m_names.longestEndingAt(head, p) > 0 ||
                                m_prefixes.longestEndingAt(head, p) > 0 ||
                                m_places.longestEndingAt(head, p) > 0;
        if (placeStarts && !afterKnown) {
            named = p;
            break;
        }
    }
    const QStringView name = text.mid(named, suffixStart - named);
    if (m_genericNames.contains(name))
        return std::nullopt;
    // 全国大学英语, 高中学业: a single character before a two-character suffix is part of another word.
    if (!weak && name.size() == 1 && suffixLength <= 2)
        return std::nullopt;
    if (name.isEmpty() || (weak && (name.size() < 2 || !hasPlace(name))))
        return std::nullopt;
    // A name of digits or Latin letters alone is a code, not an organisation.
    if (std::none_of(name.cbegin(), name.cend(), isHanzi))
        return std::nullopt;
    return Span{named, end};
}

QList<RawMention> OrganizationExtractor::extract(QStringView text, const QList<RawMention> &taken) const
{
    const Coverage inside(text.size(), taken);
    QList<Span> candidates;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (!isHanzi(text.at(at)) || inside(at))
            continue;
        if (const qsizetype known = m_names.longestAt(text, at); known > 0 && !inside(at + known - 1))
            candidates.append({at, at + known});
        for (const qsizetype length : m_suffixes.allAt(text, at)) {
            if (!inside(at + length - 1)) {
                if (const auto span = nameEndingWith(text, at, length, false, inside))
                    candidates.append(*span);
            }
        }
        // 部署, 会议: a suffix character that starts another word ends no name.
        const qsizetype notSuffix = m_notSuffixes.longestAt(text, at);
        for (const qsizetype length : m_weakSuffixes.allAt(text, at)) {
            const qsizetype wordEnding = m_notSuffixes.longestEndingAt(text, at + length);
            if (length <= notSuffix || wordEnding > length)
                continue;
            if (!inside(at + length - 1)) {
                if (const auto span = nameEndingWith(text, at, length, true, inside))
                    candidates.append(*span);
            }
        }
    }
    // The longest span names the organisation; spans it covers are parts of its name.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Span &a, const Span &b) { return a.end - a.start > b.end - b.start; });
    QList<RawMention> chosen;
    for (const Span &span : std::as_const(candidates)) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](const RawMention &m) {
            return m.start < span.end && span.start < m.end;
        });
        if (!overlaps)
            chosen.append({span.start, span.end});
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const RawMention &a, const RawMention &b) { return a.start < b.start; });
    return chosen;
}

} // namespace Pizhu
