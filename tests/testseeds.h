// SPDX-License-Identifier: GPL-3.0-or-later
// The five bundled sample articles, as tests read and import them.
#pragma once

#include "editing/corpussession.h"
#include "ingest/corpusimporter.h"
#include "store/corpusdatabase.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

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

/** Every sample file's path, in the order of seedFileNames(), as an import names them. */
inline QStringList seedPaths()
{
    QStringList paths;
    for (const QString &name : seedFileNames())
        paths << seedPath(name);
    return paths;
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

/**
 * Opens in \a dir a new corpus for the running test function (and data row), imports the five
 * samples and starts an editing session for \a coder: the fixture of the editing tests. False if
 * the corpus cannot be opened or does not hold the five.
 */
inline bool openSeededSession(const QTemporaryDir &dir, const QString &coder,
                              std::unique_ptr<CorpusDatabase> *db, std::unique_ptr<CorpusSession> *session,
                              QList<qint64> *articles)
{
    *db = std::make_unique<CorpusDatabase>();
    if (!(*db)->open(dir.filePath(QStringLiteral("%1-%2.pizhu")
                                      .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                           QString::fromLatin1(QTest::currentDataTag())))))
        return false;
    *articles = importSeeds(**db);
    if (articles->size() != 5)
        return false;
    *session = std::make_unique<CorpusSession>(**db);
    (*session)->setCoder(coder);
    return true;
}

} // namespace Pizhu::TestSupport
