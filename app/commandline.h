// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Pizhu {

class CorpusDatabase;
class TeamAddress;

/**
 * The `pizhu COMMAND` subcommands. Each parses its arguments, calls the models library and prints;
 * the work itself is the same code the GUI runs.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        SomeInputsFailed = 1,
        UsageError = 2, ///< also: the corpus cannot be opened
    };

    /**
     * Whether \a arguments (program name first) are for the command line rather than the window:
     * a word in first place (a subcommand, known or not), or a request for help or the version.
     * None of these needs a display.
     */
    static bool isForConsole(const QStringList &arguments);
    /** Whether the command in \a arguments draws a picture (a chart as .png or .svg), which needs
     * QApplication. */
    static bool needsPainting(const QStringList &arguments);

    /** Runs the subcommand in \a arguments (program name first, then the command). */
    static int run(const QStringList &arguments);

    /** The options the window takes (--db), with the top-level description and the commands. */
    static void describeWindowOptions(QCommandLineParser &parser);

private:
    struct Command
    {
        QString name;
        int (*handler)(const QStringList &);
        const char *summary; ///< untranslated; tr() at the time of printing
    };
    /** Every subcommand by name. */
    static const QList<Command> &commands();

    /** `pizhu`, `pizhu --help` and `pizhu --version` as text on the terminal. */
    static int runTopLevel(const QStringList &arguments);

    static int runImport(const QStringList &arguments);
    static int runList(const QStringList &arguments);
    static int runShow(const QStringList &arguments);
    static int runSearch(const QStringList &arguments);
    static int runExport(const QStringList &arguments);
    static int runImportAnnotations(const QStringList &arguments);
    static int runBackup(const QStringList &arguments);
    static int runCheck(const QStringList &arguments);
    static int runEntities(const QStringList &arguments);
    static int runEntityRules(const QStringList &arguments);
    static int runAdaptModel(const QStringList &arguments);
    static int runAgreement(const QStringList &arguments);
    static int runKwic(const QStringList &arguments);
    static int runTimeline(const QStringList &arguments);
    static int runCooccurrence(const QStringList &arguments);
    static int runImportQdpx(const QStringList &arguments);
    static int runMergeCoder(const QStringList &arguments);
    static int runInitTeam(const QStringList &arguments);
    static int runCopy(const QStringList &arguments);
    static int runUpgradeTeam(const QStringList &arguments);
    static int initialiseTeam(const TeamAddress &address, const QString &lead, const QStringList &coders);

    static int exportRefiQda(const QCommandLineParser &parser, bool codebookOnly);

    /** Parses \a arguments; on error prints it with the usage and returns false. */
    static bool parse(QCommandLineParser &parser, const QStringList &arguments);
    /** The parser's help, its usage line naming the subcommand (`pizhu show [options] ID`). */
    static QString usage(const QCommandLineParser &parser);
    enum class Create
    {
        IfMissing,
        Never,
    };
    /** Opens the corpus named by --db; on failure prints why and returns false. */
    static bool openCorpus(CorpusDatabase &db, const QCommandLineParser &parser, Create create);
    /** Opens the corpus file \a path; on failure prints why and returns false. */
    static bool openCorpusAt(CorpusDatabase &db, const QString &path, Create create);

    static QTextStream &out();
    static QTextStream &err();
};

} // namespace Pizhu
