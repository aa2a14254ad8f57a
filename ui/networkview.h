// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/cooccurrencenetwork.h"

#include <QGraphicsView>

namespace Pizhu {

/**
 * A co-occurrence network drawn as Graphviz placed it: a circle per node, its area by frequency
 * and its colour by kind, with its name; a line per pair, as wide as they are frequent together.
 * Hovering tells the figures; clicking a node or a line asks for the articles behind it. The wheel
 * zooms, dragging moves.
 */
class NetworkView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit NetworkView(QWidget *parent = nullptr);

    /** Draws \a network with its nodes at \a centres (NetworkLayout::place()). */
    void setNetwork(const CooccurrenceNetwork &network, const QList<QPointF> &centres);
    const CooccurrenceNetwork &network() const { return m_network; }
    /** Where node \a node is drawn, in scene coordinates. */
    QPointF centreOf(int node) const { return m_centres.value(node); }
    /** Saves the whole network as a .png or .svg picture; false with \a error. */
    bool save(const QString &path, QString *error);

    static QString kindName(NodeKind kind);

Q_SIGNALS:
    void nodeClicked(int node);
    void edgeClicked(int edge);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addEdges();
    void addNodes();
    void addLegend();
    QRectF drawnArea() const;

    CooccurrenceNetwork m_network;
    QList<QPointF> m_centres;
    bool m_zoomed = false;
};

} // namespace Pizhu
