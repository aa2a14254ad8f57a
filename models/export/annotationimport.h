// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;

/** What reading an annotations.csv gave. */
struct AnnotationImportResult
{
    int added = 0;            ///< passages
    int articleTagsAdded = 0; ///< tags on whole articles (rows without offsets)
    int duplicates = 0;       ///< the same tag on the same span is already there
    QStringList skipped;      ///< one line per row not imported: "line N: reason"
    QString error;            ///< the file could not be read at all
};

/**
 * Reads annotations.csv or article-tags.csv as CsvExport writes them, so coders can merge each
 * other's work; a row without start and end is a tag on the whole article. Articles
 * are matched by article_id when its title agrees, otherwise by title and date; tags by their
 * path, created when missing. A row that does not match (unknown article, offsets out of range,
 * text that is not what the offsets hold in any script) is reported and skipped, never guessed.
 * All rows that match are stored in one transaction.
 */
class AnnotationImport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AnnotationImport)

public:
    static AnnotationImportResult read(CorpusDatabase &db, const QString &path, const QString &defaultCoder);
};

} // namespace Pizhu
