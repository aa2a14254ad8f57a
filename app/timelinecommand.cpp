// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeline.h"
#include "analysis/timelineexport.h"
#include "articlescopeoptions.h"
#include "commandline.h"
#include "core/jobcontrol.h"
#include "pictureexport.h"
#include "store/corpusdatabase.h"
#include "timelinechartview.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>

namespace Pizhu {

namespace {

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

namespace {

void describeTimeline(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Counts the articles that mention words, carry a tag or name a person or an organisation, by "
        "day, week, month, year or outlet; several series side by side. Without a series, every "
        "article is counted. Prints a table, or writes it as CSV, or draws it as PNG or SVG."));
    parser.addOption({QStringLiteral("db"), CommandLine::tr("The corpus file."), CommandLine::tr("FILE")});
    parser.addOption({QStringLiteral("by"),
                      CommandLine::tr("day, week, month (the default), year or outlet."),
                      CommandLine::tr("AXIS"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("query"),
                      CommandLine::tr("A series: articles that mention these words (either script). "
                                      "Repeat for more series."),
                      CommandLine::tr("WORDS")});
    parser.addOption({QStringLiteral("tag"),
                      CommandLine::tr("A series: articles with the tag at this path (\"Frames/Conflict\")."),
                      CommandLine::tr("PATH")});
    parser.addOption({QStringLiteral("entity"),
                      CommandLine::tr("A series: articles naming this person or organisation."),
                      CommandLine::tr("NAME")});
    parser.addOption({QStringLiteral("every-tag"),
                      CommandLine::tr("A series for each tag of the codebook (a crosstab).")});
    ArticleScopeOptions::add(parser);
    parser.addOption(
        {QStringLiteral("per-thousand"), CommandLine::tr("Articles per 1,000 of the period's articles.")});
    // Not --style: QApplication takes that for itself.
    parser.addOption({QStringLiteral("chart"), CommandLine::tr("lines (the default) or bars, for a picture."),
                      CommandLine::tr("STYLE"), QStringLiteral("lines")});
    parser.addOption(
        {QStringLiteral("size"),
         CommandLine::tr("The picture's size in points (default 1000x600; PNG has twice as many pixels)."),
         CommandLine::tr("WxH"), QStringLiteral("1000x600")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print the table as JSON.")});
    parser.addOption({QStringLiteral("out"),
                      CommandLine::tr("Write the table as CSV, or the chart as PNG or SVG, by the suffix."),
                      CommandLine::tr("FILE")});
}

/** How the counts are shown: where, in what measure, and for a picture its style and size. */
struct TimelineOutput
{
    QString target;
    TimelineMeasure measure = TimelineMeasure::Articles;
    TimelineChartView::Style style = TimelineChartView::Style::Lines;
    QSize size;
    bool json = false;
};

/** The axis, dates and output the options ask for; what is wrong with them, or empty. */
QString readTimelineOptions(const QCommandLineParser &parser, Timeline::Options *options,
                            TimelineOutput *output)
{
    const std::optional<TimeAxis> axis = TimeBuckets::fromName(parser.value(QStringLiteral("by")));
    if (!axis)
        return CommandLine::tr("--by takes day, week, month, year or outlet, not “%1”")
            .arg(parser.value(QStringLiteral("by")));
    options->axis = *axis;
    const QString style = parser.value(QStringLiteral("chart"));
    if (style != QLatin1String("lines") && style != QLatin1String("bars"))
        return CommandLine::tr("--chart takes lines or bars, not “%1”").arg(style);
    output->style =
        style == QLatin1String("bars") ? TimelineChartView::Style::Bars : TimelineChartView::Style::Lines;
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    output->size = QSize(size.value(0).toInt(), size.value(1).toInt());
    if (size.size() != 2 || output->size.width() < 200 || output->size.height() < 150 ||
        output->size.width() > 10000 || output->size.height() > 10000)
        return CommandLine::tr("--size takes a width and a height from 200x150 to 10000x10000, not “%1”")
            .arg(parser.value(QStringLiteral("size")));
    if (const QString problem = ArticleScopeOptions::read(parser, &options->scope); !problem.isEmpty())
        return problem;
    output->target = parser.value(QStringLiteral("out"));
    if (!output->target.isEmpty() && !PictureExport::isPicturePath(output->target) &&
        !output->target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return CommandLine::tr("%1: --out writes .csv, .png or .svg").arg(output->target);
    output->measure = parser.isSet(QStringLiteral("per-thousand")) ? TimelineMeasure::PerThousand
                                                                   : TimelineMeasure::Articles;
    output->json = parser.isSet(QStringLiteral("json"));
    return {};
}

/** The series the options name, in the order of their kinds; false with \a error for one that names nothing.
 */
bool addTimelineSeries(const QCommandLineParser &parser, CorpusDatabase &db, QList<TimelineSeries> *series,
                       QString *error)
{
    using Make = std::function<std::optional<TimelineSeries>(const QString &)>;
    const QList<std::pair<QString, Make>> kinds = {
        {QStringLiteral("query"),
         [error](const QString &words) {
             return TimelineSeries::ofWords(words, error);
         }},
        {QStringLiteral("tag"),
         [&db, error](const QString &path) {
             return TimelineSeries::ofTagPath(db, path, error);
         }},
        {QStringLiteral("entity"),
         [&db, error](const QString &name) {
             return TimelineSeries::ofEntity(db, name, error);
         }},
    };
    for (const auto &[option, make] : kinds) {
        for (const QString &value : parser.values(option)) {
            const std::optional<TimelineSeries> made = make(value);
            if (!made)
                return false;
            *series << *made;
        }
    }
    if (parser.isSet(QStringLiteral("every-tag")))
        *series += TimelineSeries::ofEveryTag(db);
    if (series->isEmpty())
        *series << TimelineSeries{CommandLine::tr("All articles"), {}};
    return true;
}

/** Draws \a table at the size asked, on no screen, and saves it. */
bool drawTimeline(const TimelineTable &table, const TimelineOutput &output, QString *error)
{
    TimelineChartView chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(output.size);
    chart.setTable(table, output.measure, output.style);
    chart.show(); // laid out at its size
    QCoreApplication::processEvents();
    return chart.save(output.target, error);
}

} // namespace

int CommandLine::runTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeTimeline(parser);
    if (!parse(parser, arguments))
        return UsageError;
    const auto fail = [](const QString &message, int code) {
        err() << tr("pizhu timeline: %1").arg(message) << Qt::endl;
        return code;
    };
    Timeline::Options options;
    TimelineOutput output;
    if (const QString problem = readTimelineOptions(parser, &options, &output); !problem.isEmpty())
        return fail(problem, UsageError);
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    if (const QString problem = ArticleScopeOptions::readSet(parser, db, &options.scope); !problem.isEmpty())
        return fail(problem, UsageError);
    QString error;
    if (!addTimelineSeries(parser, db, &options.series, &error))
        return fail(error, UsageError);
    Timeline timeline(options);
    JobControl control;
    const TimelineTable table = timeline.compute(db, control);
    if (!timeline.errorString().isEmpty())
        return fail(timeline.errorString(), SomeInputsFailed);
    if (PictureExport::isPicturePath(output.target)) {
        if (!drawTimeline(table, output, &error))
            return fail(error, SomeInputsFailed);
    } else if (!output.target.isEmpty()) {
        if (!TimelineExport::writeCsv(table, output.target, true, &error))
            return fail(error, SomeInputsFailed);
    } else if (output.json) {
        out() << QJsonDocument(TimelineExport::toJson(table)).toJson(QJsonDocument::Indented);
    } else {
        out() << tableText(table, output.measure);
    }
    return Success;
}

} // namespace Pizhu
