// SPDX-License-Identifier: GPL-3.0-or-later
// A few thousand generated articles: the list fetches in pages, sorts and filters in SQL, and
// every answer matches what SQL says directly.
#include "core/jobcontrol.h"
#include "corpusgenerator.h"
#include "editing/corpussession.h"
#include "ingest/corpusimporter.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "search/corpussearch.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;

class TestScale : public QObject
{
    Q_OBJECT

private:
    static constexpr int Articles = 3000;
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

    QStringList column(ArticleListModel &model, int column)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    /** The list's total as its count job brings it, or a negative number if the model disagrees. */
    int counted(ArticleListModel &model)
    {
        std::unique_ptr<ArticleCountJob> job = model.countJob();
        JobControl control;
        if (!job->run(m_db, control))
            return -2;
        model.takeCount(*job);
        // The tester may have fetched every row, which counts the list too: both must agree.
        return model.totalCount() == job->count() ? job->count() : -3;
    }

    QStringList sqlColumn(const QString &sql)
    {
        QStringList values;
        SqlQuery query(m_db.sql());
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("scale.pizhu"))));
        QCOMPARE(CorpusGenerator::importSeedVariations(m_db, QStringLiteral(PIZHU_SAMPLES_DIR),
                                                       m_dir.filePath(QStringLiteral("generated.jsonl")),
                                                       Articles),
                 Articles);
    }

    void fetchesInPagesUnderTheModelTester()
    {
        ArticleListModel model(m_db);
        QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
        QCOMPARE(model.totalCount(), -1);
        QCOMPARE(counted(model), Articles);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(model.rowCount(), Articles);
        QCOMPARE(pages, (Articles + ArticleListModel::PageSize - 1) / ArticleListModel::PageSize);
        ArticleListModel tested(m_db);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), Articles);
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("sql");
        QTest::newRow("date, newest first")
            << int(ArticleListModel::DateColumn) << Qt::DescendingOrder
            << QStringLiteral("SELECT substr(published, 1, 10) FROM articles ORDER BY published IS NULL, "
                              "published DESC, id");
        QTest::newRow("date, oldest first")
            << int(ArticleListModel::DateColumn) << Qt::AscendingOrder
            << QStringLiteral(
                   "SELECT substr(published, 1, 10) FROM articles ORDER BY published IS NULL, published, id");
        QTest::newRow("title") << int(ArticleListModel::TitleColumn) << Qt::AscendingOrder
                               << QStringLiteral("SELECT title FROM articles ORDER BY title_key, id");
        QTest::newRow("title, descending")
            << int(ArticleListModel::TitleColumn) << Qt::DescendingOrder
            << QStringLiteral("SELECT title FROM articles ORDER BY title_key DESC, id DESC");
        QTest::newRow("outlet") << int(ArticleListModel::OutletColumn) << Qt::AscendingOrder
                                << QStringLiteral(
                                       "SELECT outlet FROM articles ORDER BY outlet IS NULL, outlet_key, id");
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, sql);
        ArticleListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, order);
        const QStringList shown = TestScale::column(model, column);
        QCOMPARE(shown.size(), Articles);
        QCOMPARE(shown, sqlColumn(sql));
        // The order is the order a user expects: check it without SQL too, titles and outlets in
        // pinyin order as Qt's Chinese collator has it.
        const QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
        for (qsizetype i = 1; i < shown.size(); ++i) {
            if (shown.at(i).isEmpty() || shown.at(i - 1).isEmpty())
                continue;
            const int compared = column == ArticleListModel::DateColumn
                                     ? shown.at(i - 1).toUtf8().compare(shown.at(i).toUtf8())
                                     : pinyin.compare(shown.at(i - 1), shown.at(i));
            QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0, qPrintable(shown.at(i)));
        }
    }

    void filtersComposeInSql()
    {
        CorpusSession session(m_db);
        const qint64 tag = session.addTag(QStringLiteral("Sample"));
        QList<qint64> tagged;
        for (qint64 id = 1; id <= Articles; id += 7) {
            QVERIFY(session.setArticleTag(id, tag, true));
            tagged << id;
        }
        ArticleListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTagFilter({tag}, false);
        QCOMPARE(counted(model), int(tagged.size()));
        model.setTagFilter({tag}, true);
        QCOMPARE(counted(model), Articles - int(tagged.size()));

        const SearchQuery query = SearchQuery::parse(QStringLiteral("李公樂"));
        const int matching = CorpusSearch(m_db).count(query);
        QVERIFY(matching > 100 && matching < Articles);
        model.setTagFilter({}, false);
        model.setSearch(query);
        QCOMPARE(counted(model), matching);
        model.setTagFilter({tag}, false);
        const QStringList both = sqlColumn(
            QStringLiteral("SELECT count(*) FROM article_tags WHERE tag_id = %1 AND article_id IN"
                           " (SELECT rowid FROM article_search WHERE article_search MATCH '\"李 公 乐\"')")
                .arg(tag));
        // Fewer than a page: the first page is the count.
        QVERIFY(both.first().toInt() < ArticleListModel::PageSize);
        QCOMPARE(model.totalCount(), both.first().toInt());
        const QStringList ids = column(model, ArticleListModel::TitleColumn);
        QCOMPARE(ids.size(), both.first().toInt());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(tagged.contains(model.index(row, 0).data(ArticleIdRole).toLongLong()));
    }
};

QTEST_GUILESS_MAIN(TestScale)
#include "tst_scale.moc"
