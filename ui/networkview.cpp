// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkview.h"

#include "analysis/networklayout.h"
#include "chartpalette.h"
#include "pictureexport.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QWheelEvent>

namespace Pizhu {

namespace {

// What an item stands for, kept in its data().
constexpr int RoleKey = 0;
constexpr int IndexKey = 1;
const QString NodeRole = QStringLiteral("node");
const QString EdgeRole = QStringLiteral("edge");

constexpr double ThinnestLine = 1;
constexpr double WidestLine = 9;

} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

QString NetworkView::kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Person:
        return tr("People");
    case NodeKind::Organisation:
        return tr("Organisations");
    case NodeKind::Tag:
        return tr("Tags");
    }
    return {};
}

void NetworkView::setNetwork(const CooccurrenceNetwork &network, const QList<QPointF> &centres)
{
    m_network = network;
    m_centres = centres;
    scene()->clear();
    scene()->setBackgroundBrush(palette().color(QPalette::Base)); // also behind a saved picture
    if (m_centres.size() != m_network.nodes.size())
        return;
    addEdges();
    addNodes();
    addLegend();
    scene()->setSceneRect(drawnArea());
    m_zoomed = false;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void NetworkView::addEdges()
{
    int strongest = 1;
    for (const CooccurrenceEdge &edge : std::as_const(m_network.edges))
        strongest = std::max(strongest, edge.count);
    const QColor colour = palette().color(QPalette::Text);
    for (int i = 0; i < m_network.edges.size(); ++i) {
        const CooccurrenceEdge &edge = m_network.edges.at(i);
        // From the weakest pair shown (a count of 1 or more) to the strongest.
        const double strength = strongest > 1 ? double(edge.count - 1) / (strongest - 1) : 0.0;
        QColor shade = colour;
        shade.setAlphaF(0.2 + 0.5 * strength);
        const double width = ThinnestLine + (WidestLine - ThinnestLine) * strength;
        auto *line = scene()->addLine(QLineF(m_centres.at(edge.from), m_centres.at(edge.to)),
                                      QPen(shade, width, Qt::SolidLine, Qt::RoundCap));
        line->setData(RoleKey, EdgeRole);
        line->setData(IndexKey, i);
        line->setToolTip(tr("%1 and %2: together in %n unit(s); PMI %3, Dice %4", nullptr, edge.count)
                             .arg(m_network.nodes.at(edge.from).label, m_network.nodes.at(edge.to).label,
                                  QLocale().toString(edge.pmi, 'f', 2),
                                  QLocale().toString(edge.dice, 'f', 3)));
    }
}

void NetworkView::addNodes()
{
    int highest = 0;
    for (const CooccurrenceNode &node : std::as_const(m_network.nodes))
        highest = std::max(highest, node.frequency);
    for (int i = 0; i < m_network.nodes.size(); ++i) {
        const CooccurrenceNode &node = m_network.nodes.at(i);
        const double radius = NetworkLayout::radius(node.frequency, highest);
        const QColor colour = ChartPalette::color(int(node.kind));
        auto *circle = scene()->addEllipse(QRectF(-radius, -radius, 2 * radius, 2 * radius),
                                           QPen(colour.darker(130), 1.5), colour);
        circle->setPos(m_centres.at(i));
        circle->setZValue(1);
        circle->setData(RoleKey, NodeRole);
        circle->setData(IndexKey, i);
        circle->setToolTip(
            tr("%1 (%2): in %n unit(s)", nullptr, node.frequency).arg(node.label, kindName(node.kind)));
        // Names above every circle, so that no neighbour hides one.
        auto *label = scene()->addSimpleText(node.label);
        label->setBrush(palette().color(QPalette::Text));
        label->setZValue(2);
        label->setData(RoleKey, NodeRole);
        label->setData(IndexKey, i);
        const QRectF text = label->boundingRect();
        label->setPos(m_centres.at(i) + QPointF(-text.width() / 2, radius + 1));
    }
}

void NetworkView::addLegend()
{
    QList<NodeKind> kinds;
    for (const CooccurrenceNode &node : std::as_const(m_network.nodes)) {
        if (!kinds.contains(node.kind))
            kinds << node.kind;
    }
    std::sort(kinds.begin(), kinds.end());
    const QRectF area = scene()->itemsBoundingRect();
    QPointF at = area.topLeft() - QPointF(0, 24);
    for (const NodeKind kind : std::as_const(kinds)) {
        const QColor colour = ChartPalette::color(int(kind));
        scene()->addEllipse(QRectF(at, QSizeF(12, 12)), QPen(colour.darker(130)), colour);
        auto *text = scene()->addSimpleText(kindName(kind));
        text->setBrush(palette().color(QPalette::Text));
        text->setPos(at + QPointF(16, -2));
        at.rx() += 16 + text->boundingRect().width() + 16;
    }
}

QRectF NetworkView::drawnArea() const
{
    return scene()->itemsBoundingRect().adjusted(-16, -16, 16, 16);
}

bool NetworkView::save(const QString &path, QString *error)
{
    return PictureExport::save(*scene(), drawnArea(), path, error);
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    const QGraphicsItem *item = itemAt(event->position().toPoint());
    if (item && event->button() == Qt::LeftButton) {
        const int index = item->data(IndexKey).toInt();
        if (item->data(RoleKey) == NodeRole)
            Q_EMIT nodeClicked(index);
        else if (item->data(RoleKey) == EdgeRole)
            Q_EMIT edgeClicked(index);
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    scale(factor, factor);
    m_zoomed = true;
    event->accept();
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_zoomed && !sceneRect().isEmpty())
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

} // namespace Pizhu
