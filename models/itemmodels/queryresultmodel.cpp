// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryresultmodel.h"

namespace Pizhu {

void QueryResultModel::setResult(const QueryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_result.rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return value.isNull() ? QStringLiteral("NULL") : value;
    if (role == Qt::ToolTipRole)
        return value.toString().left(2000);
    return {};
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(m_result.columns.value(section)) : QVariant(section + 1);
}

} // namespace Pizhu
