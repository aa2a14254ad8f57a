// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;

/**
 * Synthesises news articles from real ones, for scale tests and benchmarks: each generated article
 * takes a source article's paragraphs (some dropped, the rest in order), gives new figures to its
 * numbers, credits a generated reporter and quotes a generated person, dates it between 2015 and
 * 2023, and a third of them are converted to traditional script. The same seed gives the same corpus.
 */
class CorpusGenerator
{
public:
    struct Source
    {
        QString title;
        QStringList paragraphs;
    };

    explicit CorpusGenerator(quint32 seed = 20181115);

    /** Adds the seeds bundled with Pizhu (resources/samples), parsed as import parses them. */
    void addSeeds(const QString &folder);
    /** Adds up to \a limit articles of a JSONL corpus ({"title", "text"}); returns how many. */
    int addJsonl(const QString &path, int limit = -1);
    int sourceCount() const { return int(m_sources.size()); }

    /** One JSON line for article number \a index: title, text, date, source, author. */
    QByteArray jsonLine(int index);
    /** Writes \a count articles to \a path as JSONL; false if it cannot be written. */
    bool writeJsonl(const QString &path, int count);
    /**
     * Writes \a count articles of the seeds in \a seedFolder to \a jsonl and imports them into
     * \a db, as a user's import would; how many were imported (-1 if the file cannot be written).
     */
    static int importSeedVariations(CorpusDatabase &db, const QString &seedFolder, const QString &jsonl,
                                    int count);

private:
    QString personName();
    QString varyNumbers(const QString &text);

    QList<Source> m_sources;
    QRandomGenerator m_random;
    QStringList m_outlets;
};

} // namespace Pizhu
