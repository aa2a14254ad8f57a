// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/readonlyquery.h"

#include <QAbstractTableModel>

namespace Pizhu {

/** The rows an SQL console query returned, as a table. */
class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const QueryResult &result);
    const QueryResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
};

} // namespace Pizhu
