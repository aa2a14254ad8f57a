// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusimporter.h"

#include "articleparser.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Pizhu {

namespace {

const QStringList &importableSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("txt")};
    return suffixes;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CorpusImporter::CorpusImporter(CorpusDatabase &db)
    : m_db(db)
{
}

QStringList CorpusImporter::expandPaths(const QStringList &paths, QList<ImportOutcome> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (importableSuffixes().contains(QFileInfo(file).suffix().toLower()))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            missing->append({ImportOutcome::Kind::Failed, displayPath(path), 0, {}, tr("no such file or folder")});
        }
    }
    return files;
}

ImportOutcome CorpusImporter::importFile(const QString &path)
{
    ImportOutcome outcome;
    outcome.source = displayPath(path);
    QFile file(path);
    if (file.size() > MaxFileSize) {
        outcome.reason = tr("the file is larger than %1 MB").arg(MaxFileSize / (1024 * 1024));
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.reason = tr("the file cannot be read (%1)").arg(file.errorString());
        return outcome;
    }
    const DecodedText decoded = TextDecoder::decode(file.readAll());
    if (!decoded.ok()) {
        outcome.reason = decoded.error;
        return outcome;
    }
    Article article = ArticleParser::parse(decoded.text);
    if (article.title.isEmpty()) {
        outcome.reason = tr("no title could be found");
        return outcome;
    }
    article.encoding = decoded.encoding;
    article.sourcePath = path;
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(decoded.text.toUtf8(), QCryptographicHash::Sha256).toHex());

    ArticleStore store(m_db);
    switch (store.insert(article)) {
    case ArticleStore::InsertResult::Inserted:
        outcome.kind = ImportOutcome::Kind::Imported;
        break;
    case ArticleStore::InsertResult::Duplicate:
        outcome.kind = ImportOutcome::Kind::Duplicate;
        break;
    case ArticleStore::InsertResult::Failed:
        outcome.reason = tr("the corpus refused it (%1)").arg(store.errorString());
        return outcome;
    }
    outcome.articleId = article.id;
    outcome.title = article.title;
    return outcome;
}

ImportSummary CorpusImporter::importPaths(const QStringList &paths, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    QList<ImportOutcome> missing;
    const QStringList files = expandPaths(paths, &missing);
    for (const ImportOutcome &outcome : std::as_const(missing)) {
        if (progress)
            progress(outcome);
    }
    ImportSummary summary = importFiles(files, progress, cancel);
    summary.outcomes = missing + summary.outcomes;
    return summary;
}

ImportSummary CorpusImporter::importFiles(const QStringList &files, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    ImportSummary summary;
    for (const QString &file : files) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        summary.outcomes.append(importFile(file));
        if (progress)
            progress(summary.outcomes.constLast());
    }
    return summary;
}

} // namespace Pizhu
