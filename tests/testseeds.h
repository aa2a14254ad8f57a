// SPDX-License-Identifier: GPL-3.0-or-later
// The five bundled sample articles, as tests read and import them.
#pragma once

#include "ingest/corpusimporter.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QStringList>

namespace Pizhu::TestSupport {

/** The sample files in resources/samples, in the order of their numbers. */
inline QStringList seedFileNames()
{
    return {QStringLiteral("000_b6144cfe9f80984f.txt"), QStringLiteral("001_8ef87ac96af6a377.txt"),
            QStringLiteral("002_29e55f450c19d4d5.txt"), QStringLiteral("003_2b1303eb1e3c31b9.txt"),
            QStringLiteral("004_625d2aff7cf93227.txt")};
}

inline QString seedPath(const QString &fileName)
{
    return QStringLiteral(PIZHU_SAMPLES_DIR "/") + fileName;
}

inline QString seedText(const QString &fileName)
{
    return QString::fromUtf8(fileBytes(seedPath(fileName)));
}

/**
 * Imports the five samples into \a db, as File → Import would; the article ids in the order of
 * seedFileNames(), or fewer than five when the import did not store them all.
 */
inline QList<qint64> importSeeds(CorpusDatabase &db)
{
    const ImportSummary summary = CorpusImporter(db).importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)});
    QList<qint64> ids;
    for (const QString &name : seedFileNames()) {
        for (const ImportOutcome &outcome : summary.outcomes) {
            if (outcome.kind == ImportOutcome::Kind::Imported && outcome.source.endsWith(name))
                ids << outcome.articleId;
        }
    }
    return ids;
}

} // namespace Pizhu::TestSupport
