// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechartview.h"

#include "chartpalette.h"
#include "pictureexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>
#include <memory>

namespace Pizhu {

namespace {

// Lines over many periods would hide under their points.
constexpr int MostPointsShown = 60;
// More period labels than this would overlap on a chart of ordinary width.
constexpr int MostLabels = 16;

} // namespace

TimelineChartView::TimelineChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(400, 250);
}

void TimelineChartView::setTable(const TimelineTable &table, TimelineMeasure measure, Style style)
{
    m_table = table;
    m_measure = measure;
    m_style = table.axis == TimeAxis::Outlet ? Style::Bars : style;
    auto chart = std::make_unique<QChart>();
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(!table.series.isEmpty()); // a saved picture says what it counts
    if (m_style == Style::Lines)
        addLines(chart.get());
    else
        addBars(chart.get());
    // The view owns the chart it shows; the one it showed before is ours to delete.
    const std::unique_ptr<QChart> previous(this->chart());
    setChart(chart.release());
}

void TimelineChartView::addLines(QChart *chart)
{
    m_bucketTimes.clear();
    for (const QString &bucket : std::as_const(m_table.buckets)) {
        const QDate start = TimeBuckets::startOf(bucket, m_table.axis);
        m_bucketTimes << (start.isValid() ? start.startOfDay().toMSecsSinceEpoch() : -1);
    }
    auto *dates = periodAxis(chart);
    auto *values = new QValueAxis(chart);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    double highest = 0;
    for (int series = 0; series < m_table.series.size(); ++series) {
        auto *line = new QLineSeries(chart);
        line->setName(m_table.series.at(series));
        QPen pen(ChartPalette::color(series), 2);
        line->setPen(pen);
        line->setPointsVisible(m_table.buckets.size() <= MostPointsShown);
        for (int bucket = 0; bucket < m_table.buckets.size(); ++bucket) {
            if (m_bucketTimes.at(bucket) < 0)
                continue; // undated: no place on a time axis (the table and CSV have them)
            const double value = m_table.value(series, bucket, m_measure);
            highest = std::max(highest, value);
            line->append(double(m_bucketTimes.at(bucket)), value);
        }
        chart->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(values);
        connect(line, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool entered) {
            if (entered)
                showValue(series, bucketAt(point.x()));
            else
                QToolTip::hideText();
        });
        connect(line, &QLineSeries::clicked, this,
                [this, series](const QPointF &point) { Q_EMIT bucketClicked(series, bucketAt(point.x())); });
    }
    scaleValues(values, highest);
}

void TimelineChartView::addBars(QChart *chart)
{
    auto *bars = new QBarSeries(chart);
    double highest = 0;
    for (int series = 0; series < m_table.series.size(); ++series) {
        auto *set = new QBarSet(m_table.series.at(series), bars);
        set->setColor(ChartPalette::color(series));
        set->setBorderColor(ChartPalette::color(series));
        for (int bucket = 0; bucket < m_table.buckets.size(); ++bucket) {
            const double value = m_table.value(series, bucket, m_measure);
            highest = std::max(highest, value);
            *set << value;
        }
        bars->append(set);
        connect(set, &QBarSet::hovered, this, [this, series](bool entered, int bucket) {
            if (entered)
                showValue(series, bucket);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this, series](int bucket) { Q_EMIT bucketClicked(series, bucket); });
    }
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis(chart);
    for (const QString &bucket : std::as_const(m_table.buckets))
        categories->append(TimeBuckets::label(bucket, m_table.axis));
    if (m_table.buckets.size() > 12)
        categories->setLabelsAngle(-60);
    auto *values = new QValueAxis(chart);
    scaleValues(values, highest);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}

QCategoryAxis *TimelineChartView::periodAxis(QChart *chart) const
{
    // Labels at the periods' own starts (a QDateTimeAxis spaces its ticks evenly, between months).
    QList<int> dated;
    for (int bucket = 0; bucket < m_bucketTimes.size(); ++bucket) {
        if (m_bucketTimes.at(bucket) >= 0)
            dated << bucket;
    }
    auto *axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (dated.isEmpty())
        return axis;
    const qint64 first = m_bucketTimes.at(dated.constFirst());
    const qint64 last = m_bucketTimes.at(dated.constLast());
    // A day's margin either side, so the first and last labels are not cut.
    constexpr qint64 Day = 24 * 3600 * 1000;
    axis->setRange(double(first - Day), double(std::max(last, first + Day) + Day));
    axis->setStartValue(double(first - Day));
    const int step = int(dated.size() + MostLabels - 1) / MostLabels;
    for (int i = 0; i < dated.size(); i += step)
        axis->append(TimeBuckets::label(m_table.buckets.at(dated.at(i)), m_table.axis),
                     double(m_bucketTimes.at(dated.at(i))));
    if (dated.size() > 12)
        axis->setLabelsAngle(-60);
    return axis;
}

void TimelineChartView::scaleValues(QValueAxis *values, double highest) const
{
    if (m_measure == TimelineMeasure::Articles && highest <= 10) {
        // A tick per article: a count of articles has no fractions to show.
        const int top = std::max(1, int(std::ceil(highest * 1.05)));
        values->setRange(0, top);
        values->setTickCount(top + 1);
        values->setLabelFormat(QStringLiteral("%d"));
        return;
    }
    values->setRange(0, highest * 1.05);
    values->applyNiceNumbers();
    values->setLabelFormat(m_measure == TimelineMeasure::Articles ? QStringLiteral("%d")
                                                                  : QStringLiteral("%.1f"));
}

bool TimelineChartView::save(const QString &path, QString *error)
{
    return PictureExport::save(*scene(), chart()->geometry(), path, error);
}

QString TimelineChartView::valueText(int series, int bucket) const
{
    const QString period = TimeBuckets::label(m_table.buckets.at(bucket), m_table.axis);
    const int count = m_table.counts.at(series).at(bucket);
    const QString articles = tr("%n article(s)", nullptr, count);
    if (m_measure == TimelineMeasure::Articles)
        return tr("%1, %2: %3").arg(m_table.series.at(series), period, articles);
    return tr("%1, %2: %3 per 1,000 (%4 of %5)")
        .arg(m_table.series.at(series), period,
             QLocale().toString(m_table.value(series, bucket, TimelineMeasure::PerThousand), 'f', 1),
             articles)
        .arg(m_table.totals.at(bucket));
}

void TimelineChartView::showValue(int series, int bucket)
{
    if (bucket >= 0)
        QToolTip::showText(QCursor::pos(), valueText(series, bucket), this);
}

int TimelineChartView::bucketAt(qreal x) const
{
    int nearest = -1;
    for (int bucket = 0; bucket < m_bucketTimes.size(); ++bucket) {
        if (m_bucketTimes.at(bucket) < 0)
            continue;
        if (nearest < 0 || std::abs(m_bucketTimes.at(bucket) - x) < std::abs(m_bucketTimes.at(nearest) - x))
            nearest = bucket;
    }
    return nearest;
}

} // namespace Pizhu
