// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooccurrencenetwork.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace Pizhu {

/**
 * Places the nodes of a co-occurrence network for drawing, with Graphviz's neato (a spring
 * model: pairs that occur together often are drawn close), nodes kept apart by their size.
 * Positions and radii are in points; the same network is always placed the same way. Safe to call
 * from any thread (Graphviz itself is not: calls wait for each other).
 */
class NetworkLayout
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::NetworkLayout)

public:
    /** The radius, in points, of a node occurring in \a frequency units, the most frequent in \a highest. */
    static double radius(int frequency, int highest);

    /** The centre of each node, in the order of network.nodes; empty with \a error if Graphviz failed. */
    static QList<QPointF> place(const CooccurrenceNetwork &network, QString *error);
};

} // namespace Pizhu
