// SPDX-License-Identifier: GPL-3.0-or-later
// The analyses on a large corpus, as a researcher waits for them: the first page of a concordance,
// a monthly timeline of a query, and the co-occurrence of the 100 most frequent people and
// organisations by article and by paragraph (with the Graphviz layout the window adds).
//
//   bench_analysis [--articles N] [--corpus FILE] [--rounds N]
#include "analysis/concordance.h"
#include "analysis/cooccurrence.h"
#include "analysis/networklayout.h"
#include "analysis/timeline.h"
#include "bench/benchsupport.h"
#include "core/jobcontrol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <functional>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

/** The median and the slowest of \a rounds runs of \a work, in milliseconds. */
std::pair<double, double> timed(int rounds, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.back()};
}

QString figures(const std::pair<double, double> &times, const QString &what)
{
    return QStringLiteral("median %1 ms, slowest %2 ms (%3)")
        .arg(times.first, 0, 'f', 1)
        .arg(times.second, 0, 'f', 1)
        .arg(what);
}

void concordance(CorpusDatabase &db, int rounds)
{
    for (const QString &word : {QStringLiteral("党员"), QStringLiteral("疫情"), QStringLiteral("医院"),
                                QStringLiteral("黨員"), QStringLiteral("球迷")}) {
        int lines = 0;
        const auto times = timed(rounds, [&] {
            Concordance kwic(db, {word, {}, 20, ScriptMode::Original});
            lines = int(kwic.next(200).size());
        });
        line(qPrintable(QStringLiteral("kwic first 200 lines, %1").arg(word)),
             figures(times, QStringLiteral("%1 lines").arg(lines)));
    }
}

void timeline(CorpusDatabase &db, int rounds)
{
    for (const QStringList &words :
         {QStringList{QStringLiteral("党员")}, QStringList{QStringLiteral("党员"), QStringLiteral("干部")}}) {
        Timeline::Options options;
        QString error;
        for (const QString &word : words)
            options.series << *TimelineSeries::ofWords(word, &error);
        int buckets = 0;
        const auto times = timed(rounds, [&] {
            Timeline counts(options);
            JobControl control;
            buckets = int(counts.compute(db, control).buckets.size());
        });
        line(qPrintable(QStringLiteral("monthly timeline, %1").arg(words.join(QStringLiteral(" vs ")))),
             figures(times, QStringLiteral("%1 months").arg(buckets)));
    }
}

void cooccurrence(CorpusDatabase &db, int rounds)
{
    for (const CooccurrenceUnit unit : {CooccurrenceUnit::Article, CooccurrenceUnit::Paragraph}) {
        Cooccurrence::Options options;
        options.topNodes = 100;
        options.unit = unit;
        CooccurrenceNetwork network;
        const auto times = timed(rounds, [&] {
            Cooccurrence counting(options);
            JobControl control;
            network = counting.compute(db, control);
        });
        const char *name = unit == CooccurrenceUnit::Article ? "co-occurrence, top 100 PER+ORG, article"
                                                             : "co-occurrence, top 100 PER+ORG, paragraph";
        line(name, figures(times, QStringLiteral("%1 nodes, %2 pairs, %3 units")
                                      .arg(network.nodes.size())
                                      .arg(network.edges.size())
                                      .arg(network.unitCount)));
        QString error;
        const auto layout = timed(rounds, [&] { NetworkLayout::place(network, &error); });
        line("  its Graphviz layout", figures(layout, error.isEmpty() ? QStringLiteral("neato") : error));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Corpus file to build or reuse."),
                      QStringLiteral("FILE"), QStringLiteral("/tmp/pizhu-bench-100k.pizhu")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    CorpusDatabase db;
    if (!openBenchmarkCorpus(db, parser.value(QStringLiteral("corpus")),
                             parser.value(QStringLiteral("articles")).toInt()))
        return 2;
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    concordance(db, rounds);
    timeline(db, rounds);
    cooccurrence(db, rounds);
    line("peak memory", QStringLiteral("%1 MB").arg(peakRssMb(), 0, 'f', 0));
    return 0;
}
