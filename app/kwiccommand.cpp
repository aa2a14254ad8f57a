// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/concordance.h"
#include "analysis/concordanceexport.h"
#include "commandline.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

std::optional<Concordance::Sort> sortFromName(const QString &name)
{
    static const QList<std::pair<QString, Concordance::Sort>> names = {
        {QStringLiteral("articles"), Concordance::Sort::Articles},
        {QStringLiteral("left"), Concordance::Sort::Left},
        {QStringLiteral("right"), Concordance::Sort::Right},
        {QStringLiteral("date"), Concordance::Sort::Date},
        {QStringLiteral("outlet"), Concordance::Sort::Outlet},
        {QStringLiteral("title"), Concordance::Sort::Title}};
    for (const auto &[key, sort] : names) {
        if (key == name)
            return sort;
    }
    return std::nullopt;
}

} // namespace

int CommandLine::runKwic(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints every hit of a query in the corpus with its context (keyword in context), found in "
           "either script: 党员 also finds 黨員. Offsets are code points of the stored original text."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("width"), tr("Characters of context on each side (default 20)."),
                      tr("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("script"),
                      tr("Script of the contexts: original (default), simplified, "
                         "traditional, taiwan, taiwan-phrases or hongkong."),
                      tr("SCRIPT"), QStringLiteral("original")});
    parser.addOption({QStringLiteral("sort"),
                      tr("articles (newest first, the default), left (the context before, read backwards), "
                         "right, date, outlet or title."),
                      tr("ORDER"), QStringLiteral("articles")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per hit.")});
    parser.addOption({QStringLiteral("out"), tr("Write the concordance as CSV instead."), tr("FILE")});
    parser.addPositionalArgument(tr("QUERY"),
                                 tr("What to find; several words must all occur in an article."));
    if (!parse(parser, arguments))
        return UsageError;
    bool widthOk = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&widthOk);
    const std::optional<ScriptMode> script =
        ScriptConverter::modeFromName(parser.value(QStringLiteral("script")));
    const std::optional<Concordance::Sort> sort = sortFromName(parser.value(QStringLiteral("sort")));
    if (!widthOk || width < 1 || width > 1000 || !script || !sort || parser.positionalArguments().isEmpty()) {
        err() << tr("pizhu kwic: %1")
                     .arg(!widthOk || width < 1 || width > 1000
                              ? tr("--width needs a whole number from 1 to 1000, not “%1”")
                                    .arg(parser.value(QStringLiteral("width")))
                          : !script
                              ? tr("there is no script “%1”").arg(parser.value(QStringLiteral("script")))
                          : !sort ? tr("there is no order “%1”").arg(parser.value(QStringLiteral("sort")))
                                  : tr("name what to find"))
              << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    Concordance concordance(db, {parser.positionalArguments().join(QLatin1Char(' ')), {}, width, *script});
    QList<ConcordanceLine> lines;
    while (!concordance.atEnd())
        lines += concordance.next(5000);
    if (!concordance.errorString().isEmpty()) {
        err() << tr("pizhu kwic: %1").arg(concordance.errorString()) << Qt::endl;
        return UsageError;
    }
    Concordance::sort(lines, *sort);
    if (parser.isSet(QStringLiteral("out"))) {
        QString error;
        if (!ConcordanceExport::write(lines, parser.value(QStringLiteral("out")), true, &error)) {
            err() << tr("pizhu kwic: %1").arg(error) << Qt::endl;
            return SomeInputsFailed;
        }
        return Success;
    }
    for (const ConcordanceLine &line : std::as_const(lines)) {
        if (parser.isSet(QStringLiteral("json")))
            out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("article_id"), line.articleId},
                                     {QStringLiteral("title"), line.title},
                                     {QStringLiteral("date"), line.published},
                                     {QStringLiteral("outlet"), line.outlet},
                                     {QStringLiteral("span"), QJsonArray{line.hit.start, line.hit.end}},
                                     {QStringLiteral("left"), line.left},
                                     {QStringLiteral("hit"), line.keyword},
                                     {QStringLiteral("right"), line.right}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            out() << QStringLiteral("%1\t%2【%3】%4\t%5")
                         .arg(line.articleId)
                         .arg(line.left, line.keyword, line.right, line.title)
                  << Qt::endl;
    }
    return Success;
}

} // namespace Pizhu
