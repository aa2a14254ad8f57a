// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Pizhu {

/**
 * A lexicon of words from a data file under resources/lexicons, indexed by first and last
 * character, so that the extractors can ask "which word starts (or ends) here?" at every position
 * of a text without building substrings.
 */
class WordList
{
public:
    WordList() = default;
    explicit WordList(const QStringList &words);

    /**
     * The space-separated words of a lexicon resource. With \a section, only the lines that start
     * with "section:" count (and the prefix is dropped); without it, lines with a section are skipped.
     */
    static WordList fromResource(const QString &resourcePath, const QString &section = {});
    /** Every character on the lines of a resource, for lexicons that are sets of characters. */
    static QSet<QChar> charactersFromResource(const QString &resourcePath);

    bool contains(QStringView word) const;
    /** The length of the longest word that starts at \a position in \a text, or 0. */
    qsizetype longestAt(QStringView text, qsizetype position) const;
    /** The length of the longest word that ends just before \a end in \a text, or 0. */
    qsizetype longestEndingAt(QStringView text, qsizetype end) const;
    /** The lengths of every word that starts at \a position, longest first. */
    QList<qsizetype> allAt(QStringView text, qsizetype position) const;

    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
    QHash<QChar, QStringList> m_byFirst; ///< longest first
    QHash<QChar, QStringList> m_byLast;  ///< longest first
};

} // namespace Pizhu
