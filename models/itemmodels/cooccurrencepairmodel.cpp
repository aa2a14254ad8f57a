// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrencepairmodel.h"

#include <QLocale>

namespace Pizhu {

CooccurrencePairModel::CooccurrencePairModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CooccurrencePairModel::setNetwork(const CooccurrenceNetwork &network)
{
    beginResetModel();
    m_network = network;
    endResetModel();
}

int CooccurrencePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_network.edges.size());
}

int CooccurrencePairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CooccurrencePairModel::number(const CooccurrenceEdge &edge, int column) const
{
    switch (column) {
    case TogetherColumn:
        return edge.count;
    case PmiColumn:
        return edge.pmi;
    case DiceColumn:
        return edge.dice;
    default:
        return {};
    }
}

QVariant CooccurrencePairModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CooccurrenceEdge &edge = m_network.edges.at(index.row());
    const CooccurrenceNode &node = m_network.nodes.at(index.column() == FirstColumn ? edge.from : edge.to);
    const bool isName = index.column() == FirstColumn || index.column() == SecondColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (isName)
            return node.label;
        if (index.column() == TogetherColumn)
            return edge.count;
        return QLocale().toString(number(edge, index.column()).toDouble(), 'f',
                                  index.column() == PmiColumn ? 2 : 3);
    case Qt::ToolTipRole:
        return isName ? tr("%1 (%2): in %n unit(s)", nullptr, node.frequency).arg(node.label, node.kindCode())
                      : QVariant();
    case Qt::UserRole:
        return isName ? QVariant(node.label) : number(edge, index.column());
    case Qt::TextAlignmentRole:
        return isName ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CooccurrencePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FirstColumn:
        return tr("Name");
    case SecondColumn:
        return tr("With");
    case TogetherColumn:
        return m_network.unit == CooccurrenceUnit::Article ? tr("Articles together")
                                                           : tr("Paragraphs together");
    case PmiColumn:
        return tr("PMI");
    case DiceColumn:
        return tr("Dice");
    default:
        return {};
    }
}

} // namespace Pizhu
