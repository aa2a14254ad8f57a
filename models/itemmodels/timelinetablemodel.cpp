// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetablemodel.h"

#include <QLocale>

namespace Pizhu {

TimelineTableModel::TimelineTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineTableModel::setTable(const TimelineTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void TimelineTableModel::setMeasure(TimelineMeasure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void TimelineTableModel::setTransposed(bool transposed)
{
    if (transposed == m_transposed)
        return;
    beginResetModel();
    m_transposed = transposed;
    endResetModel();
}

std::pair<int, int> TimelineTableModel::cellOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {-1, -1};
    // Untransposed: column 0 is the articles in all, then a column per series.
    // Transposed: row 0 is the articles in all, then a row per series.
    const int series = (m_transposed ? index.row() : index.column()) - 1;
    const int bucket = m_transposed ? index.column() : index.row();
    return {series, bucket};
}

int TimelineTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_transposed ? m_table.series.size() + 1 : m_table.buckets.size());
}

int TimelineTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_transposed ? m_table.buckets.size() : m_table.series.size() + 1);
}

QVariant TimelineTableModel::number(int series, int bucket) const
{
    if (series < 0)
        return m_table.totals.at(bucket);
    if (m_measure == TimelineMeasure::Articles)
        return m_table.counts.at(series).at(bucket);
    return m_table.value(series, bucket, m_measure);
}

QVariant TimelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [series, bucket] = cellOf(index);
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = number(series, bucket);
        return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'f', 1) : value;
    }
    case Qt::UserRole:
        return number(series, bucket);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString TimelineTableModel::bucketLabel(int bucket) const
{
    return TimeBuckets::label(m_table.buckets.at(bucket), m_table.axis);
}

QVariant TimelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const bool seriesHeader = (orientation == Qt::Horizontal) != m_transposed;
    if (!seriesHeader)
        return section < m_table.buckets.size() ? bucketLabel(section) : QVariant();
    if (section == 0)
        return tr("All articles");
    return m_table.series.value(section - 1);
}

} // namespace Pizhu
