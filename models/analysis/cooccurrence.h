// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooccurrencenetwork.h"
#include "occurrencereader.h"
#include "search/articlelistquery.h"

#include <QCoreApplication>
#include <vector>

namespace Pizhu {

class CorpusDatabase;
class JobControl;

/**
 * Which people, organisations and tags occur together in the same article or paragraph (Tools →
 * Co-occurrence, pizhu cooccurrence): the most frequent nodes of each kind asked for, every pair
 * that occurs together at least a few times, with the count, PMI and Dice. Counted from the stored
 * entities (rejected ones left out, merged ones counted as what they were merged into) and the
 * coded passages and article tags of every coder.
 */
class Cooccurrence
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::Cooccurrence)

public:
    struct Options
    {
        QList<NodeKind> kinds = {NodeKind::Person, NodeKind::Organisation};
        CooccurrenceUnit unit = CooccurrenceUnit::Article;
        int topNodes = 30;   ///< of each kind
        int minCount = 2;    ///< pairs occurring together fewer times are left out
        ArticleFilter scope; ///< which articles count (every article by default)
    };

    explicit Cooccurrence(Options options);

    const Options &options() const { return m_options; }
    /** The network, or an empty one with errorString() when the corpus could not be read. */
    CooccurrenceNetwork compute(CorpusDatabase &db, JobControl &control);
    QString errorString() const { return m_error; }

    /** The articles where nodes \a from and \a to of the computed network occur together (in one paragraph,
     * if counted so). */
    QList<qint64> articlesOf(int from, int to) const;
    /** The articles where node \a node of the computed network occurs. */
    QList<qint64> articlesOf(int node) const;

    /** A unit: an article, and the paragraph in it (0 when counting articles). */
    using Unit = quint64;

private:
    struct Candidate
    {
        CooccurrenceNode node;
        std::vector<Unit> units; // sorted, unique
    };

    bool readCandidates(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control);
    bool placeInUnits(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control);
    /** Reads the bodies once, in storage order, to place each occurrence in its paragraphs and count them
     * all. */
    bool placeInParagraphs(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control);
    void keepMostFrequent(QList<Candidate> *candidates) const;
    CooccurrenceNetwork network(const QList<Candidate> &nodes) const;
    bool fail(const QString &error);

    Options m_options;
    QString m_error;
    int m_unitCount = 0;
    std::optional<QSet<qint64>> m_scope;                // none: every article
    std::vector<std::vector<Occurrence>> m_occurrences; // of each candidate, while computing
    std::vector<std::vector<Unit>> m_unitsOfNode;       // of the computed network's nodes
};

} // namespace Pizhu
