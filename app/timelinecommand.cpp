// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeline.h"
#include "analysis/timelineexport.h"
#include "commandline.h"
#include "core/jobcontrol.h"
#include "pictureexport.h"
#include "store/corpusdatabase.h"
#include "timelinechartview.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Pizhu {

namespace {

/** Whether \a value is a year, a month or a day as ISO 8601 writes them ("2020", "2020-02", "2020-02-01"). */
bool isDatePrefix(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (!shape.match(value).hasMatch())
        return false;
    const QString day = value + QStringLiteral("-01-01").right(10 - value.size());
    return QDate::fromString(day, Qt::ISODate).isValid();
}

QString tableText(const TimelineTable &table, TimelineMeasure measure)
{
    QStringList header = {TimeBuckets::name(table.axis), QStringLiteral("articles")};
    header += table.series;
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
        QStringList row = {TimeBuckets::label(table.buckets.at(bucket), table.axis),
                           QString::number(table.totals.at(bucket))};
        for (int series = 0; series < table.series.size(); ++series)
            row << (measure == TimelineMeasure::Articles
                        ? QString::number(table.counts.at(series).at(bucket))
                        : QString::number(table.value(series, bucket, measure), 'f', 1));
        text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

bool CommandLine::needsPainting(const QStringList &arguments)
{
    static const QStringList drawing = {QStringLiteral("timeline"), QStringLiteral("cooccurrence")};
    return arguments.size() > 2 && drawing.contains(arguments.at(1)) &&
           std::any_of(arguments.cbegin() + 2, arguments.cend(), PictureExport::isPicturePath);
}

int CommandLine::runTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts the articles that mention words, carry a tag or name a person or an organisation, by "
           "day, week, month, year or outlet; several series side by side. Without a series, every "
           "article is counted. Prints a table, or writes it as CSV, or draws it as PNG or SVG."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("by"), tr("day, week, month (the default), year or outlet."), tr("AXIS"),
                      QStringLiteral("month")});
    parser.addOption({QStringLiteral("query"),
                      tr("A series: articles that mention these words (either script). "
                         "Repeat for more series."),
                      tr("WORDS")});
    parser.addOption({QStringLiteral("tag"),
                      tr("A series: articles with the tag at this path (\"Frames/Conflict\")."), tr("PATH")});
    parser.addOption(
        {QStringLiteral("entity"), tr("A series: articles naming this person or organisation."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("every-tag"), tr("A series for each tag of the codebook (a crosstab).")});
    parser.addOption({QStringLiteral("from"), tr("Count articles published from this year, month or day on."),
                      tr("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("Count articles published up to the end of this year, month or day."), tr("DATE")});
    parser.addOption({QStringLiteral("per-thousand"), tr("Articles per 1,000 of the period's articles.")});
    // Not --style: QApplication takes that for itself.
    parser.addOption({QStringLiteral("chart"), tr("lines (the default) or bars, for a picture."), tr("STYLE"),
                      QStringLiteral("lines")});
    parser.addOption({QStringLiteral("size"),
                      tr("The picture's size in points (default 1000x600; PNG has twice as many pixels)."),
                      tr("WxH"), QStringLiteral("1000x600")});
    parser.addOption({QStringLiteral("json"), tr("Print the table as JSON.")});
    parser.addOption({QStringLiteral("out"),
                      tr("Write the table as CSV, or the chart as PNG or SVG, by the suffix."), tr("FILE")});
    if (!parse(parser, arguments))
        return UsageError;
    const auto fail = [](const QString &message) {
        err() << tr("pizhu timeline: %1").arg(message) << Qt::endl;
        return UsageError;
    };
    const std::optional<TimeAxis> axis = TimeBuckets::fromName(parser.value(QStringLiteral("by")));
    if (!axis)
        return fail(tr("--by takes day, week, month, year or outlet, not “%1”")
                        .arg(parser.value(QStringLiteral("by"))));
    const QString style = parser.value(QStringLiteral("chart"));
    if (style != QLatin1String("lines") && style != QLatin1String("bars"))
        return fail(tr("--chart takes lines or bars, not “%1”").arg(style));
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (size.size() != 2 || width < 200 || height < 150 || width > 10000 || height > 10000)
        return fail(tr("--size takes a width and a height from 200x150 to 10000x10000, not “%1”")
                        .arg(parser.value(QStringLiteral("size"))));
    Timeline::Options options;
    options.axis = *axis;
    for (const QString &bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QString value = parser.value(bound);
        if (parser.isSet(bound) && !isDatePrefix(value))
            return fail(tr("--%1 takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “%2”")
                            .arg(bound, value));
    }
    options.scope.dateFrom = parser.value(QStringLiteral("from"));
    options.scope.dateTo = parser.value(QStringLiteral("to"));
    const QString target = parser.value(QStringLiteral("out"));
    if (!target.isEmpty() && !PictureExport::isPicturePath(target) &&
        !target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return fail(tr("%1: --out writes .csv, .png or .svg").arg(target));

    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    QString error;
    for (const QString &words : parser.values(QStringLiteral("query"))) {
        const std::optional<TimelineSeries> series = TimelineSeries::ofWords(words, &error);
        if (!series)
            return fail(error);
        options.series << *series;
    }
    for (const QString &path : parser.values(QStringLiteral("tag"))) {
        const std::optional<TimelineSeries> series = TimelineSeries::ofTagPath(db, path, &error);
        if (!series)
            return fail(error);
        options.series << *series;
    }
    for (const QString &name : parser.values(QStringLiteral("entity"))) {
        const std::optional<TimelineSeries> series = TimelineSeries::ofEntity(db, name, &error);
        if (!series)
            return fail(error);
        options.series << *series;
    }
    if (parser.isSet(QStringLiteral("every-tag")))
        options.series += TimelineSeries::ofEveryTag(db);
    if (options.series.isEmpty())
        options.series << TimelineSeries{tr("All articles"), {}};

    Timeline timeline(options);
    JobControl control;
    const TimelineTable table = timeline.compute(db, control);
    if (!timeline.errorString().isEmpty()) {
        err() << tr("pizhu timeline: %1").arg(timeline.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    const TimelineMeasure measure = parser.isSet(QStringLiteral("per-thousand"))
                                        ? TimelineMeasure::PerThousand
                                        : TimelineMeasure::Articles;
    if (PictureExport::isPicturePath(target)) {
        TimelineChartView chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.resize(width, height);
        chart.setTable(table, measure,
                       style == QLatin1String("bars") ? TimelineChartView::Style::Bars
                                                      : TimelineChartView::Style::Lines);
        chart.show(); // laid out at its size, on no screen
        QCoreApplication::processEvents();
        if (!chart.save(target, &error)) {
            err() << tr("pizhu timeline: %1").arg(error) << Qt::endl;
            return SomeInputsFailed;
        }
    } else if (!target.isEmpty()) {
        if (!TimelineExport::writeCsv(table, target, true, &error)) {
            err() << tr("pizhu timeline: %1").arg(error) << Qt::endl;
            return SomeInputsFailed;
        }
    } else if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(TimelineExport::toJson(table)).toJson(QJsonDocument::Indented);
    } else {
        out() << tableText(table, measure);
    }
    return Success;
}

} // namespace Pizhu
