// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/cooccurrencenetwork.h"

#include <QAbstractTableModel>

namespace Pizhu {

/**
 * The co-occurrence matrix of a network's nodes, as MAXQDA's Code Relations Browser shows it: a
 * row and a column per node, each cell the units both occur in, the diagonal each node's own
 * frequency; pairs left out as too rare are empty.
 */
class CooccurrenceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CooccurrenceMatrixModel(QObject *parent = nullptr);

    void setNetwork(const CooccurrenceNetwork &network);
    /** The edge drawn between the nodes of \a index's row and column, or -1. */
    int edgeAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CooccurrenceNetwork m_network;
    QList<int> m_edges; ///< [row * nodes + column]: the edge's index, or -1
};

} // namespace Pizhu
