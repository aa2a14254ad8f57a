// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordlist.h"

#include "text/resourcetext.h"

#include <algorithm>

namespace Pizhu {

WordList::WordList(const QStringList &words)
    : m_words(words)
{
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        m_byFirst[word.front()].append(word);
        m_byLast[word.back()].append(word);
    }
    const auto longestFirst = [](const QString &a, const QString &b) {
        return a.size() > b.size();
    };
    for (QStringList &list : m_byFirst)
        std::stable_sort(list.begin(), list.end(), longestFirst);
    for (QStringList &list : m_byLast)
        std::stable_sort(list.begin(), list.end(), longestFirst);
}

WordList WordList::fromResource(const QString &resourcePath, const QString &section)
{
    QStringList words;
    const QString prefix = section + QLatin1Char(':');
    for (const QString &line : ResourceText::lines(resourcePath)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const bool hasSection = colon > 0 && colon < 12 && line.at(colon - 1).unicode() < 0x80;
        if (section.isEmpty() ? hasSection : !line.startsWith(prefix))
            continue;
        words += line.mid(section.isEmpty() ? 0 : prefix.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    words.removeDuplicates();
    return WordList(words);
}

QSet<QChar> WordList::charactersFromResource(const QString &resourcePath)
{
    QSet<QChar> characters;
    for (const QString &line : ResourceText::lines(resourcePath)) {
        for (const QChar c : line) {
            if (!c.isSpace())
                characters.insert(c);
        }
    }
    return characters;
}

bool WordList::contains(QStringView word) const
{
    if (word.isEmpty())
        return false;
    const auto it = m_byFirst.constFind(word.front());
    return it != m_byFirst.cend() &&
           std::any_of(it->cbegin(), it->cend(), [word](const QString &w) { return w == word; });
}

qsizetype WordList::longestAt(QStringView text, qsizetype position) const
{
    if (position < 0 || position >= text.size())
        return 0;
    const auto it = m_byFirst.constFind(text.at(position));
    if (it == m_byFirst.cend())
        return 0;
    const QStringView rest = text.mid(position);
    for (const QString &word : *it) {
        if (rest.startsWith(word))
            return word.size();
    }
    return 0;
}

qsizetype WordList::longestEndingAt(QStringView text, qsizetype end) const
{
    if (end <= 0 || end > text.size())
        return 0;
    const auto it = m_byLast.constFind(text.at(end - 1));
    if (it == m_byLast.cend())
        return 0;
    const QStringView before = text.left(end);
    for (const QString &word : *it) {
        if (before.endsWith(word))
            return word.size();
    }
    return 0;
}

QList<qsizetype> WordList::allAt(QStringView text, qsizetype position) const
{
    QList<qsizetype> lengths;
    if (position < 0 || position >= text.size())
        return lengths;
    const auto it = m_byFirst.constFind(text.at(position));
    if (it == m_byFirst.cend())
        return lengths;
    const QStringView rest = text.mid(position);
    for (const QString &word : *it) {
        if (rest.startsWith(word))
            lengths.append(word.size());
    }
    return lengths;
}

} // namespace Pizhu
