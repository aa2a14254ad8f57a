// SPDX-License-Identifier: GPL-3.0-or-later
// Builds (or reuses) a corpus of N generated articles and measures search latency, median and p95,
// for 1-, 2- and 4-character queries and two-term queries, plus the index size.
//
//   bench_search [--articles N] [--corpus FILE]
#include "bench/benchsupport.h"
#include "search/corpussearch.h"
#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"
#include "testconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

struct Latency
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Latency measure(CorpusDatabase &db, const QStringList &queries, int *results)
{
    std::vector<double> times;
    CorpusSearch search(db);
    *results = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : queries) {
            QElapsedTimer timer;
            timer.start();
            const SearchQuery query = SearchQuery::parse(text);
            int total = 0;
            const QList<SearchResult> page = search.run(query, 50, &total);
            times.push_back(timer.nsecsElapsed() / 1e6);
            *results += round == 0 ? total : 0;
            (void)page;
        }
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(size_t(times.size() * 0.95)), times.back()};
}

qint64 scalar(CorpusDatabase &db, const QString &sql)
{
    SqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Corpus file to build or reuse."),
                      QStringLiteral("FILE"), QStringLiteral("/tmp/pizhu-bench-100k.pizhu")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("articles")).toInt();
    const QString path = parser.value(QStringLiteral("corpus"));

    CorpusDatabase db;
    if (!openBenchmarkCorpus(db, path, count))
        return 2;
    const qint64 articles = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));
    const bool file = db.sql().engine() == SqlEngine::SQLite;
    const QString bytes =
        file ? QStringLiteral("length(CAST(%1 AS BLOB))") : QStringLiteral("octet_length(%1)");
    const qint64 textBytes = scalar(
        db, QStringLiteral("SELECT sum(%1) FROM article_texts").arg(bytes.arg(QStringLiteral("body"))));
    const qint64 pageSize = file ? scalar(db, QStringLiteral("PRAGMA page_size")) : -1;
    const qint64 indexPages =
        file ? scalar(db, QStringLiteral("SELECT count(*) FROM dbstat WHERE name LIKE 'article_search%'"))
             : scalar(db, QStringLiteral("SELECT pg_total_relation_size('article_search') / 8192"));
    const qint64 shadowBytes = scalar(
        db, QStringLiteral("SELECT sum(%1) FROM article_texts").arg(bytes.arg(QStringLiteral("shadow"))));

    std::printf("Pizhu search benchmark: %lld articles, %s\n", articles, qPrintable(path));
    if (indexPages >= 0 && pageSize < 0)
        std::printf("%-44s %.1f MB index and table / %.1f MB text = %.2f\n", "search table (tsvector + GIN)",
                    indexPages * 8192 / 1e6, textBytes / 1e6, double(indexPages * 8192) / double(textBytes));
    if (indexPages >= 0 && pageSize > 0)
        std::printf("%-44s %.1f MB index / %.1f MB text = %.2f\n", "full-text index size",
                    indexPages * pageSize / 1e6, textBytes / 1e6,
                    double(indexPages * pageSize) / double(textBytes));
    if (file)
        std::printf("%-44s %.1f MB for %.1f MB of text (x%.2f); stored shadows %.1f MB\n", "corpus file",
                    QFileInfo(path).size() / 1e6, textBytes / 1e6, QFileInfo(path).size() / double(textBytes),
                    shadowBytes / 1e6);
    const QList<std::pair<const char *, QStringList>> sets = {
        {"1 character",
         {QStringLiteral("李"), QStringLiteral("党"), QStringLiteral("球"), QStringLiteral("黨"),
          QStringLiteral("鹿"), QStringLiteral("机"), QStringLiteral("疫"), QStringLiteral("影")}},
        {"2 characters",
         {QStringLiteral("党员"), QStringLiteral("比赛"), QStringLiteral("手机"), QStringLiteral("電影"),
          QStringLiteral("疫情"), QStringLiteral("学校"), QStringLiteral("市场"), QStringLiteral("明星")}},
        {"4 characters",
         {QStringLiteral("人工智能"), QStringLiteral("疫情防控"), QStringLiteral("中国足球"),
          QStringLiteral("黨員幹部"), QStringLiteral("新冠病毒"), QStringLiteral("高考招生"),
          QStringLiteral("娱乐圈里"), QStringLiteral("科技公司")}},
        {"two terms",
         {QStringLiteral("党员 疫情"), QStringLiteral("手机 价格"), QStringLiteral("比赛 冠军"),
          QStringLiteral("電影 票房"), QStringLiteral("学生 考试"), QStringLiteral("李 王"),
          QStringLiteral("公司 市场"), QStringLiteral("球员 转会")}},
    };
    std::printf("%-16s %12s %10s %10s %10s\n", "queries", "matches", "median", "p95", "max");
    for (const auto &[name, queries] : sets) {
        int results = 0;
        const Latency latency = measure(db, queries, &results);
        std::printf("%-16s %12d %8.1fms %8.1fms %8.1fms\n", name, results / int(queries.size()),
                    latency.median, latency.p95, latency.max);
    }
    std::printf(
        "(each query: count all matches and fetch the newest 50 with hit counts and snippets, from one\n"
        " answer of the index, as the article list and pizhu search do; 3 rounds)\n");
    return 0;
}
