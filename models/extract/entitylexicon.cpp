// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylexicon.h"

namespace Pizhu {

namespace {

constexpr quint64 HashStart = 14695981039346656037ull;

// FNV-1a over code points; never 0, which marks a free slot.
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
    return hash ? hash : 1;
}

qint64 EntityLexicon::find(quint64 key) const
{
    if (m_keys.empty())
        return -1;
    key = key ? key : 1;
    const size_t mask = m_keys.size() - 1;
    for (size_t slot = size_t(key) & mask;; slot = (slot + 1) & mask) {
        if (m_keys[slot] == key)
            return m_indexOfKey[slot];
        if (m_keys[slot] == 0)
            return -1;
    }
}

void EntityLexicon::grow()
{
    const size_t size = std::max<size_t>(1024, m_keys.size() * 2);
    std::vector<quint64> keys(size, 0);
    std::vector<quint32> indices(size, 0);
    for (size_t slot = 0; slot < m_keys.size(); ++slot) {
        if (m_keys[slot] == 0)
            continue;
        size_t at = size_t(m_keys[slot]) & (size - 1);
        while (keys[at] != 0)
            at = (at + 1) & (size - 1);
        keys[at] = m_keys[slot];
        indices[at] = m_indexOfKey[slot];
    }
    m_keys = std::move(keys);
    m_indexOfKey = std::move(indices);
}

void EntityLexicon::add(const char32_t *word, int length, quint8 classes)
{
    if (length < MinLength || length > MaxLength || classes == 0)
        return;
    quint64 key = HashStart;
    for (int i = 0; i < length; ++i) {
        key = mix(key, word[i]);
        if (i + 1 >= MinLength)
            insert(key ? key : 1, word, i + 1, i + 1 == length ? classes : 0);
    }
}

void EntityLexicon::insert(quint64 key, const char32_t *word, int length, quint8 classes)
{
    if (const qint64 known = find(key); known >= 0) {
        Entry &entry = m_words[size_t(known)];
        m_wordCount += entry.classes == 0 && classes != 0 ? 1 : 0;
        entry.classes |= classes;
        return;
    }
    if ((m_words.size() + 1) * 2 > m_keys.size())
        grow();
    size_t slot = size_t(key) & (m_keys.size() - 1);
    while (m_keys[slot] != 0)
        slot = (slot + 1) & (m_keys.size() - 1);
    m_keys[slot] = key;
    m_indexOfKey[slot] = quint32(m_words.size());
    m_words.push_back({quint32(m_characters.size()), quint8(length), classes});
    m_characters.append(word, size_t(length));
    m_wordCount += classes != 0 ? 1 : 0;
}

quint8 EntityLexicon::classesOf(const char32_t *text, int length) const
{
    const qint64 found = find(keyOf(text, length));
    return found < 0 ? 0 : m_words[size_t(found)].classes;
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
            const qint64 found = find(hash ? hash : 1);
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
    for (auto &[length, classes] : entries)
        stream >> length >> classes;
    QString characters;
    stream >> characters;
    const QList<uint> codePoints = characters.toUcs4();
    while (m_keys.size() < size_t(count) * 3)
        grow();
    m_words.reserve(count);
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
