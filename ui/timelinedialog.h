// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;

namespace Pizhu {

class CorpusJob;
class CorpusSession;
class JobRunner;
class TimelineChartView;
class TimelineTableModel;

/**
 * Tools → Counts Over Time: how many articles mention words, carry a tag or name a person or an
 * organisation, by day, week, month, year or outlet; as lines or bars, in articles or per 1,000
 * articles, several series in one chart, and as a table that, transposed, is the code-by-outlet
 * or code-by-period crosstab. Counted in the background; a bar, a point or a cell lists its
 * articles in the main window. The chart saves as PNG or SVG, its data as CSV.
 */
class TimelineDialog : public QDialog
{
    Q_OBJECT

public:
    TimelineDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed, const QString &words,
                   QWidget *parent = nullptr);
    ~TimelineDialog() override;

    TimelineChartView *chart() const { return m_chart; }
    TimelineTableModel *tableModel() const { return m_model; }
    /** Whether counts are being made in the background. */
    bool isCounting() const { return m_running != nullptr; }
    /** Adds a series; the counts are made again. */
    void addSeries(const TimelineSeries &series);
    void addWords(const QString &words);
    /** Adds a series for a person or an organisation named \a name; false when the corpus has none. */
    bool addEntity(const QString &name);
    /** Adds a series for each tag of the codebook, for a code-by-period or code-by-outlet table. */
    void addAllTags();
    void setAxis(TimeAxis axis);
    void setMeasure(TimelineMeasure measure);
    /** Counts again (in the background) with the series and options shown. */
    void count();
    /** Lists the articles of \a series in \a bucket in the main window. */
    void requestArticles(int series, int bucket);
    bool saveChart(const QString &path, QString *error);
    bool saveData(const QString &path, QString *error);

Q_SIGNALS:
    void articlesRequested(const QList<qint64> &ids, const QString &description);

private:
    void buildSeriesBox(QLayout *into);
    Timeline::Options options() const;
    void showJobResult(CorpusJob *job, bool ok);
    void redraw();
    TimeAxis axis() const;
    TimelineMeasure measure() const;

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ArticleFilter m_listed;
    QList<TimelineSeries> m_series;
    QListWidget *m_seriesList;
    QComboBox *m_axis;
    QComboBox *m_measure;
    QComboBox *m_style;
    QCheckBox *m_onlyListed;
    QCheckBox *m_transposed;
    QTabWidget *m_tabs;
    TimelineChartView *m_chart;
    QTableView *m_tableView;
    TimelineTableModel *m_model;
    QLabel *m_status;
    CorpusJob *m_running = nullptr;
    std::unique_ptr<Timeline> m_counted; ///< the timeline whose table is shown, for its articles
};

} // namespace Pizhu
