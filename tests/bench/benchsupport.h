// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace Pizhu::Bench {

/** Peak resident memory of this process so far, in MB. */
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/** Resident memory of this process now, in MB (from /proc/self/statm), or -1 where there is none. */
inline double currentRssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : -1;
}

/** Runs a shell command and returns its wall time in seconds, or -1 when it failed. */
inline double timeShell(const QString &command)
{
    QElapsedTimer timer;
    timer.start();
    const int code = QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    return code == 0 ? timer.nsecsElapsed() / 1e9 : -1.0;
}

/**
 * Opens the benchmark corpus at \a path, first generating \a count articles from the seeds and
 * sina2018 and importing them if the file does not exist. \a path may be the address of a team
 * corpus on PostgreSQL (made by pizhu init-team, with the lead's login), filled when it holds no
 * articles. Prints what building it took.
 */
bool openBenchmarkCorpus(CorpusDatabase &db, const QString &path, int count);

inline void line(const char *label, const QString &value)
{
    std::printf("%-44s %s\n", label, qPrintable(value));
}

} // namespace Pizhu::Bench
