// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Pizhu {

class CorpusDatabase;

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

    /** Whether \a word names a subcommand, so main() can start without a GUI. */
    static bool isCommand(const QString &word);

    /** Runs the subcommand in \a arguments (program name first, then the command). */
    static int run(const QStringList &arguments);

private:
    /** Every subcommand by name. */
    static const QList<QPair<QString, int (*)(const QStringList &)>> &commands();

    static int runImport(const QStringList &arguments);
    static int runList(const QStringList &arguments);
    static int runShow(const QStringList &arguments);
    static int runSearch(const QStringList &arguments);
    static int runExport(const QStringList &arguments);
    static int runImportAnnotations(const QStringList &arguments);
    static int runBackup(const QStringList &arguments);
    static int runCheck(const QStringList &arguments);
    static int runEntities(const QStringList &arguments);

    /** Parses \a arguments; on error prints it with the usage and returns false. */
    static bool parse(QCommandLineParser &parser, const QStringList &arguments);
    enum class Create
    {
        IfMissing,
        Never,
    };
    /** Opens the corpus named by --db; on failure prints why and returns false. */
    static bool openCorpus(CorpusDatabase &db, const QCommandLineParser &parser, Create create);

    static QTextStream &out();
    static QTextStream &err();
};

} // namespace Pizhu
