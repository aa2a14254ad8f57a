// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinetable.h"

#include <QAbstractTableModel>

namespace Pizhu {

/**
 * A timeline's counts as a table: a row per period (or outlet) with the articles in it and each
 * series' count; or, transposed, the crosstab researchers ask for, a row per series (tag, word,
 * person) and a column per outlet or period. Counts are articles or per 1,000 articles.
 */
class TimelineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TimelineTableModel(QObject *parent = nullptr);

    void setTable(const TimelineTable &table);
    const TimelineTable &table() const { return m_table; }
    void setMeasure(TimelineMeasure measure);
    /** Series as rows and buckets as columns (a code-by-outlet table) rather than the other way. */
    void setTransposed(bool transposed);
    bool isTransposed() const { return m_transposed; }

    /** The series and the bucket of a cell, -1 for the totals and the labels. */
    std::pair<int, int> cellOf(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString bucketLabel(int bucket) const;
    QVariant number(int series, int bucket) const;

    TimelineTable m_table;
    TimelineMeasure m_measure = TimelineMeasure::Articles;
    bool m_transposed = false;
};

} // namespace Pizhu
