// SPDX-License-Identifier: GPL-3.0-or-later
#include "characterfeatures.h"

#include "entitylexicon.h"
#include "organizationextractor.h"
#include "personextractor.h"
#include "text/codepointindex.h"
#include "text/hanzi.h"
#include "text/surnamelexicon.h"

namespace Pizhu {

namespace {

// Stand-ins for the characters before the start and after the end of a text.
constexpr char32_t BeforeText = 0x110001;
constexpr char32_t AfterText = 0x110002;

enum Template : quint32
{
    Bias = 1,
    Unigram,
    Bigram = Unigram + 5,
    SkipBigram = Bigram + 4,
    Trigram,
    ClassTrigram,
    Surname,
    Transliteration,
    LexiconBegin,
    LexiconEnd,
    LexiconInside,
    RulePerson,
    RuleOrganization,
};

/** A feature key: the template and its values, mixed (FNV-1a over 32-bit words, then an avalanche). */
class Key
{
public:
    explicit Key(quint32 feature) { add(feature); }
    Key &add(quint32 value)
    {
        m_hash = (m_hash ^ value) * 16777619u;
        return *this;
    }
    quint32 value() const
    {
        quint32 h = m_hash;
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

private:
    quint32 m_hash = 2166136261u;
};

char32_t characterClass(char32_t c)
{
    static const std::u32string numerals = U"〇零一二三四五六七八九十百千万亿两几";
    if (c == BeforeText || c == AfterText)
        return 'E';
    if (c >= '0' && c <= '9')
        return 'D';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 'L';
    if (numerals.find(c) != std::u32string::npos)
        return 'N';
    if (c < 0x10000 ? isHanzi(QChar(char16_t(c))) : (c >= 0x20000 && c <= 0x3134f))
        return 'H';
    if (c == ' ' || c == '\t' || c == '\n')
        return 'S';
    if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
        (c >= 0x2000 && c <= 0x206f))
        return 'P';
    return 'O';
}

/**
 * Where the rule extractors' names stand, as a tag per position: 1 begins, 2 continues, 3 ends, 4
 * is a name alone; per class. The rules become evidence the model weighs, not a second extractor.
 */
std::vector<quint8> ruleTags(const std::u32string &text)
{
    std::vector<quint8> tags(text.size() * 2, 0);
    const QString simplified = QString::fromUcs4(text.data(), qsizetype(text.size()));
    const CodePointIndex index(simplified);
    const QList<RawMention> people = PersonExtractor::instance().extract(simplified);
    const QList<RawMention> organizations = OrganizationExtractor::instance().extract(simplified, people);
    const auto mark = [&](const QList<RawMention> &mentions, size_t kind) {
        for (const RawMention &mention : mentions) {
            const int start = index.toCodePoint(mention.start);
            const int end = index.toCodePoint(mention.end);
            for (int i = start; i < end; ++i)
                tags[size_t(i) * 2 + kind] = end - start == 1 ? 4 : i == start ? 1 : i == end - 1 ? 3 : 2;
        }
    };
    mark(people, 0);
    mark(organizations, 1);
    return tags;
}

} // namespace

CharacterFeatures::CharacterFeatures(const EntityLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

std::u32string CharacterFeatures::normalised(QStringView text)
{
    std::u32string result;
    result.reserve(size_t(text.size()));
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0xff01 && c <= 0xff5e)
            result.push_back(c - 0xfee0);
        else if (c == 0x3000)
            result.push_back(' ');
        else
            result.push_back(c);
    }
    return result;
}

FeatureRows CharacterFeatures::of(const std::u32string &text) const
{
    const qsizetype size = qsizetype(text.size());
    const auto at = [&](qsizetype i) {
        return i < 0 ? BeforeText : i >= size ? AfterText : text[size_t(i)];
    };
    const std::vector<EntityLexicon::PositionMatches> words = m_lexicon.matches(text);
    const std::vector<quint8> rules = ruleTags(text);
    const SurnameLexicon &surnames = SurnameLexicon::instance();
    const PersonExtractor &people = PersonExtractor::instance();
    const auto isTransliteration = [&](qsizetype i) {
        const char32_t c = at(i);
        return c < 0x10000 && people.isTransliteration(QChar(char16_t(c)));
    };
    FeatureRows rows;
    rows.keys.reserve(size_t(size) * 24);
    rows.offsets.reserve(size_t(size) + 1);
    for (qsizetype i = 0; i < size; ++i) {
        auto push = [&](const Key &key) {
            rows.keys.push_back(key.value());
        };
        push(Key(Bias));
        for (int d = -2; d <= 2; ++d)
            push(Key(Unigram + quint32(d + 2)).add(at(i + d)));
        for (int d = -2; d <= 1; ++d)
            push(Key(Bigram + quint32(d + 2)).add(at(i + d)).add(at(i + d + 1)));
        push(Key(SkipBigram).add(at(i - 1)).add(at(i + 1)));
        push(Key(Trigram).add(at(i - 1)).add(at(i)).add(at(i + 1)));
        push(Key(ClassTrigram)
                 .add(characterClass(at(i - 1)))
                 .add(characterClass(at(i)))
                 .add(characterClass(at(i + 1))));
        if (text[size_t(i)] < 0x10000) {
            const char32_t next = at(i + 1);
            const QChar pair[2] = {QChar(char16_t(text[size_t(i)])),
                                   QChar(char16_t(next < 0x10000 ? next : 0))};
            if (const qsizetype surname = surnames.surnameLength(QStringView(pair, 2)))
                push(Key(Surname).add(quint32(surname)));
        }
        const quint32 transliteration = (isTransliteration(i - 1) ? 1 : 0) | (isTransliteration(i) ? 2 : 0) |
                                        (isTransliteration(i + 1) ? 4 : 0);
        if (transliteration)
            push(Key(Transliteration).add(transliteration));
        const EntityLexicon::PositionMatches &match = words[size_t(i)];
        for (quint32 c = 0; c < EntityLexicon::ClassCount; ++c) {
            if (const quint8 length = match.beginLength[c])
                push(Key(LexiconBegin).add(c).add(std::min<quint32>(length, 5)));
            if (const quint8 length = match.endLength[c])
                push(Key(LexiconEnd).add(c).add(std::min<quint32>(length, 5)));
            if (match.insideClasses & (1 << c))
                push(Key(LexiconInside).add(c));
        }
        if (const quint8 tag = rules[size_t(i) * 2])
            push(Key(RulePerson).add(tag));
        if (const quint8 tag = rules[size_t(i) * 2 + 1])
            push(Key(RuleOrganization).add(tag));
        rows.offsets.push_back(quint32(rows.keys.size()));
    }
    return rows;
}

} // namespace Pizhu
