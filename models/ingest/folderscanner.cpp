// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscanner.h"

#include "articlesource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <dirent.h>

namespace Pizhu {

QStringList FolderScanner::scan(const QString &folder, QList<ImportOutcome> *failures)
{
    QStringList files;
    scanOne(folder, files, failures);
    files.sort();
    return files;
}

void FolderScanner::scanOne(const QString &folder, QStringList &files, QList<ImportOutcome> *failures)
{
    const QFileInfo info(folder);
    const bool resource = folder.startsWith(QLatin1Char(':')); // the bundled samples
    if (!resource && (!info.isReadable() || !info.isExecutable())) {
        if (failures)
            failures->append(ImportOutcome::failure(
                folder, tr("the folder cannot be read (no permission), so its files were "
                           "not imported")));
        return;
    }
    if (!resource)
        reportUndecodableNames(folder, failures);
    const QDir dir(folder);
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.isDir()) {
            // A link to a folder is not followed: it could lead back up and round forever.
            if (!entry.isSymLink())
                scanOne(entry.filePath(), files, failures);
            continue;
        }
        if (!ArticleSource::importableSuffixes().contains(entry.suffix().toLower()))
            continue;
        // An unreadable file is taken too: opening it fails with the reason, which is reported.
        files.append(entry.filePath());
    }
}

void FolderScanner::reportUndecodableNames(const QString &folder, QList<ImportOutcome> *failures)
{
    // Qt decodes names as UTF-8 and leaves out what does not decode; the raw names show them.
    DIR *raw = opendir(QFile::encodeName(folder).constData());
    if (!raw)
        return;
    while (const dirent *entry = readdir(raw)) {
        const QByteArray name(entry->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(name);
        if (!utf8.hasError() || !failures)
            continue;
        const QString suffix = QFileInfo(decoded).suffix().toLower();
        if (!ArticleSource::importableSuffixes().contains(suffix) && entry->d_type != DT_DIR)
            continue;
        failures->append(ImportOutcome::failure(
            QDir(folder).filePath(decoded),
            tr("the name is not UTF-8 (bytes %1), so it cannot be opened here; rename it "
               "(for names from Windows: convmv -f gbk -t utf8 --notest) and import it again")
                .arg(QString::fromLatin1(name.toHex(' ')))));
    }
    closedir(raw);
}

} // namespace Pizhu
