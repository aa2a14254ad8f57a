// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/cooccurrence.h"
#include "analysis/networkexport.h"
#include "analysis/networklayout.h"
#include "articlescopeoptions.h"
#include "commandline.h"
#include "core/jobcontrol.h"
#include "networkview.h"
#include "pictureexport.h"
#include "search/searchquery.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Pizhu {

namespace {

std::optional<QList<NodeKind>> kindsFromNames(const QString &names)
{
    QList<NodeKind> kinds;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = name.trimmed().toUpper();
        if (code == QLatin1String("PER"))
            kinds << NodeKind::Person;
        else if (code == QLatin1String("ORG"))
            kinds << NodeKind::Organisation;
        else if (code == QLatin1String("TAG"))
            kinds << NodeKind::Tag;
        else
            return std::nullopt;
    }
    if (kinds.isEmpty())
        return std::nullopt;
    return kinds;
}

QString pairsText(const CooccurrenceNetwork &network)
{
    QString text = QStringLiteral("source\tsource_type\ttarget\ttarget_type\tcount\tpmi\tdice\n");
    for (const CooccurrenceEdge &edge : network.edges) {
        const CooccurrenceNode &from = network.nodes.at(edge.from);
        const CooccurrenceNode &to = network.nodes.at(edge.to);
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(from.label, from.kindCode(), to.label, to.kindCode())
                    .arg(edge.count)
                    .arg(edge.pmi, 0, 'f', 3)
                    .arg(edge.dice, 0, 'f', 3);
    }
    return text;
}

void describeCooccurrence(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Which people, organisations and tags occur together in the same article or paragraph: the "
        "most frequent of each kind, and every pair seen together often enough, with the count, "
        "PMI and Dice. Prints the pairs, or writes the network as CSV, GraphML or GEXF, or draws it "
        "as PNG or SVG."));
    parser.addOption({QStringLiteral("db"), CommandLine::tr("The corpus file."), CommandLine::tr("FILE")});
    parser.addOption(
        {QStringLiteral("kinds"),
         CommandLine::tr("What the nodes are: PER, ORG, TAG, comma-separated (default PER,ORG)."),
         CommandLine::tr("KINDS"), QStringLiteral("PER,ORG")});
    parser.addOption({QStringLiteral("unit"),
                      CommandLine::tr("article (the default) or paragraph: where both must occur."),
                      CommandLine::tr("UNIT"), QStringLiteral("article")});
    parser.addOption({QStringLiteral("top"),
                      CommandLine::tr("The most frequent N of each kind (default 30)."), CommandLine::tr("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("min-count"),
                      CommandLine::tr("Leave out pairs seen together fewer times (default 2)."),
                      CommandLine::tr("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("query"),
                      CommandLine::tr("Only articles that mention these words (either script)."),
                      CommandLine::tr("WORDS")});
    ArticleScopeOptions::add(parser);
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print the nodes and pairs as JSON.")});
    parser.addOption(
        {QStringLiteral("out"),
         CommandLine::tr("Write .csv (the pairs), .graphml or .gexf (the network), or draw .png or .svg."),
         CommandLine::tr("FILE")});
    parser.addOption({QStringLiteral("matrix"), CommandLine::tr("Also write the matrix of the nodes as CSV."),
                      CommandLine::tr("FILE")});
}

/** The options as a computation's; what is wrong with them, or empty. */
QString readCooccurrenceOptions(const QCommandLineParser &parser, Cooccurrence::Options *options)
{
    const std::optional<QList<NodeKind>> kinds = kindsFromNames(parser.value(QStringLiteral("kinds")));
    if (!kinds)
        return CommandLine::tr("--kinds takes PER, ORG and TAG, not “%1”")
            .arg(parser.value(QStringLiteral("kinds")));
    options->kinds = *kinds;
    const QString unit = parser.value(QStringLiteral("unit"));
    if (unit != QLatin1String("article") && unit != QLatin1String("paragraph"))
        return CommandLine::tr("--unit takes article or paragraph, not “%1”").arg(unit);
    options->unit =
        unit == QLatin1String("article") ? CooccurrenceUnit::Article : CooccurrenceUnit::Paragraph;
    bool topOk = false;
    bool minOk = false;
    options->topNodes = parser.value(QStringLiteral("top")).toInt(&topOk);
    options->minCount = parser.value(QStringLiteral("min-count")).toInt(&minOk);
    if (!topOk || options->topNodes < 1 || options->topNodes > 1000)
        return CommandLine::tr("--top takes a whole number from 1 to 1000, not “%1”")
            .arg(parser.value(QStringLiteral("top")));
    if (!minOk || options->minCount < 1)
        return CommandLine::tr("--min-count takes a whole number from 1, not “%1”")
            .arg(parser.value(QStringLiteral("min-count")));
    if (const QString problem = ArticleScopeOptions::read(parser, &options->scope); !problem.isEmpty())
        return problem;
    if (parser.isSet(QStringLiteral("query"))) {
        const SearchQuery query = SearchQuery::parse(parser.value(QStringLiteral("query")));
        if (!query.isValid())
            return CommandLine::tr("“%1”: %2").arg(parser.value(QStringLiteral("query")), query.error());
        options->scope.ftsExpression = query.ftsExpression();
    }
    const QString target = parser.value(QStringLiteral("out"));
    if (!target.isEmpty() && !PictureExport::isPicturePath(target) && !NetworkExport::isNetworkPath(target))
        return CommandLine::tr("%1: --out writes .csv, .graphml, .gexf, .png or .svg").arg(target);
    return {};
}

/** Lays out \a network and draws it to \a path. */
bool drawNetwork(const CooccurrenceNetwork &network, const QString &path, QString *error)
{
    const QList<QPointF> centres = NetworkLayout::place(network, error);
    if (!error->isEmpty())
        return false;
    NetworkView view;
    view.setNetwork(network, centres);
    return view.save(path, error);
}

} // namespace

int CommandLine::runCooccurrence(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCooccurrence(parser);
    if (!parse(parser, arguments))
        return UsageError;
    const auto fail = [](const QString &message, int code) {
        err() << tr("pizhu cooccurrence: %1").arg(message) << Qt::endl;
        return code;
    };
    Cooccurrence::Options options;
    if (const QString problem = readCooccurrenceOptions(parser, &options); !problem.isEmpty())
        return fail(problem, UsageError);
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    if (const QString problem = ArticleScopeOptions::readSet(parser, db, &options.scope); !problem.isEmpty())
        return fail(problem, UsageError);
    Cooccurrence cooccurrence(options);
    JobControl control;
    const CooccurrenceNetwork network = cooccurrence.compute(db, control);
    if (!cooccurrence.errorString().isEmpty())
        return fail(cooccurrence.errorString(), SomeInputsFailed);
    const QString target = parser.value(QStringLiteral("out"));
    const QString matrix = parser.value(QStringLiteral("matrix"));
    QString error;
    if (!matrix.isEmpty() && !NetworkExport::writeMatrix(network, matrix, true, &error))
        return fail(error, SomeInputsFailed);
    if (PictureExport::isPicturePath(target)) {
        if (!drawNetwork(network, target, &error))
            return fail(error, SomeInputsFailed);
    } else if (!target.isEmpty()) {
        if (!NetworkExport::write(network, target, true, &error))
            return fail(error, SomeInputsFailed);
    } else if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(NetworkExport::toJson(network)).toJson(QJsonDocument::Indented);
    } else if (matrix.isEmpty()) { // the matrix alone was asked for
        out() << pairsText(network);
    }
    return Success;
}

} // namespace Pizhu
