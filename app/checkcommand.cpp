// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "store/corpuscheckjob.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a corpus for damage: the file's structure, every article's text against its "
           "checksum, and the search index. Exits with 1 when something is damaged."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    if (!parse(parser, arguments))
        return UsageError;
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    CorpusCheckJob check;
    JobControl control;
    if (!check.run(db, control)) {
        err() << tr("pizhu check: %1: %2").arg(db.path(), check.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    (check.problems().isEmpty() ? out() : err()) << check.report() << Qt::endl;
    return check.problems().isEmpty() ? Success : SomeInputsFailed;
}

} // namespace Pizhu
