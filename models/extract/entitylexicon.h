// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probingtable.h"

#include <QDataStream>
#include <QList>
#include <QString>
#include <array>
#include <string>
#include <vector>

namespace Pizhu {

/**
 * The word lists the entity model's features consult: people, places, organisations and plain
 * words, each word with the classes it belongs to; and which words are common nouns or can
 * qualify one, for the figures. The shipped lists are derived from jieba's dictionary when the model is
 * trained (its nr/nrt, ns, nt and noun tags) and travel inside the model file, so that the features at
 * extraction time are those the model was trained with.
 */
class EntityLexicon
{
public:
    enum Class : quint8
    {
        Person = 1,
        Place = 2,
        Organization = 4,
        Word = 8,
        Noun = 16,     ///< a common noun: where a figure's counted noun ends; no feature of the model
        Modifier = 32, ///< an adjective or verb that can qualify a noun (临时, 重大, 隔离); no feature
        Corpus = 64,   ///< a name a corpus's researchers confirmed or added, found wherever it stands
    };
    static constexpr int ClassCount = 4; ///< the classes the model's features see
    static constexpr int MinLength = 2;
    static constexpr int MaxLength = 8;

    /** What the lexicon knows of one position of a text, for each class (in the order of Class). */
    struct PositionMatches
    {
        std::array<quint8, ClassCount> beginLength{}; ///< the longest word of the class starting here
        std::array<quint8, ClassCount> endLength{};   ///< the longest word of the class ending here
        quint8 insideClasses = 0;                     ///< classes with a word here, not at its edges
    };

    /** Adds \a word (code points) with \a classes; words outside MinLength..MaxLength are ignored. */
    void add(const std::u32string &word, quint8 classes) { add(word.data(), int(word.size()), classes); }
    void add(const char32_t *word, int length, quint8 classes);
    /** Makes \a word one of \a classes only, whatever it was (a club that a dictionary calls a person). */
    void set(const std::u32string &word, quint8 classes);
    qsizetype size() const { return m_wordCount; }
    /** The classes of the word of \a length code points at \a text, or 0 when it is not listed. */
    quint8 classesOf(const char32_t *text, int length) const;
    /** Whether some word has the class \a bit. */
    bool hasClass(quint8 bit) const;

    std::vector<PositionMatches> matches(const std::u32string &text) const;

    void write(QDataStream &stream) const;
    /** Reads what write() wrote; false, with the stream's status set, when it is not whole. */
    bool read(QDataStream &stream);

private:
    static quint64 keyOf(const char32_t *text, int length);
    /** The index into m_words of the word with \a key, or -1. */
    qint64 find(quint64 key) const;

    struct Entry
    {
        quint32 offset = 0; ///< into m_characters
        quint8 length = 0;
        quint8 classes = 0;
    };

    ProbingTable<quint64, quint32> m_indexOfKey; ///< a word's key to its index in m_words
    std::vector<Entry> m_words; ///< words, and their beginnings (no classes) so a search can stop early
    qsizetype m_wordCount = 0;
    std::u32string m_characters; ///< every word, one after another
};

} // namespace Pizhu
