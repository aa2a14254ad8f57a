// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "ingest/corpusimporter.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports scraped articles (files or folders) into a corpus."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file (created if missing)."), tr("FILE")});
    parser.addPositionalArgument(tr("PATH"), tr("Files or folders to import."), tr("PATH..."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("pizhu import: name at least one file or folder") << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::IfMissing))
        return UsageError;

    CorpusImporter importer(db);
    const ImportSummary summary =
        importer.importPaths(parser.positionalArguments(), [](const ImportOutcome &o) {
            switch (o.kind) {
            case ImportOutcome::Kind::Imported:
                out() << tr("imported\t%1\t#%2 %3").arg(o.source).arg(o.articleId).arg(o.title) << Qt::endl;
                break;
            case ImportOutcome::Kind::Duplicate:
                out() << tr("duplicate\t%1\tsame as #%2 %3").arg(o.source).arg(o.articleId).arg(o.title)
                      << Qt::endl;
                break;
            case ImportOutcome::Kind::Failed:
                err() << tr("failed\t%1\t%2").arg(o.source, o.reason) << Qt::endl;
                break;
            }
        });
    const int failed = summary.count(ImportOutcome::Kind::Failed);
    out() << tr("%1 imported, %2 duplicates, %3 failed")
                 .arg(summary.count(ImportOutcome::Kind::Imported))
                 .arg(summary.count(ImportOutcome::Kind::Duplicate))
                 .arg(failed)
          << Qt::endl;
    return failed > 0 ? SomeInputsFailed : Success;
}

} // namespace Pizhu
