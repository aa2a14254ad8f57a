// SPDX-License-Identifier: GPL-3.0-or-later
// Imports the sina2018 corpus (11,640 JSONL articles) into a fresh corpus and reports throughput,
// each stage's share, peak memory, and, on the same text, OpenCC's own t2s conversion and the
// sqlite3 shell inserting the same texts.
//
//   bench_import [articles.jsonl]
#include "bench/benchsupport.h"
#include "ingest/articlesource.h"
#include "ingest/corpusimporter.h"
#include "store/corpusdatabase.h"
#include "testconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

// Stage 1: read and decode every record (JSON and UTF-8), nothing more.
double timeDecode(const QString &path, QString *plainText, QString *sqlInserts)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        const QString title = object.value(QStringLiteral("title")).toString();
        const QString text = object.value(QStringLiteral("text")).toString();
        *plainText += title + QLatin1Char('\n') + text + QLatin1Char('\n');
        *sqlInserts += QStringLiteral("INSERT INTO t(title, body) VALUES('%1','%2');\n")
                           .arg(QString(title).replace(QLatin1Char('\''), QStringLiteral("''")),
                                QString(text).replace(QLatin1Char('\''), QStringLiteral("''")));
    }
    return timer.nsecsElapsed() / 1e9;
}

// Stages 1 and 2: decode and parse every record into an Article, without storing.
double timeDecodeAndParse(const QString &path, int *records)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto source = ArticleSource::open(path, &error);
    if (!source)
        qFatal("%s", qPrintable(error));
    *records = 0;
    while (const auto record = source->next())
        *records += record->article ? 1 : 0;
    return timer.nsecsElapsed() / 1e9;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString input = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                   : QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl");
    if (!QFileInfo::exists(input)) {
        std::fprintf(stderr, "bench_import: %s not found (it is development data in ../shared/data)\n",
                     qPrintable(input));
        return 2;
    }
    QTemporaryDir dir;
    const double megabytes = QFileInfo(input).size() / 1e6;

    QString plainText;
    QString sqlInserts;
    const double decode = timeDecode(input, &plainText, &sqlInserts);
    int records = 0;
    const double decodeParse = timeDecodeAndParse(input, &records);

    CorpusDatabase db;
    if (!db.open(dir.filePath(QStringLiteral("bench.pizhu"))))
        qFatal("%s", qPrintable(db.errorString()));
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = CorpusImporter(db).importPaths({input});
    const double total = timer.nsecsElapsed() / 1e9;
    db.close();
    const double rss = peakRssMb();

    const QString textFile = dir.filePath(QStringLiteral("text.txt"));
    const QString sqlFile = dir.filePath(QStringLiteral("inserts.sql"));
    writeText(textFile, plainText);
    writeText(sqlFile,
              QStringLiteral(
                  "PRAGMA journal_mode=WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, title TEXT, body TEXT);\n"
                  "BEGIN;\n") +
                  sqlInserts + QStringLiteral("COMMIT;\n"));
    plainText.clear();
    sqlInserts.clear();
    const double opencc = timeShell(QStringLiteral("opencc -c t2s.json -i '%1' -o '%1.t2s'").arg(textFile));
    const double sqlite = timeShell(
        QStringLiteral("sqlite3 '%1' < '%2'").arg(dir.filePath(QStringLiteral("shell.db")), sqlFile));

    std::printf("Pizhu import benchmark: %s\n", qPrintable(input));
    line("input", QStringLiteral("%1 MB, %2 records").arg(megabytes, 0, 'f', 1).arg(records));
    line("imported / failed", QStringLiteral("%1 / %2")
                                  .arg(summary.count(ImportOutcome::Kind::Imported))
                                  .arg(summary.count(ImportOutcome::Kind::Failed)));
    line("whole import", QStringLiteral("%1 s").arg(total, 0, 'f', 2));
    line("throughput", QStringLiteral("%1 articles/s, %2 MB/s")
                           .arg(records / total, 0, 'f', 0)
                           .arg(megabytes / total, 0, 'f', 2));
    line("stage: read and decode",
         QStringLiteral("%1 s (%2%)").arg(decode, 0, 'f', 2).arg(100 * decode / total, 0, 'f', 0));
    line("stage: parse", QStringLiteral("%1 s (%2%)")
                             .arg(decodeParse - decode, 0, 'f', 2)
                             .arg(100 * (decodeParse - decode) / total, 0, 'f', 0));
    line("stage: store and index", QStringLiteral("%1 s (%2%)")
                                       .arg(total - decodeParse, 0, 'f', 2)
                                       .arg(100 * (total - decodeParse) / total, 0, 'f', 0));
    line("peak RSS of this process",
         QStringLiteral("%1 MB (includes the benchmark's own copies of the text)").arg(rss, 0, 'f', 0));
    line("opencc -c t2s.json, same text", QStringLiteral("%1 s").arg(opencc, 0, 'f', 2));
    line("sqlite3 shell, same texts, one transaction", QStringLiteral("%1 s").arg(sqlite, 0, 'f', 2));
    line("import vs opencc alone", QStringLiteral("%1x the time").arg(total / opencc, 0, 'f', 2));
    return 0;
}
