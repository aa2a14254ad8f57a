// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooccurrencenetwork.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Pizhu {

/**
 * A co-occurrence network for other tools: its pairs as CSV (R, pandas, Excel), the graph as
 * GraphML (Gephi, igraph, networkx, Cytoscape) or GEXF (Gephi), with each node's kind, label and
 * frequency and each edge's count, PMI and Dice. Written whole or not at all.
 */
class NetworkExport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::NetworkExport)

public:
    /** Whether \a path names a file write() can make: .csv, .graphml or .gexf. */
    static bool isNetworkPath(const QString &path);
    /** Writes \a network to \a path in the format its suffix names; false with \a error naming the file. */
    static bool write(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                      QString *error);
    /**
     * Writes the matrix of the nodes as CSV: a row and a column per node (by label), each cell the
     * units both occur in (0 for pairs left out), the diagonal each node's frequency.
     */
    static bool writeMatrix(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                            QString *error);
    static QJsonObject toJson(const CooccurrenceNetwork &network);

private:
    static bool writeCsv(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                         QString *error);
    static QByteArray graphMl(const CooccurrenceNetwork &network);
    static QByteArray gexf(const CooccurrenceNetwork &network);
};

} // namespace Pizhu
