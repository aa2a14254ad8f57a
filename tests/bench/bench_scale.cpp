// SPDX-License-Identifier: GPL-3.0-or-later
// A 100,000-article corpus in the real main window (offscreen): first paint, opening articles,
// switching script, tag filters, search, memory and file size; the longest sina2018 article; and
// how live the window stays while the whole corpus is re-extracted.
//
//   bench_scale [--articles N] [--corpus FILE|ADDRESS]   (an address: a team corpus, as its lead)
#include "articlelistpane.h"
#include "bench/benchsupport.h"
#include "editing/corpussession.h"
#include "ingest/articlesource.h"
#include "ingest/articlewriter.h"
#include "ingest/reextractjob.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "readerview.h"
#include "search/corpusentityquery.h"
#include "search/corpussearch.h"
#include "store/articlestore.h"
#include "store/corpuslocation.h"
#include "store/sqlquery.h"
#include "store/teamaddress.h"
#include "testconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(std::min(times.size() - 1, size_t(times.size() * 0.95)))};
}

template <typename F> double millis(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

/**
 * Runs \a change (a filter, a search) and returns how long the list took to show its first page;
 * then waits for the list's total, counted off the GUI thread, and appends to \a counted how long
 * after the change it came.
 */
template <typename F> double listChange(ArticleListModel *model, std::vector<double> *counted, F &&change)
{
    QElapsedTimer since;
    since.start();
    const double shown = millis(change);
    while (model->totalCount() < 0 && since.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    counted->push_back(since.nsecsElapsed() / 1e6);
    return shown;
}

QString figures(const std::vector<double> &times)
{
    const Stats s = stats(times);
    return QStringLiteral("median %1 ms, p95 %2 ms").arg(s.median, 0, 'f', 1).arg(s.p95, 0, 'f', 1);
}

qint64 scalar(CorpusDatabase &db, const QString &sql)
{
    SqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Corpus file to build or reuse."),
                      QStringLiteral("FILE"), QStringLiteral("/tmp/pizhu-bench-100k.pizhu")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("corpus"));
    // A team corpus's address (as its lead) is measured as a file is, but for the size on disk.
    QString addressError;
    const std::optional<TeamAddress> address =
        TeamAddress::isTeamAddress(path) ? TeamAddress::parse(path, &addressError) : std::nullopt;
    if (TeamAddress::isTeamAddress(path) && !address) {
        std::fprintf(stderr, "%s\n", qPrintable(addressError));
        return 2;
    }
    const CorpusLocation location = address ? CorpusLocation::team(*address) : CorpusLocation::file(path);
    {
        CorpusDatabase build;
        if (!openBenchmarkCorpus(build, path, parser.value(QStringLiteral("articles")).toInt()))
            return 2;
    }

    // First paint: the window opens the corpus itself, then shows its first page of the list.
    auto corpus = std::make_unique<CorpusDatabase>();
    std::unique_ptr<MainWindow> window;
    const double firstPaint = millis([&] {
        corpus->openAt(location);
        window = std::make_unique<MainWindow>(std::move(corpus));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        QCoreApplication::processEvents();
    });
    CorpusDatabase &db = window->corpus();
    auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
    auto *pane = window->findChild<ArticleListPane *>();
    ArticleListModel *listModel = pane->model();
    std::vector<double> firstCounted;
    listChange(listModel, &firstCounted, [] {});
    const double firstTotal = firstPaint + firstCounted.front();
    auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
    const qint64 articles = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));

    // Opening articles: rows spread over the list (fetching pages as the view would).
    std::vector<double> open;
    for (int i = 0; i < 40; ++i) {
        const int row = (i * 97) % 2000;
        while (list->model()->rowCount() <= row && list->model()->canFetchMore({}))
            list->model()->fetchMore({});
        open.push_back(millis([&] {
            list->setCurrentIndex(list->model()->index(row, 0));
            QCoreApplication::processEvents();
        }));
    }
    std::vector<double> switching;
    const ScriptMode modes[] = {ScriptMode::Traditional, ScriptMode::Taiwan, ScriptMode::Simplified,
                                ScriptMode::Original};
    for (int i = 0; i < 20; ++i)
        switching.push_back(millis([&] { window->setScriptMode(modes[i % 4]); }));

    // A tag on every 20th article, then filters with and without it.
    CorpusSession &session = window->session();
    qint64 tag = TagStore(db).idForPath(QStringLiteral("Benchmark"));
    if (!tag) {
        tag = session.addTag(QStringLiteral("Benchmark"));
        SqlQuery insert(db.sql());
        insert.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, coder, created)"
                                   " SELECT id, %1, 'bench', '2026-01-01' FROM articles WHERE id % 20 = 0"
                                   " ON CONFLICT DO NOTHING")
                        .arg(tag));
    }
    std::vector<double> filtering;
    std::vector<double> filteringCounted;
    for (int i = 0; i < 10; ++i) {
        filtering.push_back(listChange(listModel, &filteringCounted, [&] {
            pane->setTagFilter({tag}, i % 2 == 1, QStringLiteral("bench"));
            QCoreApplication::processEvents();
        }));
    }
    pane->setTagFilter({}, false, {});
    // The corpus table of entities, then filters by a frequent, a middling and a rare entity.
    QList<CorpusEntity> entities;
    const double entityTable = millis([&] { entities = CorpusEntityQuery(db).run({}, 1000); });
    std::vector<double> entityFiltering;
    std::vector<double> entityCounted;
    for (const qsizetype rank : {qsizetype(0), qsizetype(50), qsizetype(900)}) {
        if (rank >= entities.size())
            continue;
        const CorpusEntity &entity = entities.at(rank);
        for (int i = 0; i < 3; ++i) {
            entityFiltering.push_back(listChange(listModel, &entityCounted, [&] {
                pane->setEntityFilter(entityTypeCode(entity.type), entity.key, entity.name);
                QCoreApplication::processEvents();
            }));
        }
    }
    pane->setEntityFilter({}, {}, {});
    std::vector<double> searching;
    std::vector<double> searchCounted;
    QStringList searchTimes; // each query's three times, so that a slow one can be told apart
    for (const QString &q : {QStringLiteral("李"), QStringLiteral("党员"), QStringLiteral("比赛 冠军"),
                             QStringLiteral("人工智能")}) {
        QStringList times;
        for (int i = 0; i < 3; ++i) {
            searching.push_back(listChange(listModel, &searchCounted, [&] {
                pane->searchBox()->setText(q);
                pane->applySearch();
                QCoreApplication::processEvents();
            }));
            times << QString::number(searching.back(), 'f', 0);
        }
        searchTimes << QStringLiteral("%1 %2").arg(q, times.join(QLatin1Char('/')));
    }
    pane->searchBox()->clear();
    pane->applySearch();

    // The longest sina2018 article, imported on its own, opened, scrolled and highlighted.
    double longOpen = -1;
    double longScroll = -1;
    double longHighlight = -1;
    int longLength = 0;
    QString error;
    const auto source =
        ArticleSource::open(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"), &error);
    std::optional<Article> longest;
    while (source) {
        std::optional<SourceRecord> record = source->next();
        if (!record)
            break;
        if (record->article && (!longest || record->article->body().size() > longest->body().size()))
            longest = std::move(record->article);
    }
    ArticleWriter writer(db);
    if (longest && writer.write(*longest) == ArticleStore::InsertResult::Failed)
        std::fprintf(stderr, "the longest article was not stored: %s\n", qPrintable(writer.errorString()));
    if (const std::optional<Article> stored =
            longest ? ArticleStore(db).article(longest->id) : std::nullopt) {
        longLength = int(longest->body().size());
        longOpen = millis([&] {
            reader->showArticle(*stored);
            QCoreApplication::processEvents();
        });
        longScroll = millis([&] {
            for (int step = 0; step < 20; ++step) {
                reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum() * step / 20);
                QCoreApplication::processEvents();
            }
        });
        // Two hundred passages spread over the article, as a heavily coded article would have.
        QList<TextSpan> hits;
        for (int i = 0; i < 200; ++i)
            hits.append({longLength * i / 200, longLength * i / 200 + 5});
        QTextCharFormat format;
        format.setBackground(Qt::yellow);
        longHighlight = millis([&] {
            reader->setHighlights(ReaderView::Layer::Find, hits, format);
            QCoreApplication::processEvents();
        });
    }

    // Re-extraction of the whole corpus runs as a job: the window's event loop must stay live. A
    // 5 ms timer measures how late each turn of the loop comes, for 20 s of the job, then cancels.
    std::vector<double> gaps;
    qint64 reextracted = 0;
    {
        JobRunner *jobs = window->jobRunner();
        QObject::connect(jobs, &JobRunner::progressed, &app,
                         [&reextracted](qint64 done, qint64, const QString &) { reextracted = done; });
        jobs->start(std::make_unique<ReextractJob>());
        QTimer tick;
        QElapsedTimer clock;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &app, [&] {
            gaps.push_back(clock.nsecsElapsed() / 1e6);
            clock.restart();
        });
        clock.start();
        tick.start();
        QElapsedTimer span;
        span.start();
        while (span.elapsed() < 20000 && jobs->isRunning())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        tick.stop();
        jobs->cancel();
        jobs->waitForDone();
    }

    const qint64 textBytes =
        scalar(db, address ? QStringLiteral("SELECT sum(octet_length(body)) FROM article_texts")
                           : QStringLiteral("SELECT sum(length(CAST(body AS BLOB))) FROM article_texts"));
    const qint64 storedBytes = address
                                   ? scalar(db, QStringLiteral("SELECT pg_database_size(current_database())"))
                                   : QFileInfo(path).size();
    std::printf("Pizhu scale benchmark: %lld articles, %s\n", articles, qPrintable(path));
    line("time to first paint (open + window + list)", QStringLiteral("%1 ms").arg(firstPaint, 0, 'f', 0));
    line("  its total counted (off the GUI thread)", QStringLiteral("%1 ms").arg(firstTotal, 0, 'f', 0));
    line("open an article (reader, docks filled)", figures(open));
    line("switch script", figures(switching));
    line("tag filter (with / without a tag)", figures(filtering));
    line("  its total counted (off the GUI thread)", figures(filteringCounted));
    line("entity filter (frequent, middling, rare)", figures(entityFiltering));
    line("  its total counted (off the GUI thread)", figures(entityCounted));
    line("corpus entity table (top 1000)", QStringLiteral("%1 ms").arg(entityTable, 0, 'f', 0));
    line("search box (filter the list, first page)", figures(searching));
    line("  each query, three times (ms)", searchTimes.join(QStringLiteral(", ")));
    line("  its total counted (off the GUI thread)", figures(searchCounted));
    line("longest sina2018 article",
         QStringLiteral("%1 chars: open %2 ms, 20 scroll steps %3 ms, highlight %4 ms")
             .arg(longLength)
             .arg(longOpen, 0, 'f', 0)
             .arg(longScroll, 0, 'f', 0)
             .arg(longHighlight, 0, 'f', 0));
    if (!gaps.empty()) {
        const Stats g = stats(gaps);
        line("event loop during re-extraction (5 ms timer)",
             QStringLiteral("%1 articles in 20 s; interval median %2 ms, p95 %3 ms, max %4 ms")
                 .arg(reextracted)
                 .arg(g.median, 0, 'f', 1)
                 .arg(g.p95, 0, 'f', 1)
                 .arg(*std::max_element(gaps.begin(), gaps.end()), 0, 'f', 1));
    }
    line("peak RSS", QStringLiteral("%1 MB").arg(peakRssMb(), 0, 'f', 0));
    line(address ? "server database / raw text" : "corpus file / raw text",
         QStringLiteral("%1 MB / %2 MB = %3")
             .arg(storedBytes / 1e6, 0, 'f', 0)
             .arg(textBytes / 1e6, 0, 'f', 0)
             .arg(double(storedBytes) / textBytes, 0, 'f', 2));
    window.reset();
    return 0;
}
