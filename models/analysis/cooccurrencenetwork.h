// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Pizhu {

/** What a node of a co-occurrence network stands for. */
enum class NodeKind
{
    Person,
    Organisation,
    Tag,
};

/** Where two nodes must both occur to count together: the same article, or the same paragraph. */
enum class CooccurrenceUnit
{
    Article,
    Paragraph,
};

struct CooccurrenceNode
{
    NodeKind kind = NodeKind::Person;
    QString key;       ///< the entity's simplified key, or the tag's id as text
    QString label;     ///< the entity's name as written, or the tag's path
    int frequency = 0; ///< units (articles or paragraphs) it occurs in

    /** "PER", "ORG" or "TAG", as files and the command line name the kinds. */
    QString kindCode() const;
    /** A stable id for files: "PER:张伟", "TAG:12". */
    QString id() const { return kindCode() + QLatin1Char(':') + key; }
};

struct CooccurrenceEdge
{
    int from = 0; ///< index into the nodes
    int to = 0;
    int count = 0;   ///< units both occur in
    double pmi = 0;  ///< log2 of how much more often than chance they occur together
    double dice = 0; ///< 2·count / (frequency of one + frequency of the other), from 0 to 1
};

/**
 * Which people, organisations and tags occur together, how often, and how strongly (pointwise
 * mutual information, Dice), counted over \a unitCount articles or paragraphs.
 */
struct CooccurrenceNetwork
{
    CooccurrenceUnit unit = CooccurrenceUnit::Article;
    int unitCount = 0;
    QList<CooccurrenceNode> nodes; ///< most frequent first
    QList<CooccurrenceEdge> edges; ///< most frequent first

    bool isEmpty() const { return nodes.isEmpty(); }
};

} // namespace Pizhu
