// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "corpusgenerator.h"
#include "ingest/corpusimporter.h"
#include "testconfig.h"

#include <QFileInfo>

namespace Pizhu::Bench {

bool openBenchmarkCorpus(CorpusDatabase &db, const QString &path, int count)
{
    const bool existed = QFileInfo::exists(path);
    QElapsedTimer timer;
    timer.start();
    if (!db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return false;
    }
    if (existed) {
        std::printf("opened the existing corpus in %.2f s (including any migration)\n",
                    timer.nsecsElapsed() / 1e9);
        return true;
    }
    CorpusGenerator generator;
    generator.addSeeds(QStringLiteral(PIZHU_SAMPLES_DIR));
    generator.addJsonl(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"));
    const QString jsonl = path + QStringLiteral(".jsonl");
    timer.restart();
    generator.writeJsonl(jsonl, count);
    std::printf("generated %d articles from %d sources in %.1f s\n", count, generator.sourceCount(),
                timer.nsecsElapsed() / 1e9);
    timer.restart();
    const ImportSummary summary = CorpusImporter(db).importPaths({jsonl});
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("imported %d articles in %.1f s (%.0f articles/s, %.2f MB/s)\n",
                summary.count(ImportOutcome::Kind::Imported), seconds,
                summary.count(ImportOutcome::Kind::Imported) / seconds,
                QFileInfo(jsonl).size() / 1e6 / seconds);
    QFile::remove(jsonl);
    return true;
}

} // namespace Pizhu::Bench
