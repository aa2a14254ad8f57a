// SPDX-License-Identifier: GPL-3.0-or-later
// The real `pizhu` executable run as a user or a script runs it, for the command-line tests.
#pragma once

#include <QProcess>
#include <QStringList>

namespace Pizhu::TestSupport {

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/**
 * Runs \a program with \a arguments and waits for it, with HOME and XDG_DATA_HOME in \a home (so
 * that nothing of the user's is read or written) and the variables \a unset taken away.
 */
inline CommandRun runCommand(const QString &program, const QStringList &arguments, const QString &home,
                             const QStringList &unset = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        env.remove(name);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s %s did not finish", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Pizhu::TestSupport
