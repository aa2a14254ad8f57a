// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "search/corpussearch.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

/**
 * A query may start with "-" (-NEAR, -5%): everything from the first word that is not one of
 * search's own options on is the query, as if "--" stood before it (and the parser takes what
 * follows the first word of the query as query too).
 */
QStringList queryAfterOptions(QStringList arguments)
{
    const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--limit")};
    const QStringList flags{QStringLiteral("--json"), QStringLiteral("-h"), QStringLiteral("--help"),
                            QStringLiteral("--help-all")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--"))
            return arguments;
        if (withValue.contains(word)) {
            ++i;
            continue;
        }
        if (flags.contains(word) || word.startsWith(QLatin1String("--db=")) ||
            word.startsWith(QLatin1String("--limit=")))
            continue;
        if (word.startsWith(QLatin1Char('-')))
            arguments.insert(i, QStringLiteral("--"));
        return arguments;
    }
    return arguments;
}

} // namespace

int CommandLine::runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Searches a corpus in either script: 黨員 finds 党员. Terms are ANDed; "
           "\"quoted phrases\" stay together."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per article.")});
    parser.addOption(
        {QStringLiteral("limit"), tr("At most N articles (default 50)."), tr("N"), QStringLiteral("50")});
    parser.addPositionalArgument(tr("QUERY"), tr("What to search for."), tr("QUERY..."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parse(parser, queryAfterOptions(arguments)))
        return UsageError;
    bool isNumber = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
    if (!isNumber || limit <= 0) {
        err() << tr("pizhu search: --limit needs a whole number above 0, not “%1”")
                     .arg(parser.value(QStringLiteral("limit")))
              << Qt::endl;
        return UsageError;
    }
    const SearchQuery query = SearchQuery::parse(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!query.isValid()) {
        err() << tr("pizhu search: %1").arg(query.error()) << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    CorpusSearch search(db);
    const QList<SearchResult> results = search.run(query, limit);
    if (!search.errorString().isEmpty()) {
        err() << tr("pizhu search: %1").arg(search.errorString()) << Qt::endl;
        return UsageError;
    }
    for (const SearchResult &result : results) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray highlights;
            for (const TextSpan &span : result.snippet.highlights)
                highlights.append(QJsonArray{span.start, span.end});
            const QJsonObject object{{QStringLiteral("id"), result.articleId},
                                     {QStringLiteral("title"), result.title},
                                     {QStringLiteral("hits"), result.hitCount},
                                     {QStringLiteral("snippet"), result.snippet.text},
                                     {QStringLiteral("highlights"), highlights}};
            out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out() << result.articleId << '\t' << result.title << '\t'
                  << tr("%n hit(s)", nullptr, result.hitCount) << '\t'
                  << result.snippet.marked(QStringLiteral("【"), QStringLiteral("】")) << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace Pizhu
