// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "exchange/backupjob.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of a corpus, even while it is open elsewhere."));
    parser.addOption({QStringLiteral("db"),
                      tr("The corpus file, or a team corpus's address (copied to a corpus file)."),
                      tr("FILE|ADDRESS")});
    parser.addOption({QStringLiteral("out"), tr("The copy to write."), tr("FILE")});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.value(QStringLiteral("out")).isEmpty()) {
        err() << tr("pizhu backup: --out FILE is required") << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    BackupJob backup(parser.value(QStringLiteral("out")));
    JobControl control;
    if (!backup.run(db, control)) {
        err() << tr("pizhu backup: %1").arg(backup.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    return Success;
}

} // namespace Pizhu
