// SPDX-License-Identifier: GPL-3.0-or-later
// pizhu import-qdpx and pizhu merge-coder: coding from other tools and other coders' corpora.
#include "commandline.h"
#include "exchange/codercorpusreader.h"
#include "exchange/codingmerge.h"
#include "exchange/qdpxreader.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QDir>

namespace Pizhu {

namespace {

/** Puts \a package into \a db, printing what came in, what was left out, or why nothing did. */
int merge(CorpusDatabase &db, const CodingPackage &package, const QString &command, QTextStream &out,
          QTextStream &err)
{
    CodingMerge merge(db);
    if (!merge.apply(package)) {
        err << CommandLine::tr("pizhu %1: nothing was imported:").arg(command) << Qt::endl;
        for (const QString &error : merge.errors())
            err << QStringLiteral("  ") << error << Qt::endl;
        return CommandLine::SomeInputsFailed;
    }
    for (const QString &left : merge.result().notMapped)
        err << CommandLine::tr("left out\t%1").arg(left) << Qt::endl;
    out << merge.result().summary() << Qt::endl;
    return CommandLine::Success;
}

} // namespace

int CommandLine::runImportQdpx(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a REFI-QDA project (.qdpx, from MAXQDA, NVivo, ATLAS.ti, QualCoder or Pizhu) or "
           "codebook (.qdc) into a corpus, new or existing: text sources become articles (or are found "
           "among the corpus's, by their text), codes become tags, selections become each user's "
           "passages with their notes. A project that is not valid is refused whole, with the reasons; "
           "what has no place in Pizhu is listed as left out."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file (made if missing)."), tr("FILE")});
    parser.addPositionalArgument(tr("PROJECT"), tr("The .qdpx or .qdc file."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("pizhu import-qdpx: name one .qdpx or .qdc file") << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    QdpxReader reader;
    if (!reader.read(path)) {
        err() << tr("pizhu import-qdpx: %1: nothing was imported:").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        for (const QString &error : reader.errors())
            err() << QStringLiteral("  ") << error << Qt::endl;
        return SomeInputsFailed;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::IfMissing))
        return UsageError;
    return merge(db, reader.package(), QStringLiteral("import-qdpx"), out(), err());
}

int CommandLine::runMergeCoder(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merges another coder's Pizhu corpus into this one: their codebook, and every coder's "
           "passages, notes and whole-article tags on the articles both corpora hold (matched by the "
           "file they were imported from), beside what is there, never over it. Their corpus is only "
           "read."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file to merge into."), tr("FILE")});
    parser.addPositionalArgument(tr("OTHER"), tr("The other coder's corpus file."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("pizhu merge-coder: name one corpus file to merge from") << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    CoderCorpusReader reader;
    if (!reader.read(path)) {
        err() << tr("pizhu merge-coder: %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString())
              << Qt::endl;
        return SomeInputsFailed;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    return merge(db, reader.package(), QStringLiteral("merge-coder"), out(), err());
}

} // namespace Pizhu
