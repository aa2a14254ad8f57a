// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlescopeoptions.h"
#include "commandline.h"
#include "exchange/qdpxwriter.h"
#include "export/csvexport.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports annotations, article tags, entities, articles, the article-by-tag matrix or memos as CSV "
           "(UTF-8 with a byte-order mark, CRLF, RFC 4180)."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("what"),
         tr("annotations, article-tags, entities, articles, matrix or memos (CSV); qdpx (a REFI-QDA "
            "project with the texts and all coding) or qdc (the codebook alone, REFI-QDA)."),
         tr("TABLE")});
    parser.addOption({QStringLiteral("out"), tr("The CSV file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("script"),
                      tr("Script of quoted text: original (default), simplified or traditional."),
                      tr("SCRIPT"), QStringLiteral("original")});
    parser.addOption({QStringLiteral("no-bom"), tr("Write no byte-order mark (for tools that dislike it).")});
    parser.addOption({QStringLiteral("by-coder"), tr("Matrix: one row per article and coder.")});
    ArticleScopeOptions::add(parser);
    if (!parse(parser, arguments))
        return UsageError;
    const QString what = parser.value(QStringLiteral("what"));
    if ((what == QLatin1String("qdpx") || what == QLatin1String("qdc")) &&
        ArticleScopeOptions::isSet(parser)) {
        err() << tr("pizhu export: --what %1 writes the whole project; --from, --to, --outlet, --written-in, "
                    "--attribute, --status and --set limit the CSV tables")
                     .arg(what)
              << Qt::endl;
        return UsageError;
    }
    if (what == QLatin1String("qdpx") || what == QLatin1String("qdc"))
        return exportRefiQda(parser, what == QLatin1String("qdc"));
    const std::optional<CsvExport::Table> table =
        CsvExport::tableFromName(parser.value(QStringLiteral("what")));
    if (!table) {
        err() << tr("pizhu export: --what must be annotations, article-tags, entities, articles, matrix, "
                    "memos, "
                    "qdpx or qdc")
              << Qt::endl;
        return UsageError;
    }
    const std::optional<ScriptMode> script =
        ScriptConverter::modeFromName(parser.value(QStringLiteral("script")));
    if (!script || (*script != ScriptMode::Original && *script != ScriptMode::Simplified &&
                    *script != ScriptMode::Traditional)) {
        err() << tr("pizhu export: --script must be original, simplified or traditional") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("by-coder")) && *table != CsvExport::Table::Matrix) {
        err() << tr("pizhu export: --by-coder is for --what matrix") << Qt::endl;
        return UsageError;
    }
    if (parser.value(QStringLiteral("out")).isEmpty()) {
        err() << tr("pizhu export: --out FILE is required") << Qt::endl;
        return UsageError;
    }
    CsvExport::Options options{*table,
                               *script,
                               !parser.isSet(QStringLiteral("no-bom")),
                               parser.isSet(QStringLiteral("by-coder")),
                               {}};
    if (const QString problem = ArticleScopeOptions::read(parser, &options.scope); !problem.isEmpty()) {
        err() << tr("pizhu export: %1").arg(problem) << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    if (const QString problem = ArticleScopeOptions::readSet(parser, db, &options.scope);
        !problem.isEmpty()) {
        err() << tr("pizhu export: %1").arg(problem) << Qt::endl;
        return UsageError;
    }
    QString error;
    if (!CsvExport::write(db, parser.value(QStringLiteral("out")), options, &error)) {
        err() << tr("pizhu export: %1").arg(error) << Qt::endl;
        return SomeInputsFailed;
    }
    return Success;
}

int CommandLine::exportRefiQda(const QCommandLineParser &parser, bool codebookOnly)
{
    if (parser.value(QStringLiteral("out")).isEmpty()) {
        err() << tr("pizhu export: --out FILE is required") << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    QString error;
    const QString out = parser.value(QStringLiteral("out"));
    if (!(codebookOnly ? QdpxWriter::writeCodebook(db, out, &error)
                       : QdpxWriter::writeProject(db, out, &error))) {
        err() << tr("pizhu export: %1").arg(error) << Qt::endl;
        return SomeInputsFailed;
    }
    return Success;
}

} // namespace Pizhu
