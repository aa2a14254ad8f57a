// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Pizhu {

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("import") || word == QLatin1String("list") ||
           word == QLatin1String("show") || word == QLatin1String("search");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // The parser sees "pizhu import ..." as program "pizhu import" with the rest as its arguments.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("list"))
        return runList(rest);
    if (command == QLatin1String("show"))
        return runShow(rest);
    if (command == QLatin1String("search"))
        return runSearch(rest);
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
    if (!db.open(path)) {
        err() << tr("pizhu: cannot open the corpus %1").arg(db.errorString()) << Qt::endl;
        return false;
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
