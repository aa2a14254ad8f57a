// SPDX-License-Identifier: GPL-3.0-or-later
// Titles and outlets listed in pinyin order, as Chinese readers sort them, in either script; the
// keys made again by the backfill for older articles and when the corpus was keyed by another ICU.
#include "core/jobcontrol.h"
#include "ingest/articlewriter.h"
#include "ingest/backfilljob.h"
#include "search/articlelistquery.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testarticles.h"
#include "text/chinesecollation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestChineseCollation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // In code point order 上 北 安 漳 臺 重; in pinyin ān běi chóng shàng tái zhāng.
    const QStringList m_pinyin = {QStringLiteral("安阳"), QStringLiteral("北京"), QStringLiteral("重庆"),
                                  QStringLiteral("上海"), QStringLiteral("臺北"), QStringLiteral("漳州")};

    static QStringList titles(CorpusDatabase &db, ArticleFilter::SortKey key, bool ascending,
                              bool outlets = false)
    {
        ArticleFilter filter;
        filter.sortKey = key;
        filter.ascending = ascending;
        ArticleListQuery query(db, filter);
        QStringList shown;
        std::optional<ArticleSummary> last;
        // Two rows a page: the keyset paging goes through the keys too.
        for (QList<ArticleSummary> page = query.page(2); !page.isEmpty(); page = query.page(2, last)) {
            for (const ArticleSummary &row : page)
                shown << (outlets ? row.outlet : row.title);
            last = page.constLast();
        }
        return shown;
    }

    void fill(CorpusDatabase &db)
    {
        ArticleWriter writer(db);
        QStringList shuffled = m_pinyin;
        std::reverse(shuffled.begin(), shuffled.end());
        std::swap(shuffled[1], shuffled[4]);
        for (const QString &name : shuffled) {
            Article article = makeArticle(name, {name + QStringLiteral("的正文。")});
            article.outlet = name + QStringLiteral("日报");
            QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
        }
        Article noOutlet = makeArticle(QStringLiteral("阿里"), {QStringLiteral("没有来源。")});
        QCOMPARE(writer.write(noOutlet), ArticleStore::InsertResult::Inserted);
    }

private Q_SLOTS:
    void keysCompareAsTheWordsSort()
    {
        for (qsizetype i = 1; i < m_pinyin.size(); ++i)
            QVERIFY2(ChineseCollation::sortKey(m_pinyin.at(i - 1), ChineseCollation::Order::Pinyin) <
                         ChineseCollation::sortKey(m_pinyin.at(i), ChineseCollation::Order::Pinyin),
                     qPrintable(m_pinyin.at(i)));
        // Either script, one place: 臺北 and 台北 sort together, before 漳州.
        QVERIFY(ChineseCollation::sortKey(QStringLiteral("台北"), ChineseCollation::Order::Pinyin) <
                ChineseCollation::sortKey(QStringLiteral("漳州"), ChineseCollation::Order::Pinyin));
        QVERIFY(!ChineseCollation::sortKey(QString(), ChineseCollation::Order::Pinyin).isEmpty());
        QVERIFY(ChineseCollation::version(ChineseCollation::Order::Pinyin)
                    .startsWith(QStringLiteral("zh-pinyin ")));
    }

    void listsTitlesAndOutletsInPinyinOrder()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("order.pizhu"))));
        fill(db);
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true),
                 QStringList{QStringLiteral("阿里")} + m_pinyin);
        QStringList descending = QStringList{QStringLiteral("阿里")} + m_pinyin;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, false), descending);
        QStringList outlets;
        for (const QString &name : m_pinyin)
            outlets << name + QStringLiteral("日报");
        // The article without an outlet comes last, in either direction.
        QCOMPARE(titles(db, ArticleFilter::SortKey::Outlet, true, true), outlets + QStringList{QString()});
    }

    void theBackfillKeysOlderArticlesAndThoseOfAnotherIcu()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.pizhu"));
        {
            CorpusDatabase db;
            QVERIFY(db.open(path));
            fill(db);
            // As a corpus from before the keys, or keyed by another ICU, has them.
            SqlQuery query(db.sql());
            QVERIFY(query.exec(QStringLiteral("UPDATE articles SET title_key = NULL, outlet_key = NULL"
                                              " WHERE title LIKE '%北%'")));
            QVERIFY(query.exec(QStringLiteral("UPDATE corpus_settings SET value = 'zh-pinyin 0.0.0.0'"
                                              " WHERE name = 'sort_collator'")));
        }
        CorpusDatabase db;
        QVERIFY(db.open(path));
        SqlQuery keyed(db.sql());
        QVERIFY(keyed.exec(QStringLiteral("SELECT count(*) FROM articles WHERE title_key IS NOT NULL")) &&
                keyed.next());
        QCOMPARE(keyed.integer(0), 0); // another ICU's keys are not used
        keyed.finish();
        QVERIFY(BackfillJob::isNeeded(db));
        // Until then the list still shows every article, those without keys after the others.
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true).size(), m_pinyin.size() + 1);
        BackfillJob backfill;
        JobControl control;
        QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
        QVERIFY(!BackfillJob::isNeeded(db));
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true),
                 QStringList{QStringLiteral("阿里")} + m_pinyin);
        SqlQuery version(db.sql());
        QVERIFY(
            version.exec(QStringLiteral("SELECT value FROM corpus_settings WHERE name = 'sort_collator'")) &&
            version.next());
        QCOMPARE(version.text(0), ChineseCollation::version(ChineseCollation::Order::Pinyin));
    }

    void strokeOrderIsTheCorpusChoice()
    {
        // By stroke count: 人 2, 大 3, 中 4, 北 5, 安 6, 重 9, 臺 14.
        const QStringList strokes = {QStringLiteral("人民"), QStringLiteral("大连"), QStringLiteral("中山"),
                                     QStringLiteral("北京"), QStringLiteral("安阳"), QStringLiteral("重庆"),
                                     QStringLiteral("臺北")};
        for (qsizetype i = 1; i < strokes.size(); ++i)
            QVERIFY2(ChineseCollation::sortKey(strokes.at(i - 1), ChineseCollation::Order::Stroke) <
                         ChineseCollation::sortKey(strokes.at(i), ChineseCollation::Order::Stroke),
                     qPrintable(strokes.at(i)));
        const QString path = m_dir.filePath(QStringLiteral("stroke.pizhu"));
        {
            CorpusDatabase db;
            QVERIFY(db.open(path));
            QCOMPARE(db.sortOrder(), ChineseCollation::Order::Pinyin);
            ArticleWriter writer(db);
            for (qsizetype i = strokes.size() - 1; i >= 0; --i) {
                Article article = makeArticle(strokes.at(i), {strokes.at(i) + QStringLiteral("的正文。")});
                QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
            }
            QVERIFY(db.setSortOrder(ChineseCollation::Order::Stroke));
            QVERIFY(BackfillJob::isNeeded(db)); // every key is made again
            BackfillJob backfill;
            JobControl control;
            QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
            QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true), strokes);
            // An article written now is keyed by stroke count too.
            Article more = makeArticle(QStringLiteral("十堰"), {QStringLiteral("十堰的正文。")});
            QCOMPARE(writer.write(more), ArticleStore::InsertResult::Inserted);
        }
        CorpusDatabase db; // the choice is the corpus's, kept in it
        QVERIFY(db.open(path));
        QCOMPARE(db.sortOrder(), ChineseCollation::Order::Stroke);
        QVERIFY(!BackfillJob::isNeeded(db));
        const QStringList withMore =
            QStringList{QStringLiteral("人民"), QStringLiteral("十堰")} + strokes.mid(1);
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true), withMore); // 十 has 2 strokes
        QVERIFY(db.setSortOrder(ChineseCollation::Order::Pinyin));
        BackfillJob backfill;
        JobControl control;
        QVERIFY(backfill.run(db, control));
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true).constFirst(), QStringLiteral("安阳"));
    }

    void editedDetailsAreKeyedAgain()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("edited.pizhu"))));
        fill(db);
        ArticleWriter writer(db);
        const QList<qint64> ids = ArticleListQuery(db, {}).ids();
        const qint64 last = ids.constLast(); // 阿里, without an outlet
        QVERIFY(writer.setDetails(last, {QStringLiteral("中山"), QString(), QStringLiteral("阿坝日报"), {}}));
        QCOMPARE(titles(db, ArticleFilter::SortKey::Title, true).constLast(), QStringLiteral("中山"));
        QCOMPARE(titles(db, ArticleFilter::SortKey::Outlet, true, true).constFirst(),
                 QStringLiteral("阿坝日报"));
    }
};

QTEST_GUILESS_MAIN(TestChineseCollation)
#include "tst_chinesecollation.moc"
