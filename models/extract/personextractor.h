// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"
#include "rawmention.h"
#include "wordlist.h"

#include <QSet>

namespace Pizhu {

class SurnameLexicon;

/**
 * Finds personal names in simplified text by rule. A Chinese name is a surname and one or two
 * given-name characters; it counts when a title stands before it (书记 金艳英), a speech or action
 * word or a title follows it (李鹏说, 江泽民主席), it continues a list of names (闫文婧、贾光斌), or,
 * standing between punctuation, its given name is made of common name characters. A foreign name
 * is a run of transliteration characters with a title or speech word beside it (总统克林顿). Once
 * a name is found, its other mentions in the text count too. A surname with a title (张书记) and
 * anonymised names (张某某) are not names. Lexicons: resources/lexicons/person-*.txt,
 * given-name-*.txt, transliteration.txt, foreign-places.txt.
 */
class PersonExtractor
{
public:
    static const PersonExtractor &instance();

    /** The mentions of people in \a text (simplified), in order, with the role beside each. */
    QList<RawMention> extract(QStringView text) const;
    /**
     * \a names found in \a text by other means (the entity model), completed as extract() completes
     * its own: every other place each name stands, the names listed after them, and roles.
     */
    QList<RawMention> complete(QStringView text, QList<RawMention> names) const;
    /**
     * Whether \a name, found by other means, is no name by these rules: a surname alone (张) or with
     * a title (张书记, a way of address), an anonymised name (张某某), or a place or an office (刘村,
     * 卫建局).
     */
    bool rejects(QStringView name) const;

    /** Where the title, with what qualifies it, that ends at \a end starts (广阳区金桥社区党支部书记), or \a
     * end. */
    qsizetype roleBefore(QStringView text, qsizetype end) const;

    /** Whether \a c is a character of transliterated foreign names (特, 朗, 普). */
    bool isTransliteration(QChar c) const { return m_transliteration.contains(c); }

private:
    PersonExtractor();

    qsizetype chineseNameAt(QStringView text, qsizetype at, bool afterName) const;
    qsizetype foreignNameAt(QStringView text, qsizetype at) const;
    bool isGiven(QStringView text, qsizetype at) const;
    bool titleBefore(QStringView text, qsizetype at) const;
    bool strongAfter(QStringView text, qsizetype end) const;
    bool weakAfter(QStringView text, qsizetype end) const;
    bool placeAfter(QStringView text, qsizetype end) const;
    /** Where an apposition that ends in a title (刘彬，…副书记，) after \a end ends, or \a end. */
    qsizetype roleAfter(QStringView text, qsizetype end) const;
    void addOtherMentions(QStringView text, QList<RawMention> &mentions) const;
    void addListedNames(QStringView text, QList<RawMention> &mentions) const;

    const SurnameLexicon &m_surnames;
    WordList m_titles;
    WordList m_strongCues;
    WordList m_weakCues;
    WordList m_boundaries;
    WordList m_foreignPlaces;
    QSet<QChar> m_nameCharacters;
    QSet<QChar> m_notInNames;
    QSet<QChar> m_ambiguousSurnames;
    QSet<QChar> m_transliteration;
};

} // namespace Pizhu
