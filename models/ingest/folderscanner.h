// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

/**
 * The files a folder import takes: every file with a suffix Pizhu reads, in every sub-folder, in
 * name order, names that are not UTF-8 (GBK names from a Windows zip) included (LocalFileName). A
 * sub-folder that cannot be read is reported, never passed over; a file that cannot be read is
 * taken, so that opening it reports why. Links to folders are not followed.
 */
class FolderScanner
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::FolderScanner)

public:
    static QStringList scan(const QString &folder, QList<ImportOutcome> *failures);

private:
    static void scanOne(const QString &folder, QStringList &files, QList<ImportOutcome> *failures);
    static bool isImportable(const QString &path);
};

} // namespace Pizhu
