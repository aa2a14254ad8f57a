// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "ingest/backfilljob.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Pizhu {

namespace {

/** The name the running subcommand was invoked as ("pizhu show"), for its usage line. */
QString invokedAs;

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

bool isHelpOrVersion(const QString &argument)
{
    static const QStringList help = {QStringLiteral("-h"), QStringLiteral("--help"),
                                     QStringLiteral("--help-all"), QStringLiteral("-?")};
    return help.contains(argument) || isVersion(argument);
}

} // namespace

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> table = {
        {QStringLiteral("import"), &CommandLine::runImport,
         QT_TR_NOOP("import scraped articles (files or folders) into a corpus")},
        {QStringLiteral("list"), &CommandLine::runList, QT_TR_NOOP("list the articles of a corpus")},
        {QStringLiteral("show"), &CommandLine::runShow, QT_TR_NOOP("print one article")},
        {QStringLiteral("search"), &CommandLine::runSearch, QT_TR_NOOP("search a corpus in either script")},
        {QStringLiteral("export"), &CommandLine::runExport,
         QT_TR_NOOP("write annotations, entities, article tags or the tag matrix as CSV")},
        {QStringLiteral("import-annotations"), &CommandLine::runImportAnnotations,
         QT_TR_NOOP("read coded passages back from an annotations CSV")},
        {QStringLiteral("backup"), &CommandLine::runBackup,
         QT_TR_NOOP("write a consistent copy of a corpus")},
        {QStringLiteral("check"), &CommandLine::runCheck, QT_TR_NOOP("check a corpus for damage")},
        {QStringLiteral("import-qdpx"), &CommandLine::runImportQdpx,
         QT_TR_NOOP("import a REFI-QDA project or codebook from another QDA tool")},
        {QStringLiteral("merge-coder"), &CommandLine::runMergeCoder,
         QT_TR_NOOP("merge another coder's corpus: their passages and article tags beside yours")},
        {QStringLiteral("kwic"), &CommandLine::runKwic,
         QT_TR_NOOP("every hit of a query with its context (concordance), in either script")},
        {QStringLiteral("timeline"), &CommandLine::runTimeline,
         QT_TR_NOOP("count articles by period or outlet, for words, tags or names; as a table or a chart")},
        {QStringLiteral("cooccurrence"), &CommandLine::runCooccurrence,
         QT_TR_NOOP(
             "which people, organisations and tags occur together; pairs, GraphML, GEXF or a picture")},
        {QStringLiteral("agreement"), &CommandLine::runAgreement,
         QT_TR_NOOP("compare coders: agreement per tag (κ, Fleiss' κ, α, unitizing α)")},
        {QStringLiteral("init-team"), &CommandLine::runInitTeam,
         QT_TR_NOOP("make an empty PostgreSQL database a team corpus, with a lead and coders")},
        {QStringLiteral("upgrade-team"), &CommandLine::runUpgradeTeam,
         QT_TR_NOOP("bring a team corpus made by an older Pizhu up to date (as its administrator)")},
        {QStringLiteral("copy"), &CommandLine::runCopy,
         QT_TR_NOOP("copy a whole corpus between a file and a team corpus on PostgreSQL, either way")},
        {QStringLiteral("entities"), &CommandLine::runEntities,
         QT_TR_NOOP("extract people, organisations and figures from files, without a corpus")},
        {QStringLiteral("entity-rules"), &CommandLine::runEntityRules,
         QT_TR_NOOP("correct an entity in every article of a corpus, kept as a rule; or list the rules")},
        {QStringLiteral("adapt-model"), &CommandLine::runAdaptModel,
         QT_TR_NOOP("adapt the entity model to a corpus from its corrections and extract again with it")},
    };
    return table;
}

bool CommandLine::isForConsole(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (!arguments.at(1).startsWith(QLatin1Char('-')))
        return true;
    return std::any_of(arguments.cbegin() + 1, arguments.cend(), isHelpOrVersion);
}

void CommandLine::describeWindowOptions(QCommandLineParser &parser)
{
    QString description = tr("Pizhu (批注): a reader and annotation workbench for Chinese news corpora.\n"
                             "Without a command it opens the window.\n\nCommands:");
    for (const Command &command : commands())
        description += QStringLiteral("\n  %1  %2").arg(command.name, -20).arg(tr(command.summary));
    description += QLatin1Char('\n') + tr("Run pizhu COMMAND --help for the options of each.");
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"),
         tr("Open or create the corpus FILE, or open the team corpus at ADDRESS, in the window."),
         tr("FILE|ADDRESS")});
}

int CommandLine::runTopLevel(const QStringList &arguments)
{
    // Only help and version are answered here; Qt's own options (-platform, -style) are the window's.
    if (std::any_of(arguments.cbegin() + 1, arguments.cend(), isVersion)) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    QCommandLineParser parser;
    describeWindowOptions(parser);
    invokedAs = QFileInfo(arguments.value(0)).fileName();
    out() << usage(parser);
    out().flush();
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.startsWith(QLatin1Char('-')))
        return runTopLevel(arguments);
    // The parser sees "pizhu import ..." as program "pizhu import" with the rest as its arguments.
    invokedAs = QFileInfo(arguments.value(0)).fileName() + QLatin1Char(' ') + command;
    QStringList rest = arguments.mid(2);
    rest.prepend(invokedAs);
    for (const Command &entry : commands()) {
        if (entry.name == command)
            return entry.handler(rest);
    }
    QStringList names;
    for (const Command &entry : commands())
        names << entry.name;
    err() << tr("pizhu: unknown command “%1”; the commands are %2 (pizhu --help says more)")
                 .arg(command, names.join(QStringLiteral(", ")))
          << Qt::endl;
    return UsageError;
}

QString CommandLine::usage(const QCommandLineParser &parser)
{
    // Qt names the executable as it was started; the usage line should name the subcommand too.
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(started);
    if (at >= 0 && !started.isEmpty())
        text.replace(at, started.size(), invokedAs);
    return text;
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl << usage(parser);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << usage(parser);
        out().flush();
        std::exit(Success);
    }
    return true;
}

bool CommandLine::openCorpus(CorpusDatabase &db, const QCommandLineParser &parser, Create create)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err() << tr("pizhu: --db FILE is required") << Qt::endl << usage(parser);
        return false;
    }
    return openCorpusAt(db, path, create);
}

bool CommandLine::openCorpusAt(CorpusDatabase &db, const QString &path, Create create)
{
    if (TeamAddress::isTeamAddress(path)) {
        QString error;
        const std::optional<TeamAddress> address = TeamAddress::parse(path, &error);
        if (!address || !db.openTeam(*address)) {
            err() << tr("pizhu: cannot open the corpus %1").arg(address ? db.errorString() : error)
                  << Qt::endl;
            return false;
        }
        return true;
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
