// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedialog.h"

#include "analysis/timelineexport.h"
#include "analysis/timelinejob.h"
#include "analysislayout.h"
#include "editing/corpussession.h"
#include "itemmodels/timelinetablemodel.h"
#include "jobrunner.h"
#include "preferences.h"
#include "tagpicker.h"
#include "timelinechartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pizhu {

TimelineDialog::TimelineDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed,
                               const QString &words, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_listed(std::move(listed))
    , m_seriesList(new QListWidget)
    , m_axis(new QComboBox)
    , m_measure(new QComboBox)
    , m_style(new QComboBox)
    , m_onlyListed(new QCheckBox(tr("Only the articles the list shows now")))
    , m_transposed(new QCheckBox(tr("Series as rows (a crosstab)")))
    , m_tabs(new QTabWidget)
    , m_chart(new TimelineChartView)
    , m_tableView(new QTableView)
    , m_model(new TimelineTableModel(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("timelineDialog"));
    setWindowTitle(tr("Counts Over Time"));
    m_axis->setObjectName(QStringLiteral("timelineAxis"));
    m_axis->addItem(tr("By day"), int(TimeAxis::Day));
    m_axis->addItem(tr("By week"), int(TimeAxis::Week));
    m_axis->addItem(tr("By month"), int(TimeAxis::Month));
    m_axis->addItem(tr("By year"), int(TimeAxis::Year));
    m_axis->addItem(tr("By outlet"), int(TimeAxis::Outlet));
    m_axis->setCurrentIndex(m_axis->findData(int(TimeAxis::Month)));
    m_measure->setObjectName(QStringLiteral("timelineMeasure"));
    m_measure->addItem(tr("Articles"), int(TimelineMeasure::Articles));
    m_measure->addItem(tr("Per 1,000 articles"), int(TimelineMeasure::PerThousand));
    m_style->setObjectName(QStringLiteral("timelineStyle"));
    m_style->addItem(tr("Lines"), int(TimelineChartView::Style::Lines));
    m_style->addItem(tr("Bars"), int(TimelineChartView::Style::Bars));
    m_onlyListed->setObjectName(QStringLiteral("timelineOnlyListed"));
    m_onlyListed->setEnabled(!m_listed.isEmpty());
    m_transposed->setObjectName(QStringLiteral("timelineTransposed"));
    m_seriesList->setObjectName(QStringLiteral("timelineSeries"));
    m_tableView->setObjectName(QStringLiteral("timelineTable"));
    m_tableView->setModel(m_model);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setWordWrap(true);
    m_tabs->addTab(m_chart, tr("Chart"));
    m_tabs->addTab(m_tableView, tr("Table"));

    auto *options = new QFormLayout;
    options->addRow(tr("Count:"), m_axis);
    options->addRow(tr("As:"), m_measure);
    options->addRow(tr("Draw:"), m_style);
    options->addRow(m_onlyListed);
    options->addRow(m_transposed);
    auto *side = new QVBoxLayout;
    buildSeriesBox(side);
    side->addLayout(options);
    side->addWidget(m_status);
    side->addStretch();
    const QList<QPushButton *> actions =
        AnalysisLayout::arrange(this, side, m_tabs, {tr("Save &Chart…"), tr("Save &Data as CSV…")});
    connect(m_axis, &QComboBox::activated, this, &TimelineDialog::count);
    connect(m_onlyListed, &QCheckBox::toggled, this, &TimelineDialog::count);
    connect(m_measure, &QComboBox::activated, this, &TimelineDialog::redraw);
    connect(m_style, &QComboBox::activated, this, &TimelineDialog::redraw);
    connect(m_transposed, &QCheckBox::toggled, m_model, &TimelineTableModel::setTransposed);
    connect(m_chart, &TimelineChartView::bucketClicked, this, &TimelineDialog::requestArticles);
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto [series, bucket] = m_model->cellOf(index);
        requestArticles(series, bucket);
    });
    AnalysisLayout::offerSave(actions.at(0), m_status, tr("Save Chart"), QStringLiteral("timeline.png"),
                              tr("Pictures (*.png *.svg)"),
                              [this](const QString &path, QString *error) { return saveChart(path, error); });
    AnalysisLayout::offerSave(actions.at(1), m_status, tr("Save Data"), QStringLiteral("timeline.csv"),
                              tr("CSV files (*.csv)"),
                              [this](const QString &path, QString *error) { return saveData(path, error); });
    connect(m_jobs, &JobRunner::jobFinished, this, &TimelineDialog::showJobResult);

    if (words.trimmed().isEmpty())
        addSeries({tr("All articles"), {}});
    else
        addWords(words);
}

TimelineDialog::~TimelineDialog() = default;

void TimelineDialog::buildSeriesBox(QLayout *into)
{
    auto *addWords = new QPushButton(tr("Add &Words…"));
    auto *addTag = new QPushButton(tr("Add &Tag…"));
    auto *addEntity = new QPushButton(tr("Add &Person or Organisation…"));
    auto *addTags = new QPushButton(tr("Add &Every Tag"));
    auto *addListed = new QPushButton(tr("Add the &Listed Articles"));
    addListed->setObjectName(QStringLiteral("timelineAddListed"));
    addListed->setToolTip(tr("The articles the main window's list shows now, as one series"));
    addListed->setEnabled(!m_listed.isEmpty());
    auto *remove = new QPushButton(tr("&Remove"));
    addTags->setObjectName(QStringLiteral("timelineAddEveryTag"));
    remove->setObjectName(QStringLiteral("timelineRemove"));
    into->addWidget(new QLabel(tr("Series:")));
    into->addWidget(m_seriesList);
    for (QPushButton *button : {addWords, addTag, addEntity, addTags, addListed, remove}) {
        button->setAutoDefault(false); // Return in the table opens a cell, it adds nothing
        into->addWidget(button);
    }
    connect(addWords, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString words = QInputDialog::getText(
            this, tr("Add Words"), tr("Articles that mention (either script):"), QLineEdit::Normal, {}, &ok);
        if (ok)
            this->addWords(words);
    });
    connect(addTag, &QPushButton::clicked, this, [this] {
        TagPicker picker(m_session.database(), this);
        if (picker.exec() == QDialog::Accepted && picker.chosenTag())
            addSeries(TimelineSeries::ofTag(m_session.database(), picker.chosenTag()));
    });
    connect(addEntity, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Person or Organisation"),
                                                   tr("Name (either script):"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            this->addEntity(name);
    });
    connect(addTags, &QPushButton::clicked, this, &TimelineDialog::addAllTags);
    connect(addListed, &QPushButton::clicked, this, [this] { addSeries({tr("Listed articles"), m_listed}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_seriesList->currentRow();
        if (row < 0)
            return;
        m_series.removeAt(row);
        delete m_seriesList->takeItem(row);
        count();
    });
}

void TimelineDialog::addSeries(const TimelineSeries &series)
{
    m_series << series;
    m_seriesList->addItem(series.label);
    count();
}

void TimelineDialog::addWords(const QString &words)
{
    QString error;
    if (const std::optional<TimelineSeries> series = TimelineSeries::ofWords(words, &error))
        addSeries(*series);
    else
        m_status->setText(error);
}

bool TimelineDialog::addEntity(const QString &name)
{
    QString error;
    const std::optional<TimelineSeries> series = TimelineSeries::ofEntity(m_session.database(), name, &error);
    if (series)
        addSeries(*series);
    else
        m_status->setText(error);
    return series.has_value();
}

void TimelineDialog::addAllTags()
{
    for (const TimelineSeries &series : TimelineSeries::ofEveryTag(m_session.database())) {
        m_series << series;
        m_seriesList->addItem(series.label);
    }
    count();
}

void TimelineDialog::setAxis(TimeAxis axis)
{
    m_axis->setCurrentIndex(m_axis->findData(int(axis)));
    count();
}

void TimelineDialog::setMeasure(TimelineMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    redraw();
}

TimeAxis TimelineDialog::axis() const
{
    return TimeAxis(m_axis->currentData().toInt());
}

TimelineMeasure TimelineDialog::measure() const
{
    return TimelineMeasure(m_measure->currentData().toInt());
}

Timeline::Options TimelineDialog::options() const
{
    return {axis(), m_onlyListed->isChecked() ? m_listed : ArticleFilter{}, m_series};
}

void TimelineDialog::count()
{
    if (m_series.isEmpty()) {
        m_counted.reset();
        m_model->setTable({});
        m_chart->setTable({}, measure(), TimelineChartView::Style::Lines);
        m_status->setText(tr("Add words, a tag, a person or an organisation to count."));
        return;
    }
    m_status->setText(tr("Counting…"));
    auto job = std::make_unique<TimelineJob>(options());
    m_running = m_jobs->start(std::move(job));
}

void TimelineDialog::showJobResult(CorpusJob *job, bool ok)
{
    if (job != m_running)
        return;
    m_running = nullptr;
    if (!ok) {
        m_status->setText(job->errorString());
        return;
    }
    const auto *done = static_cast<TimelineJob *>(job);
    m_counted = std::make_unique<Timeline>(done->timeline().options());
    m_model->setTable(done->table());
    redraw();
    const TimelineTable &table = done->table();
    int articles = 0;
    for (const int total : table.totals)
        articles += total;
    const int undated =
        !table.buckets.isEmpty() && table.buckets.constLast().isEmpty() ? table.totals.constLast() : 0;
    m_status->setText(undated > 0 && m_chart->style() == TimelineChartView::Style::Lines
                          ? tr("%n article(s) counted; %1 without a date are in the table, not on the lines.",
                               nullptr, articles)
                                .arg(undated)
                          : tr("%n article(s) counted.", nullptr, articles));
}

void TimelineDialog::redraw()
{
    m_model->setMeasure(measure());
    m_chart->setTable(m_model->table(), measure(), TimelineChartView::Style(m_style->currentData().toInt()));
}

void TimelineDialog::requestArticles(int series, int bucket)
{
    const TimelineTable &table = m_model->table();
    if (!m_counted || bucket < 0 || bucket >= table.buckets.size())
        return;
    const QString period = TimeBuckets::label(table.buckets.at(bucket), table.axis);
    QList<qint64> ids;
    QString description;
    if (series >= 0 && series < table.series.size()) {
        ids = m_counted->articlesOf(m_session.database(), series, table.buckets.at(bucket));
        description = tr("%1 in %2").arg(table.series.at(series), period);
    } else {
        // The articles in all: of the scope, whatever the series.
        Timeline all({table.axis, m_counted->options().scope, {{QString(), {}}}});
        ids = all.articlesOf(m_session.database(), 0, table.buckets.at(bucket));
        description = tr("All articles in %1").arg(period);
    }
    if (!ids.isEmpty())
        Q_EMIT articlesRequested(ids, tr("%1 (%n article(s))", nullptr, int(ids.size())).arg(description));
}

bool TimelineDialog::saveChart(const QString &path, QString *error)
{
    return m_chart->save(path, error);
}

bool TimelineDialog::saveData(const QString &path, QString *error)
{
    return TimelineExport::writeCsv(m_model->table(), path, Preferences::csvByteOrderMark.value(), error);
}

} // namespace Pizhu
