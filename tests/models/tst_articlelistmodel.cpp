// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobcontrol.h"
#include "editing/corpussession.h"
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "search/snippet.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testarticles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

    void fill(int count)
    {
        ArticleWriter store(m_db);
        for (int i = 0; i < count; ++i) {
            // Dates spread over a year; every tenth article undated.
            const QString date =
                i % 10 == 9 ? QString() : QDate(2022, 1, 1).addDays(i % 365).toString(Qt::ISODate);
            Article article =
                makeArticle(QStringLiteral("文章%1").arg(i), {QStringLiteral("正文%1").arg(i)}, date);
            article.outlet = QStringLiteral("来源%1").arg(i % 7);
            QCOMPARE(store.write(article), ArticleStore::InsertResult::Inserted);
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("%1 %2.pizhu")
                                             .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                  QString::fromLatin1(QTest::currentDataTag())))));
    }

    void cleanup() { m_db.close(); }

    void passesTheModelTester()
    {
        fill(300);
        ArticleListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        model.reload();
        model.fetchMore({});
    }

    void fetchesInPages()
    {
        fill(600);
        ArticleListModel model(m_db);
        // The first page comes with the model; the total of a longer list is not counted here.
        QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::PageSize);
        QCOMPARE(model.totalCount(), -1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(!model.canFetchMore({}));
        // The last, short page counted the list.
        QCOMPARE(model.totalCount(), 600);
    }

    void countsAListOnlyAsLongAsItsFirstReadAtOnce_data()
    {
        // The model reads two pages at a time.
        constexpr int Read = 2 * ArticleListModel::PageSize;
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("total"); // what the model knows before any count job ran
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("a page") << ArticleListModel::PageSize << ArticleListModel::PageSize;
        QTest::newRow("a page and one") << ArticleListModel::PageSize + 1 << ArticleListModel::PageSize + 1;
        QTest::newRow("two pages less one") << Read - 1 << Read - 1;
        QTest::newRow("two pages") << Read << -1;
        QTest::newRow("two pages and one") << Read + 1 << -1;
    }

    void countsAListOnlyAsLongAsItsFirstReadAtOnce()
    {
        QFETCH(int, articles);
        QFETCH(int, total);
        fill(articles);
        ArticleListModel model(m_db);
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.rowCount(), std::min(articles, int(ArticleListModel::PageSize)));
        QCOMPARE(model.canFetchMore({}), articles > ArticleListModel::PageSize);
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        QVERIFY(job->run(m_db, control));
        QCOMPARE(job->count(), articles);
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        model.takeCount(*job);
        QCOMPARE(model.totalCount(), articles);
        QCOMPARE(counted.size(), total < 0 ? 1 : 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), articles);
    }

    void rowsReadAheadShowTheCodingAsItIsWhenFetched()
    {
        fill(600);
        ArticleListModel model(m_db);
        QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
        // An article of the second page, read with the first but not fetched yet, is coded.
        const qint64 id = ArticleListQuery(m_db, {}).page(300).at(299).id;
        SqlQuery query(m_db.sql());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO article_status (article_id, status, coder, changed)"
                                          " VALUES (?, 'coded', 'tester', '2026-12-07')"),
                           {id}));
        model.refreshCoding(id);
        model.fetchMore({});
        QCOMPARE(model.rowOfArticle(id), 299);
        QCOMPARE(model.index(299, ArticleListModel::StatusColumn).data().toString(), QStringLiteral("Coded"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
    }

    void dropsACountMadeBeforeTheListChanged()
    {
        fill(600);
        ArticleListModel model(m_db);
        std::unique_ptr<ArticleCountJob> stale = model.countJob();
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        // A filter that leaves 60 undated articles out: the list is another one now.
        ArticleFilter details;
        details.dateFrom = QStringLiteral("2022-01-01");
        model.setDetailsFilter(details);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.takeFirst().at(0).toInt(), -1);
        JobControl control;
        QVERIFY(stale->run(m_db, control));
        QCOMPARE(stale->count(), 600);
        model.takeCount(*stale);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(counted.isEmpty());
        std::unique_ptr<ArticleCountJob> fresh = model.countJob();
        QVERIFY(fresh->run(m_db, control));
        model.takeCount(*fresh);
        QCOMPARE(model.totalCount(), 540);
        // Another order lists the same articles: the total stays, with nothing to count again.
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.totalCount(), 540);
        QCOMPARE(counted.size(), 1);
        // A reload after a change elsewhere counts again.
        model.reload();
        QCOMPARE(model.totalCount(), -1);
    }

    void findsASearchOnceAndCountsItAsItFinds()
    {
        fill(900);
        const qint64 tag = CorpusSession(m_db).addTag(QStringLiteral("Two in three"));
        SqlQuery tagging(m_db.sql());
        QVERIFY(tagging.exec(
            QStringLiteral("INSERT INTO article_tags (article_id, tag_id, coder, created)"
                           " SELECT id, ?, 'tester', '2026-12-07' FROM articles WHERE id % 3 <> 0"),
            {tag}));
        ArticleListModel model(m_db);
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        // Longer than the first read, and counted at once all the same.
        model.setSearch(SearchQuery::parse(QStringLiteral("正文")));
        QCOMPARE(model.totalCount(), 900);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.takeFirst().at(0).toInt(), 900);
        // Another order, then another filter on the same search: what it found is read again.
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.totalCount(), 900);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("文章0"));
        model.setTagFilter({tag}, false);
        QCOMPARE(model.totalCount(), -1);
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        QVERIFY(job->run(m_db, control));
        model.takeCount(*job);
        QCOMPARE(model.totalCount(), 600);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(ArticleIdRole).toLongLong() % 3 != 0);
        model.setTagFilter({}, false);
        QCOMPARE(model.totalCount(), 900);
        model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);

        // The corpus changed: a reload, or the same search asked for again, finds the new articles.
        Article added =
            makeArticle(QStringLiteral("文章新"), {QStringLiteral("新的正文")}, QStringLiteral("2030-01-01"));
        QCOMPARE(ArticleWriter(m_db).write(added), ArticleStore::InsertResult::Inserted);
        model.reload();
        QCOMPARE(model.totalCount(), 901);
        QCOMPARE(model.rowOfArticle(added.id), 0);
        Article another = makeArticle(QStringLiteral("文章又新"), {QStringLiteral("又一篇正文")},
                                      QStringLiteral("2030-01-02"));
        QCOMPARE(ArticleWriter(m_db).write(another), ArticleStore::InsertResult::Inserted);
        model.setSearch(SearchQuery::parse(QStringLiteral("正文")));
        QCOMPARE(model.totalCount(), 902);
        QCOMPARE(model.rowOfArticle(another.id), 0);
        model.setSearch(SearchQuery::parse(QStringLiteral("又一篇")));
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowOfArticle(another.id), 0);
    }

    void aReloadForTheCodingKeepsWhatTheSearchFound()
    {
        fill(30);
        const qint64 tag = CorpusSession(m_db).addTag(QStringLiteral("Tagged"));
        const auto tagArticle = [this, tag](qint64 id) {
            SqlQuery tagging(m_db.sql());
            return tagging.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, coder, created)"
                                               " VALUES (?, ?, 'tester', '2026-12-07')"),
                                {id, tag});
        };
        ArticleListModel model(m_db);
        model.setSearch(SearchQuery::parse(QStringLiteral("正文")));
        QCOMPARE(model.totalCount(), 30);
        const qint64 old = model.index(5, 0).data(ArticleIdRole).toLongLong();
        QVERIFY(old > 0);
        model.setTagFilter({tag}, false);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);

        // An article written behind the list's back, then two tagged: a reload for the coding
        // lists the tagged article it had found, and, as the search is not asked again, not the
        // new one; a reload for the articles finds it.
        Article added =
            makeArticle(QStringLiteral("文章新"), {QStringLiteral("新的正文")}, QStringLiteral("2030-01-01"));
        QCOMPARE(ArticleWriter(m_db).write(added), ArticleStore::InsertResult::Inserted);
        QVERIFY(tagArticle(old));
        QVERIFY(tagArticle(added.id));
        model.reload(ArticleListModel::Keep::SearchHits);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfArticle(old), 0);
        model.reload();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfArticle(added.id), 0);
    }

    void keepsNothingOfASearchOnceTheListIsGone()
    {
        fill(10);
        const auto kept = [this] {
            SqlQuery query(m_db.sql());
            return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master")) && query.next()
                       ? query.integer(0)
                       : -1;
        };
        {
            ArticleListModel model(m_db);
            model.setSearch(SearchQuery::parse(QStringLiteral("正文")));
            QCOMPARE(model.totalCount(), 10);
            QCOMPARE(kept(), 1);
        }
        QCOMPARE(kept(), 0);
    }

    void aCancelledCountIsNotTaken()
    {
        fill(600);
        ArticleListModel model(m_db);
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        control.cancel();
        QVERIFY(!job->run(m_db, control));
        QCOMPARE(job->count(), -1);
        QCOMPARE(job->errorString(), QString());
        model.takeCount(*job);
        QCOMPARE(model.totalCount(), -1);
    }

    void listsNewestFirstAndUndatedLast()
    {
        fill(40);
        ArticleListModel model(m_db);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
        QString previous = QStringLiteral("9999");
        bool seenUndated = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString date = model.index(row, ArticleListModel::DateColumn).data().toString();
            if (date.isEmpty()) {
                seenUndated = true;
                continue;
            }
            QVERIFY2(!seenUndated, "a dated article after an undated one");
            QVERIFY2(date <= previous, qPrintable(date + QStringLiteral(" after ") + previous));
            previous = date;
        }
        QVERIFY(seenUndated);
        const QModelIndex first = model.index(0, ArticleListModel::TitleColumn);
        QVERIFY(first.data(ArticleIdRole).toLongLong() > 0);
        QCOMPARE(model.headerData(ArticleListModel::OutletColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Outlet"));
    }

    void eachRowShowsItsOwnMatches()
    {
        fill(130);
        // One text damaged behind Pizhu's back: its row shows no match, the others theirs.
        SqlQuery damage(m_db.sql());
        QVERIFY(damage.exec(QStringLiteral("UPDATE article_texts SET body = '正文？' WHERE article_id ="
                                           " (SELECT id FROM articles WHERE title = '文章77')")));
        ArticleListModel model(m_db);
        model.setSearch(SearchQuery::parse(QStringLiteral("正文")));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 130);
        // Asked in no order, as a view scrolled back and forth would, across the rows read together.
        QList<int> rows;
        for (int row = 0; row < 130; ++row)
            rows << (row * 53) % 130;
        for (const int row : std::as_const(rows)) {
            const QModelIndex index = model.index(row, ArticleListModel::SnippetColumn);
            const QString title = model.index(row, ArticleListModel::TitleColumn).data().toString();
            const QString number = title.mid(2);
            const QString marked =
                index.data(SnippetRole).value<Snippet>().marked(QStringLiteral("["), QStringLiteral("]"));
            if (number == QLatin1String("77")) {
                QVERIFY2(marked.isEmpty(), qPrintable(marked));
                QCOMPARE(index.data(HitCountRole).toInt(), 0);
            } else {
                QCOMPARE(marked, QStringLiteral("[正文]") + number);
                QCOMPARE(index.data(HitCountRole).toInt(), 1);
            }
        }
    }

    void reloadSeesNewArticles()
    {
        fill(3);
        ArticleListModel model(m_db);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        Article article =
            makeArticle(QStringLiteral("新来的"), {QStringLiteral("正文")}, QStringLiteral("2030-01-01"));
        QCOMPARE(ArticleWriter(m_db).write(article), ArticleStore::InsertResult::Inserted);
        model.reload();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("新来的"));
        QCOMPARE(model.rowOfArticle(article.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
