// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrencematrixmodel.h"

namespace Pizhu {

CooccurrenceMatrixModel::CooccurrenceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CooccurrenceMatrixModel::setNetwork(const CooccurrenceNetwork &network)
{
    beginResetModel();
    m_network = network;
    const int nodes = int(network.nodes.size());
    m_edges = QList<int>(nodes * nodes, -1);
    for (int i = 0; i < network.edges.size(); ++i) {
        const CooccurrenceEdge &edge = network.edges.at(i);
        m_edges[edge.from * nodes + edge.to] = i;
        m_edges[edge.to * nodes + edge.from] = i;
    }
    endResetModel();
}

int CooccurrenceMatrixModel::edgeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return m_edges.value(index.row() * int(m_network.nodes.size()) + index.column(), -1);
}

int CooccurrenceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_network.nodes.size());
}

int CooccurrenceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant CooccurrenceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    if (index.row() == index.column())
        return m_network.nodes.at(index.row()).frequency;
    const int edge = edgeAt(index);
    return edge < 0 ? QVariant() : QVariant(m_network.edges.at(edge).count);
}

QVariant CooccurrenceMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_network.nodes.size())
        return {};
    return m_network.nodes.at(section).label;
}

} // namespace Pizhu
