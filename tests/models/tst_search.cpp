// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/articlewriter.h"
#include "ingest/backfilljob.h"
#include "search/corpussearch.h"
#include "search/searchindex.h"
#include "search/textsearchliterals.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testarticles.h"
#include "testseeds.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

    QStringList titlesFor(const QString &input)
    {
        QStringList titles;
        for (const SearchResult &result : CorpusSearch(m_db).run(SearchQuery::parse(input), 100))
            titles << result.title;
        titles.sort();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("search.pizhu"))));
        QCOMPARE(importSeeds(m_db).size(), 5);
        ArticleWriter store(m_db);
        for (Article article :
             {makeArticle(QStringLiteral("繁體新聞"), {QStringLiteral("黨員幹部在社區值守。李四說話。")}),
              makeArticle(QStringLiteral("简体新闻"), {QStringLiteral("党员干部在社区值守。")}),
              makeArticle(QStringLiteral("Latin and symbols"),
                          {QStringLiteral("C++ (NEAR) \"quoted\" AND OR * ^ 𠮷野家")})})
            QCOMPARE(store.write(article), ArticleStore::InsertResult::Inserted);
    }

    void parsesQueries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("fts");
        QTest::newRow("one character")
            << QStringLiteral("李") << QStringList{QStringLiteral("李")} << QStringLiteral("\"李\"");
        QTest::newRow("traditional to simplified")
            << QStringLiteral("黨員") << QStringList{QStringLiteral("党员")} << QStringLiteral("\"党 员\"");
        QTest::newRow("two terms") << QStringLiteral("党员  疫情")
                                   << QStringList{QStringLiteral("党员"), QStringLiteral("疫情")}
                                   << QStringLiteral("\"党 员\" AND \"疫 情\"");
        QTest::newRow("quoted phrase") << QStringLiteral("\"抗疫 一线\" 李")
                                       << QStringList{QStringLiteral("抗疫 一线"), QStringLiteral("李")}
                                       << QStringLiteral("\"抗 疫 一 线\" AND \"李\"");
        QTest::newRow("Chinese quotes")
            << QStringLiteral("“抗疫一线”") << QStringList{QStringLiteral("抗疫一线")}
            << QStringLiteral("\"抗 疫 一 线\"");
        QTest::newRow("FTS syntax is text")
            << QStringLiteral("NEAR(a* OR ^b): \"")
            << QStringList{QStringLiteral("near(a*"), QStringLiteral("or"), QStringLiteral("^b):")}
            << QStringLiteral("\"near a\" AND \"or\" AND \"b\"");
        QTest::newRow("case") << QStringLiteral("CHING") << QStringList{QStringLiteral("ching")}
                              << QStringLiteral("\"ching\"");
    }

    void parsesQueries()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(query.isValid());
        QTEST(query.terms(), "terms");
        QTEST(query.ftsExpression(), "fts");
    }

    void refusesQueriesWithNothingToFind_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("only syntax") << QStringLiteral("* ^ ( ) \" :");
        QTest::newRow("punctuation") << QStringLiteral("。,!");
    }

    void refusesQueriesWithNothingToFind()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY(!query.error().isEmpty());
        QVERIFY(CorpusSearch(m_db).run(query).isEmpty());
    }

    void findsAcrossScripts()
    {
        const QStringList both = {QStringLiteral("简体新闻"), QStringLiteral("繁體新聞")};
        QCOMPARE(titlesFor(QStringLiteral("黨員幹部在社區")), both);
        QCOMPARE(titlesFor(QStringLiteral("党员干部在社区")), both);
        // The traditional seed 001 is found by a simplified query, and the other way round.
        QVERIFY(titlesFor(QStringLiteral("鹿泉区"))
                    .contains(QStringLiteral(
                        "打贏疫情阻擊戰 不分“前方”和“後方”——石家莊市鹿泉區新型冠狀病毒疫情阻擊戰一線寫真")));
        QCOMPARE(titlesFor(QStringLiteral("李公樂")),
                 QStringList{QStringLiteral("安阳:党员干部勇担当,抗疫一线党旗红")});
    }

    void findsOneAndTwoCharacterQueriesExactly()
    {
        // 李 as a character of its own: in 李公乐 (002), 李四 (繁體新聞), 李为军 / 李建民 (001) ...
        const QStringList li = titlesFor(QStringLiteral("李"));
        QVERIFY(li.contains(QStringLiteral("繁體新聞")));
        QVERIFY(!li.contains(QStringLiteral("简体新闻")));
        // 区值 (the end of 社区, the start of 值守) is in both short articles and nowhere else;
        // the reversed pair is in none.
        QCOMPARE(titlesFor(QStringLiteral("区值")).size(), 2);
        QVERIFY(titlesFor(QStringLiteral("值区")).isEmpty());
    }

    void andsTermsAndKeepsPhrases()
    {
        QCOMPARE(titlesFor(QStringLiteral("区值 李")), QStringList{QStringLiteral("繁體新聞")});
        QVERIFY(titlesFor(QStringLiteral("\"区值 李\"")).isEmpty()); // not adjacent
        QCOMPARE(titlesFor(QStringLiteral("\"值守。李\"")),
                 QStringList{QStringLiteral("繁體新聞")}); // punctuation between
    }

    void treatsSyntaxCharactersAsText()
    {
        QCOMPARE(titlesFor(QStringLiteral("NEAR")), QStringList{QStringLiteral("Latin and symbols")});
        QCOMPARE(titlesFor(QStringLiteral("\"quoted\" AND")),
                 QStringList{QStringLiteral("Latin and symbols")});
        QCOMPARE(titlesFor(QStringLiteral("𠮷野家")), QStringList{QStringLiteral("Latin and symbols")});
        QVERIFY(titlesFor(QStringLiteral("c++ 𠮷 \"*\" ^")).contains(QStringLiteral("Latin and symbols")));
    }

    void countsHitsAndCutsSnippets()
    {
        const QList<SearchResult> results =
            CorpusSearch(m_db).run(SearchQuery::parse(QStringLiteral("李公樂")));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().hitCount, 4);
        const Snippet &snippet = results.first().snippet;
        QVERIFY(!snippet.highlights.isEmpty());
        QVERIFY2(
            snippet.marked(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[李公乐]")),
            qPrintable(snippet.marked(QStringLiteral("["), QStringLiteral("]"))));
        QCOMPARE(CorpusSearch(m_db).count(SearchQuery::parse(QStringLiteral("党员"))), 7);
    }

    void countsAllWhileReadingAPage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("total");
        QTest::newRow("more than the page") << QStringLiteral("党员") << 3 << 7;
        QTest::newRow("fewer than the page") << QStringLiteral("李公樂") << 50 << 1;
        QTest::newRow("none") << QStringLiteral("足球") << 50 << 0;
        QTest::newRow("invalid") << QStringLiteral("\"") << 50 << 0;
    }

    void countsAllWhileReadingAPage()
    {
        QFETCH(QString, query);
        QFETCH(int, limit);
        QFETCH(int, total);
        CorpusSearch search(m_db);
        int counted = -1;
        const QList<SearchResult> page = search.run(SearchQuery::parse(query), limit, &counted);
        QCOMPARE(counted, total);
        QCOMPARE(page.size(), std::min(limit, total));
        QCOMPARE(search.count(SearchQuery::parse(query)), total);
    }

    void hitsMapToTheOriginalInTraditionalArticles()
    {
        const QList<SearchResult> results =
            CorpusSearch(m_db).run(SearchQuery::parse(QStringLiteral("党员干部")));
        const auto traditional = std::find_if(results.cbegin(), results.cend(), [](const SearchResult &r) {
            return r.title == QStringLiteral("繁體新聞");
        });
        QVERIFY(traditional != results.cend());
        QVERIFY(traditional->snippet.marked(QStringLiteral("["), QStringLiteral("]"))
                    .contains(QStringLiteral("[黨員幹部]")));
    }

    void indexesArticlesOfAnOlderCorpusWhenMigrating()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.pizhu"));
        {
            CorpusDatabase old;
            QVERIFY(old.open(path, 2));
            SqlQuery query(old.sql());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO articles (title, body, content_hash) VALUES (?, ?, ?)"),
                {QStringLiteral("舊文章"), QStringLiteral("黨員幹部。"), QStringLiteral("h1")}));
        }
        CorpusDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.status(), CorpusDatabase::Status::Migrated);
        // Not searchable until the backfill has run (the window starts it at once).
        QVERIFY(CorpusSearch(db).run(SearchQuery::parse(QStringLiteral("党员"))).isEmpty());
        BackfillJob backfill;
        JobControl control;
        QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
        const QList<SearchResult> results = CorpusSearch(db).run(SearchQuery::parse(QStringLiteral("党员")));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().title, QStringLiteral("舊文章"));
        const auto text = ArticleStore(db).text(results.first().articleId);
        QCOMPARE(text->shadow.text, QStringLiteral("党员干部。"));
    }

    void saysWhyASearchCouldNotBeAnswered()
    {
        // A corpus whose index is gone (damaged, or dropped by hand in another program): the search
        // says so, rather than reporting that nothing matched.
        CorpusDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("no index.pizhu"))));
        QCOMPARE(importSeeds(db).size(), 5);
        QVERIFY(db.sql().exec(QStringLiteral("DROP TABLE article_search")));
        CorpusSearch search(db);
        QVERIFY(search.run(SearchQuery::parse(QStringLiteral("党员"))).isEmpty());
        QVERIFY2(search.errorString().contains(QLatin1String("article_search")),
                 qPrintable(search.errorString()));
    }

    void writesTheServersLiterals_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("phrase");
        // The body one position after the title's end; lexemes in lower case, without accents.
        QTest::newRow("title and body") << QStringLiteral("党员") << QStringLiteral("党员9.9万")
                                        << QStringLiteral("'党':1A,4 '员':2A,5 '9':6,7 '万':8")
                                        << QStringLiteral("'党' <-> '员' <-> '9' <-> '9' <-> '万'");
        QTest::newRow("no title") << QString() << QStringLiteral("Café COVID-19")
                                  << QStringLiteral("'cafe':2 'covid':3 '19':4")
                                  << QStringLiteral("'cafe' <-> 'covid' <-> '19'");
        QTest::newRow("quotes and backslashes cannot break out")
            << QString() << QStringLiteral("O'Brien") << QStringLiteral("'o':2 'brien':3")
            << QStringLiteral("'o' <-> 'brien'");
        QTest::newRow("nothing") << QString() << QStringLiteral("，。") << QString() << QString();
    }

    void writesTheServersLiterals()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, vector);
        QFETCH(QString, phrase);
        const QStringList titleTokens = SearchIndex::tokens(title);
        const QStringList bodyTokens = SearchIndex::tokens(body);
        QCOMPARE(TextSearchLiterals::vector(titleTokens, bodyTokens), vector);
        QCOMPARE(TextSearchLiterals::phrase(bodyTokens), phrase); // a query of the body's words
    }

    void quotesWhatATokenCannotHoldYet()
    {
        // Tokens are letters and digits today; a lexeme with a quote or a backslash stays one.
        QCOMPARE(TextSearchLiterals::phrase({QStringLiteral("a'b"), QStringLiteral("c\\d")}),
                 QStringLiteral("'a''b' <-> 'c\\\\d'"));
        QCOMPARE(TextSearchLiterals::vector({}, {QStringLiteral("x")}), QStringLiteral("'x':2"));
        QStringList many(20000, QStringLiteral("x"));
        QVERIFY(TextSearchLiterals::vector({}, many).endsWith(QStringLiteral(",16383,16383")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
