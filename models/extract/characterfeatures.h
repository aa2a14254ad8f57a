// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <string>
#include <vector>

namespace Pizhu {

class EntityLexicon;

/** The features of every position of a text, one row per position, each a list of hashed keys. */
struct FeatureRows
{
    std::vector<quint32> keys;
    std::vector<quint32> offsets{0}; ///< row i is keys[offsets[i], offsets[i + 1])

    qsizetype size() const { return qsizetype(offsets.size()) - 1; }
};

/**
 * What the entity model sees of each character: the characters and character pairs around it,
 * their classes (Hanzi, Latin, digit, Chinese numeral, punctuation), whether a surname or a
 * transliteration character stands here, which words of the lexicon begin, continue or end
 * here, and where the rule extractors (PersonExtractor, OrganizationExtractor) find names. Keys are hashes,
 * so the model needs no feature dictionary.
 */
class CharacterFeatures
{
public:
    /** Changes whenever what a feature means changes: a model made for another version is refused. */
    static constexpr quint32 Version = 2;

    explicit CharacterFeatures(const EntityLexicon &lexicon);

    /**
     * \a text as the model sees it, one code point per code point of \a text (so offsets hold):
     * full-width Latin and digits and the ideographic space made ASCII.
     */
    static std::u32string normalised(QStringView text);

    FeatureRows of(const std::u32string &text) const;

private:
    const EntityLexicon &m_lexicon;
};

} // namespace Pizhu
