// SPDX-License-Identifier: GPL-3.0-or-later
// The work that once grew quadratically (issue 21), at three sizes each, so that it is seen to stay
// linear: the entities export of a generated corpus, and import-annotations of a coder's CSV. (One
// large article's extraction is bench_entities --only large.)
//
//   bench_linear [--articles 2000,8000,32000] [--rows 10000,30000,100000] [--folder DIR]
//
// Corpora are generated from the seeds and ../shared/data/corpus-sina2018 and kept in DIR
// (default: a folder under /tmp) for the next run.
#include "bench/benchsupport.h"
#include "export/annotationimport.h"
#include "export/csvexport.h"
#include "store/annotationstore.h"
#include "store/corpusbackup.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

QList<int> sizes(const QString &text)
{
    QList<int> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values << part.trimmed().toInt();
    return values;
}

qint64 scalar(CorpusDatabase &db, const QString &sql)
{
    SqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void exportEntities(const QString &folder, int articles)
{
    CorpusDatabase db;
    if (!openBenchmarkCorpus(db, QDir(folder).filePath(QStringLiteral("linear-%1.pizhu").arg(articles)),
                             articles))
        return;
    const qint64 entities = scalar(db, QStringLiteral("SELECT count(*) FROM entities"));
    const QString out = QDir(folder).filePath(QStringLiteral("entities-%1.csv").arg(articles));
    CsvExport::Options options;
    options.table = CsvExport::Table::Entities;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = CsvExport::write(db, out, options, &error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    std::printf("entities export   %7d articles %9lld entities %8.2f s %10.0f entities/s %7.1f MB\n",
                articles, entities, seconds, entities / seconds, QFileInfo(out).size() / 1e6);
    QFile::remove(out);
}

/** A coder's annotations.csv of \a rows passages over the corpus's articles, as CsvExport writes it. */
bool writeAnnotations(CorpusDatabase &source, int rows, const QString &csv)
{
    TagStore tags(source);
    Tag tag;
    tag.name = QStringLiteral("Frames");
    tag.color = QStringLiteral("#3daee9");
    if (!tags.insert(tag)) {
        std::fprintf(stderr, "tag: %s\n", qPrintable(tags.errorString()));
        return false;
    }
    QList<std::pair<qint64, int>> articles; // id and length of the body
    SqlQuery query(source.sql());
    if (!query.exec(
            QStringLiteral("SELECT article_id, length(body) FROM article_texts ORDER BY article_id"))) {
        std::fprintf(stderr, "texts: %s\n", qPrintable(query.errorText()));
        return false;
    }
    while (query.next())
        articles.append({query.integer(0), int(query.integer(1))});
    query.finish();
    AnnotationStore store(source);
    QRandomGenerator random(20261205);
    Transaction transaction(source.sql());
    for (int i = 0; i < rows; ++i) {
        const auto &[id, length] = articles.at(i % articles.size());
        Annotation annotation;
        annotation.articleId = id;
        annotation.tagId = tag.id;
        annotation.start = int(random.bounded(std::max(1, length - 20)));
        annotation.end = std::min(length, annotation.start + 4 + int(random.bounded(16)));
        annotation.coder = QStringLiteral("coder B");
        annotation.created = annotation.modified = AnnotationStore::timestamp();
        if (!store.insert(annotation)) {
            std::fprintf(stderr, "passage: %s\n", qPrintable(store.errorString()));
            return false;
        }
    }
    if (!transaction.commit())
        return false;
    CsvExport::Options options;
    options.table = CsvExport::Table::Annotations;
    QString error;
    return CsvExport::write(source, csv, options, &error);
}

void importAnnotations(const QString &folder, int rows)
{
    const QString base = QDir(folder).filePath(QStringLiteral("linear-annotations-base.pizhu"));
    {
        CorpusDatabase db;
        if (!openBenchmarkCorpus(db, base, 10000))
            return;
    }
    // A second coder's corpus (the base with their passages) gives the CSV; a fresh copy of the
    // base takes it in.
    const QString theirs = QDir(folder).filePath(QStringLiteral("theirs.pizhu"));
    const QString ours = QDir(folder).filePath(QStringLiteral("ours.pizhu"));
    const QString csv = QDir(folder).filePath(QStringLiteral("annotations-%1.csv").arg(rows));
    QString error;
    for (const QString &copy : {theirs, ours}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
        CorpusDatabase db;
        if (!db.open(base) || !CorpusBackup::write(db.sql(), copy, &error)) {
            std::fprintf(stderr, "%s %s\n", qPrintable(db.errorString()), qPrintable(error));
            return;
        }
    }
    {
        CorpusDatabase source;
        if (!source.open(theirs) || !writeAnnotations(source, rows, csv)) {
            std::fprintf(stderr, "could not make %s\n", qPrintable(csv));
            return;
        }
    }
    {
        CorpusDatabase db;
        if (!db.open(ours))
            return;
        QElapsedTimer timer;
        timer.start();
        const AnnotationImportResult result = AnnotationImport::read(db, csv, QStringLiteral("coder B"));
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf(
            "import-annotations %7d rows %7d added %6d duplicates %4lld skipped %8.2f s %10.0f rows/s\n",
            rows, result.added, result.duplicates, qint64(result.skipped.size()), seconds, rows / seconds);
        if (!result.error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
    }
    // Closed first, so no log is left behind for the next copy of the same name to replay.
    for (const QString &file : {theirs, ours, csv}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Corpus sizes for the entities export."),
                      QStringLiteral("N,N,N"), QStringLiteral("2000,8000,32000")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("CSV sizes for import-annotations."),
                      QStringLiteral("N,N,N"), QStringLiteral("10000,30000,100000")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("Where the corpora are made and kept."),
                      QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("pizhu-bench-linear"))});
    parser.addHelpOption();
    parser.process(app);
    const QString folder = parser.value(QStringLiteral("folder"));
    QDir().mkpath(folder);
    for (const int articles : sizes(parser.value(QStringLiteral("articles"))))
        exportEntities(folder, articles);
    for (const int rows : sizes(parser.value(QStringLiteral("rows"))))
        importAnnotations(folder, rows);
    std::printf("peak RSS %.0f MB\n", peakRssMb());
    return 0;
}
