// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "export/annotationimport.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runImportAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads annotations.csv or article-tags.csv (as pizhu export writes them) into a corpus, "
           "to merge coders' work. A row without start and end is a tag on the whole article. Rows "
           "that do not match are reported and skipped."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("coder"), tr("Coder for rows that name none (default: you)."), tr("NAME")});
    parser.addPositionalArgument(tr("CSV"), tr("The annotations file."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("pizhu import-annotations: name one CSV file") << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    const QString coder = parser.isSet(QStringLiteral("coder"))
                              ? parser.value(QStringLiteral("coder"))
                              : qEnvironmentVariable("USER", QStringLiteral("coder"));
    const AnnotationImportResult result =
        AnnotationImport::read(db, parser.positionalArguments().first(), coder);
    if (!result.error.isEmpty()) {
        err() << tr("pizhu import-annotations: %1").arg(result.error) << Qt::endl;
        return SomeInputsFailed;
    }
    for (const QString &skipped : result.skipped)
        err() << tr("skipped\t%1").arg(skipped) << Qt::endl;
    out() << tr("%1 and %2 added, %3 already present, %4 skipped")
                 .arg(tr("%n passage(s)", nullptr, result.added),
                      tr("%n article tag(s)", nullptr, result.articleTagsAdded))
                 .arg(result.duplicates)
                 .arg(result.skipped.size())
          << Qt::endl;
    return result.skipped.isEmpty() ? Success : SomeInputsFailed;
}

} // namespace Pizhu
