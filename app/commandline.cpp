// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "ingest/backfilljob.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Pizhu {

namespace {

using Handler = int (*)(const QStringList &);

} // namespace

const QList<QPair<QString, int (*)(const QStringList &)>> &CommandLine::commands()
{
    static const QList<QPair<QString, Handler>> table = {
        {QStringLiteral("import"), &CommandLine::runImport},
        {QStringLiteral("list"), &CommandLine::runList},
        {QStringLiteral("show"), &CommandLine::runShow},
        {QStringLiteral("search"), &CommandLine::runSearch},
        {QStringLiteral("export"), &CommandLine::runExport},
        {QStringLiteral("import-annotations"), &CommandLine::runImportAnnotations},
        {QStringLiteral("backup"), &CommandLine::runBackup},
        {QStringLiteral("check"), &CommandLine::runCheck},
        {QStringLiteral("entities"), &CommandLine::runEntities},
    };
    return table;
}

bool CommandLine::isCommand(const QString &word)
{
    const auto &table = commands();
    return std::any_of(table.cbegin(), table.cend(),
                       [&word](const auto &entry) { return entry.first == word; });
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // The parser sees "pizhu import ..." as program "pizhu import" with the rest as its arguments.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    for (const auto &[name, handler] : commands()) {
        if (name == command)
            return handler(rest);
    }
    err() << tr("pizhu: unknown command \"%1\"").arg(command) << Qt::endl;
    return UsageError;
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(Success);
    }
    return true;
}

bool CommandLine::openCorpus(CorpusDatabase &db, const QCommandLineParser &parser, Create create)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err() << tr("pizhu: --db FILE is required") << Qt::endl << parser.helpText();
        return false;
    }
    if (create == Create::Never && !QFileInfo::exists(path)) {
        err() << tr("pizhu: %1: no such corpus file").arg(path) << Qt::endl;
        return false;
    }
    const bool emptyFile = QFileInfo(path).isFile() && QFileInfo(path).size() == 0;
    if (create == Create::Never && emptyFile) {
        err() << tr("pizhu: %1: the file is empty, not a corpus (pizhu import --db makes one)").arg(path)
              << Qt::endl;
        return false;
    }
    if (!db.open(path)) {
        err() << tr("pizhu: cannot open the corpus %1").arg(db.errorString()) << Qt::endl;
        return false;
    }
    if (emptyFile)
        err() << tr("pizhu: %1 was an empty file; a new corpus was made in it").arg(path) << Qt::endl;
    if (!db.migrationBackupPath().isEmpty())
        err() << tr("pizhu: the corpus was upgraded to a new schema; a copy of it as it was is in %1")
                     .arg(db.migrationBackupPath())
              << Qt::endl;
    if (BackfillJob::isNeeded(db)) {
        // Articles from an older Pizhu are indexed and extracted before any command reads them.
        err() << tr("pizhu: preparing the articles stored by an older Pizhu…") << Qt::endl;
        BackfillJob backfill;
        JobControl control;
        if (!backfill.run(db, control)) {
            err() << tr("pizhu: %1: the older articles cannot be prepared (%2)")
                         .arg(path, backfill.errorString())
                  << Qt::endl;
            return false;
        }
    }
    return true;
}

QTextStream &CommandLine::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CommandLine::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Pizhu
