// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobcontrol.h"
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "store/corpusdatabase.h"
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

    void countsAListOnlyAsLongAsItsFirstPageAtOnce_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("total"); // what the model knows before any count job ran
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("a page less one") << ArticleListModel::PageSize - 1 << ArticleListModel::PageSize - 1;
        QTest::newRow("a page") << ArticleListModel::PageSize << -1;
        QTest::newRow("a page and one") << ArticleListModel::PageSize + 1 << -1;
    }

    void countsAListOnlyAsLongAsItsFirstPageAtOnce()
    {
        QFETCH(int, articles);
        QFETCH(int, total);
        fill(articles);
        ArticleListModel model(m_db);
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.canFetchMore({}), total < 0);
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        QVERIFY(job->run(m_db, control));
        QCOMPARE(job->count(), articles);
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        model.takeCount(*job);
        QCOMPARE(model.totalCount(), articles);
        QCOMPARE(counted.size(), total < 0 ? 1 : 0);
    }

    void dropsACountMadeBeforeTheListChanged()
    {
        fill(300);
        ArticleListModel model(m_db);
        std::unique_ptr<ArticleCountJob> stale = model.countJob();
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        // A filter that leaves 30 undated articles out: the list is another one now.
        ArticleFilter details;
        details.dateFrom = QStringLiteral("2022-01-01");
        model.setDetailsFilter(details);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.takeFirst().at(0).toInt(), -1);
        JobControl control;
        QVERIFY(stale->run(m_db, control));
        QCOMPARE(stale->count(), 300);
        model.takeCount(*stale);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(counted.isEmpty());
        std::unique_ptr<ArticleCountJob> fresh = model.countJob();
        QVERIFY(fresh->run(m_db, control));
        model.takeCount(*fresh);
        QCOMPARE(model.totalCount(), 270);
        // Another order lists the same articles: the total stays, with nothing to count again.
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.totalCount(), 270);
        QCOMPARE(counted.size(), 1);
        // A reload after a change elsewhere counts again.
        model.reload();
        QCOMPARE(model.totalCount(), -1);
    }

    void aCancelledCountIsNotTaken()
    {
        fill(300);
        ArticleListModel model(m_db);
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        control.cancel();
        QVERIFY(!job->run(m_db, control));
        QCOMPARE(job->count(), -1);
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
