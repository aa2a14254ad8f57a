// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylexicon.h"

#include <algorithm>
#include <optional>

namespace Pizhu {

namespace {

constexpr quint64 HashStart = 14695981039346656037ull;

// FNV-1a over code points.
quint64 mix(quint64 hash, char32_t c)
{
    return (hash ^ c) * 1099511628211ull;
}

} // namespace

quint64 EntityLexicon::keyOf(const char32_t *text, int length)
{
    quint64 hash = HashStart;
    for (int i = 0; i < length; ++i)
        hash = mix(hash, text[i]);
    return hash;
}

qint64 EntityLexicon::find(quint64 key) const
{
    const quint32 *index = m_indexOfKey.find(key);
    return index ? qint64(*index) : -1;
}

void EntityLexicon::add(const char32_t *word, int length, quint8 classes)
{
    if (length < MinLength || length > MaxLength || classes == 0)
        return;
    // A word's beginnings are entries too (so a search can stop early); they share its characters.
    std::optional<quint32> offset;
    quint64 key = HashStart;
    for (int i = 0; i < length; ++i) {
        key = mix(key, word[i]);
        if (i + 1 < MinLength)
            continue;
        const quint8 own = i + 1 == length ? classes : 0;
        if (const qint64 known = find(key); known >= 0) {
            Entry &entry = m_words[size_t(known)];
            m_wordCount += entry.classes == 0 && own != 0 ? 1 : 0;
            entry.classes |= own;
            continue;
        }
        if (!offset) {
            offset = quint32(m_characters.size());
            m_characters.append(word, size_t(length));
        }
        m_indexOfKey.insert(key, quint32(m_words.size()));
        m_words.push_back({*offset, quint8(i + 1), own});
        m_wordCount += own != 0 ? 1 : 0;
    }
}

void EntityLexicon::set(const std::u32string &word, quint8 classes)
{
    const qint64 known = find(keyOf(word.data(), int(word.size())));
    if (known < 0) {
        add(word, classes);
        return;
    }
    Entry &entry = m_words[size_t(known)];
    m_wordCount += (classes != 0 ? 1 : 0) - (entry.classes != 0 ? 1 : 0);
    entry.classes = classes;
}

quint8 EntityLexicon::classesOf(const char32_t *text, int length) const
{
    const qint64 found = find(keyOf(text, length));
    return found < 0 ? 0 : m_words[size_t(found)].classes;
}

bool EntityLexicon::hasClass(quint8 bit) const
{
    return std::any_of(m_words.cbegin(), m_words.cend(),
                       [bit](const Entry &entry) { return entry.classes & bit; });
}

std::vector<EntityLexicon::PositionMatches> EntityLexicon::matches(const std::u32string &text) const
{
    const int size = int(text.size());
    std::vector<PositionMatches> result(text.size());
    if (m_words.empty())
        return result;
    for (int start = 0; start < size; ++start) {
        quint64 hash = mix(HashStart, text[size_t(start)]);
        for (int length = 2; length <= MaxLength && start + length <= size; ++length) {
            hash = mix(hash, text[size_t(start + length - 1)]);
            const qint64 found = find(hash);
            if (found < 0)
                break; // no word begins so
            const quint8 classes = m_words[size_t(found)].classes;
            const int end = start + length;
            for (int c = 0; c < ClassCount; ++c) {
                if (!(classes & (1 << c)))
                    continue;
                auto &begin = result[size_t(start)].beginLength[size_t(c)];
                begin = std::max<quint8>(begin, quint8(length));
                auto &last = result[size_t(end - 1)].endLength[size_t(c)];
                last = std::max<quint8>(last, quint8(length));
                for (int i = start + 1; i < end - 1; ++i)
                    result[size_t(i)].insideClasses |= quint8(1 << c);
            }
        }
    }
    return result;
}

void EntityLexicon::write(QDataStream &stream) const
{
    std::u32string characters;
    stream << quint32(m_wordCount);
    for (const Entry &entry : m_words) {
        if (entry.classes == 0)
            continue;
        stream << entry.length << entry.classes;
        characters.append(m_characters, entry.offset, entry.length);
    }
    stream << QString::fromUcs4(characters.data(), qsizetype(characters.size()));
}

bool EntityLexicon::read(QDataStream &stream)
{
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > (1u << 24)) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    std::vector<std::pair<quint8, quint8>> entries(count);
    static_assert(sizeof(entries[0]) == 2);
    const int entryBytes = int(count * 2);
    if (stream.readRawData(reinterpret_cast<char *>(entries.data()), entryBytes) != entryBytes) {
        stream.setStatus(QDataStream::ReadPastEnd);
        return false;
    }
    QString characters;
    stream >> characters;
    const QList<uint> codePoints = characters.toUcs4();
    // A word's beginnings are entries too: about half as many again.
    m_indexOfKey.reserve(size_t(count) * 3 / 2);
    m_words.reserve(size_t(count) * 3 / 2);
    m_characters.reserve(size_t(codePoints.size()));
    size_t at = 0;
    for (const auto &[length, classes] : entries) {
        if (stream.status() != QDataStream::Ok || at + length > size_t(codePoints.size())) {
            stream.setStatus(QDataStream::ReadCorruptData);
            return false;
        }
        add(reinterpret_cast<const char32_t *>(codePoints.constData()) + at, length, classes);
        at += length;
    }
    return stream.status() == QDataStream::Ok;
}

} // namespace Pizhu
