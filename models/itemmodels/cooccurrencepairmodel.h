// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/cooccurrencenetwork.h"

#include <QAbstractTableModel>

namespace Pizhu {

/**
 * The pairs of a co-occurrence network as a table: the two names, how often they occur together,
 * PMI and Dice, each node's own frequency. Qt::UserRole holds the numbers for sorting.
 */
class CooccurrencePairModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FirstColumn,
        SecondColumn,
        TogetherColumn,
        PmiColumn,
        DiceColumn,
        ColumnCount
    };

    explicit CooccurrencePairModel(QObject *parent = nullptr);

    void setNetwork(const CooccurrenceNetwork &network);
    const CooccurrenceNetwork &network() const { return m_network; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant number(const CooccurrenceEdge &edge, int column) const;

    CooccurrenceNetwork m_network;
};

} // namespace Pizhu
