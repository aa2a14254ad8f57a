// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "store/corpusdatabase.h"
#include "testarticles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
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
        QVERIFY(m_db.open(m_dir.filePath(
            QStringLiteral("%1.pizhu").arg(QString::fromLatin1(QTest::currentTestFunction())))));
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
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(!model.canFetchMore({}));
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
