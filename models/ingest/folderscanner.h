// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

/**
 * The files a folder import takes: every file with a suffix Pizhu reads, in every sub-folder, in
 * name order. What it cannot take is reported, never passed over: a sub-folder that cannot be
 * read, a file that cannot be read, and a name that is not UTF-8 (GBK names from a Windows zip),
 * which this system cannot open by name.
 */
class FolderScanner
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::FolderScanner)

public:
    static QStringList scan(const QString &folder, QList<ImportOutcome> *failures);

private:
    static void scanOne(const QString &folder, QStringList &files, QList<ImportOutcome> *failures);
    static void reportUndecodableNames(const QString &folder, QList<ImportOutcome> *failures);
};

} // namespace Pizhu
