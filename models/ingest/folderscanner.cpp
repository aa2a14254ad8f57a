// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscanner.h"

#include "articlesource.h"
#include "localfilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <dirent.h>
#include <unistd.h>

namespace Pizhu {

QStringList FolderScanner::scan(const QString &folder, QList<ImportOutcome> *failures)
{
    QStringList files;
    scanOne(folder, files, failures);
    files.sort();
    return files;
}

bool FolderScanner::isImportable(const QString &path)
{
    return ArticleSource::importableSuffixes().contains(QFileInfo(path).suffix().toLower());
}

void FolderScanner::scanOne(const QString &folder, QStringList &files, QList<ImportOutcome> *failures)
{
    if (folder.startsWith(QLatin1Char(':'))) { // the bundled samples, in the program's resources
        const QDir dir(folder);
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (isImportable(entry.filePath()))
                files.append(entry.filePath());
        }
        return;
    }
    // Listed by the bytes of the names: Qt leaves out a name that is not UTF-8 (6.4) or lists
    // nothing at all in its folder (6.8); LocalFileName keeps every byte, so such files import too.
    const QByteArray folderBytes = LocalFileName::toBytes(folder);
    DIR *dir =
        ::access(folderBytes.constData(), R_OK | X_OK) == 0 ? opendir(folderBytes.constData()) : nullptr;
    if (!dir) {
        if (failures)
            failures->append(ImportOutcome::failure(
                LocalFileName::readable(folder),
                tr("the folder cannot be read (no permission), so its files were not imported")));
        return;
    }
    QStringList folders;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QString path = folder + QLatin1Char('/') + LocalFileName::fromBytes(name);
        switch (LocalFileName::kindOf(path)) {
        case LocalFileName::Kind::Folder:
            folders.append(path);
            break;
        case LocalFileName::Kind::File:
            // An unreadable file is taken too: opening it fails with the reason, which is reported.
            if (isImportable(path))
                files.append(path);
            break;
        case LocalFileName::Kind::LinkToFolder: // not followed: it could lead back up and round forever
        case LocalFileName::Kind::Missing:      // gone since the listing, or a dangling link
        case LocalFileName::Kind::Other:
            break;
        }
    }
    closedir(dir);
    folders.sort();
    for (const QString &path : std::as_const(folders))
        scanOne(path, files, failures);
}

} // namespace Pizhu
