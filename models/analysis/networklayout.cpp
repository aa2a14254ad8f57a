// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklayout.h"

#include <QMutex>
#include <algorithm>
#include <cmath>
#include <graphviz/gvc.h>
#include <memory>

namespace Pizhu {

namespace {

constexpr double SmallestRadius = 8;
constexpr double LargestRadius = 36;
constexpr double PointsPerInch = 72;

// Graphviz takes char * where it only reads; the strings live as long as the call.
void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

struct GraphvizContext
{
    GVC_t *context = gvContext();
    Agraph_t *graph = nullptr;
    bool laidOut = false;

    ~GraphvizContext()
    {
        if (graph && laidOut)
            gvFreeLayout(context, graph);
        if (graph)
            agclose(graph);
        gvFreeContext(context);
    }
};

} // namespace

double NetworkLayout::radius(int frequency, int highest)
{
    if (highest <= 0)
        return SmallestRadius;
    // The area grows with the frequency, as readers compare circles by area.
    const double share = std::sqrt(double(std::max(frequency, 0)) / highest);
    return SmallestRadius + (LargestRadius - SmallestRadius) * share;
}

QList<QPointF> NetworkLayout::place(const CooccurrenceNetwork &network, QString *error)
{
    if (network.nodes.isEmpty())
        return {};
    // Graphviz keeps global state: one layout at a time, whichever window's job asks.
    static QMutex graphviz;
    const QMutexLocker locked(&graphviz);
    GraphvizContext gv;
    gv.graph = agopen(const_cast<char *>("network"), Agundirected, nullptr);
    if (!gv.context || !gv.graph) {
        *error = tr("Graphviz could not be started");
        return {};
    }
    setAttribute(gv.graph, "overlap", "prism"); // nodes never drawn over each other
    setAttribute(gv.graph, "sep", "+6");
    setAttribute(gv.graph, "start", "1"); // the same seed: the same picture every time
    setAttribute(gv.graph, "mode", "major");
    int highest = 0;
    for (const CooccurrenceNode &node : network.nodes)
        highest = std::max(highest, node.frequency);
    std::vector<Agnode_t *> nodes;
    for (int i = 0; i < network.nodes.size(); ++i) {
        Agnode_t *node = agnode(gv.graph, const_cast<char *>(QByteArray::number(i).constData()), 1);
        const QByteArray size =
            QByteArray::number(2 * radius(network.nodes.at(i).frequency, highest) / PointsPerInch);
        setAttribute(node, "label", ""); // names are drawn by the view
        setAttribute(node, "shape", "circle");
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "width", size);
        setAttribute(node, "height", size);
        nodes.push_back(node);
    }
    int strongest = 1;
    for (const CooccurrenceEdge &edge : network.edges)
        strongest = std::max(strongest, edge.count);
    for (const CooccurrenceEdge &edge : network.edges) {
        Agedge_t *line = agedge(gv.graph, nodes[size_t(edge.from)], nodes[size_t(edge.to)], nullptr, 1);
        // Pairs that occur together often pull closer: shorter springs, stiffer.
        const double strength = double(edge.count) / strongest;
        setAttribute(line, "len", QByteArray::number(2.5 - 1.5 * strength));
        setAttribute(line, "weight", QByteArray::number(1.0 + 4.0 * strength));
    }
    if (gvLayout(gv.context, gv.graph, "neato") != 0) {
        *error = tr("Graphviz could not lay out the network");
        return {};
    }
    gv.laidOut = true;
    QList<QPointF> centres;
    for (Agnode_t *node : nodes)
        centres << QPointF(ND_coord(node).x, -ND_coord(node).y); // Graphviz's y grows upwards
    return centres;
}

} // namespace Pizhu
