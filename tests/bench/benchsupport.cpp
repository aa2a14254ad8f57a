// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "corpusgenerator.h"
#include "ingest/corpusimporter.h"
#include "store/sqlquery.h"
#include "store/teamaddress.h"
#include "testconfig.h"

#include <QFileInfo>

namespace Pizhu::Bench {

bool openBenchmarkCorpus(CorpusDatabase &db, const QString &path, int count)
{
    // A team corpus (an address of one made by init-team, as its lead) is filled when empty.
    const bool team = TeamAddress::isTeamAddress(path);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<TeamAddress> address = team ? TeamAddress::parse(path, &error) : std::nullopt;
    const bool existed = team ? false : QFileInfo::exists(path);
    if (team ? !address || !db.openTeam(*address) : !db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(address || !team ? db.errorString() : error));
        return false;
    }
    SqlQuery articles(db.sql());
    if (existed || (team && articles.exec(QStringLiteral("SELECT count(*) FROM articles")) &&
                    articles.next() && articles.integer(0) > 0)) {
        std::printf("opened the existing corpus in %.2f s (including any migration)\n",
                    timer.nsecsElapsed() / 1e9);
        return true;
    }
    CorpusGenerator generator;
    generator.addSeeds(QStringLiteral(PIZHU_SAMPLES_DIR));
    generator.addJsonl(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"));
    const QString jsonl =
        team ? QStringLiteral("/tmp/pizhu-bench-team-%1.jsonl").arg(count) : path + QStringLiteral(".jsonl");
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
