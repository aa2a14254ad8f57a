// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinetable.h"

#include <QChartView>

class QCategoryAxis;
class QValueAxis;

namespace Pizhu {

/**
 * A timeline as a Qt chart: a line per series over a date axis, or bars per period or outlet,
 * counting articles or articles per 1,000. Hovering shows the value; clicking a bar or a point
 * asks for the articles behind it.
 */
class TimelineChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Style
    {
        Lines,
        Bars,
    };

    explicit TimelineChartView(QWidget *parent = nullptr);

    /** Draws \a table; lines need dated periods, so outlets are always drawn as bars. */
    void setTable(const TimelineTable &table, TimelineMeasure measure, Style style);
    const TimelineTable &table() const { return m_table; }
    /** The style drawn: bars for outlets even when lines were asked for. */
    Style style() const { return m_style; }
    /** Saves the chart as shown to \a path, a .png (at twice the size) or .svg; false with \a error. */
    bool save(const QString &path, QString *error);

Q_SIGNALS:
    void bucketClicked(int series, int bucket);

private:
    void addLines(QChart *chart);
    void addBars(QChart *chart);
    QCategoryAxis *periodAxis(QChart *chart) const;
    /** From 0 to a little above \a highest, with ticks at whole articles when counting few. */
    void scaleValues(QValueAxis *values, double highest) const;
    QString valueText(int series, int bucket) const;
    void showValue(int series, int bucket);
    /** The bucket nearest to \a x on the date axis. */
    int bucketAt(qreal x) const;

    TimelineTable m_table;
    TimelineMeasure m_measure = TimelineMeasure::Articles;
    Style m_style = Style::Lines;
    QList<qint64> m_bucketTimes; ///< the x (ms since the epoch) of each dated bucket, for lines
};

} // namespace Pizhu
