// SPDX-License-Identifier: GPL-3.0-or-later
// Search on a team corpus finds exactly what it finds in a corpus file holding the same articles,
// where the two indexes could part: characters with punctuation, a digit or a title's end between
// them, words in Latin script, characters outside the BMP, and a character repeated more often than
// PostgreSQL keeps positions for (256 per word). A team corpus made before Hanzi pairs were indexed
// is refused with the command that upgrades it; only its owner may run it, and afterwards it
// searches as a new one does. The article list keeps what a search found in a temporary table on
// the server as in the file, and asks the index instead where the server refuses one.
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "listedtitles.h"
#include "models/testarticles.h"
#include "search/corpusfacets.h"
#include "search/corpussearch.h"
#include "search/searchhits.h"
#include "store/corpusdatabase.h"
#include "store/entityrulestore.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"
#include "store/teamaddress.h"
#include "store/teamupgrade.h"
#include "testseeds.h"
#include "testserver.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

QList<Article> articles()
{
    return {
        makeArticle(QStringLiteral("社区党员"), {QStringLiteral("疫情防控期间，党员干部下沉社区。")}),
        makeArticle(QStringLiteral("分开写的两个字"),
                    {QStringLiteral("这里先写党，员字在逗号后面；明星也在。")}),
        makeArticle(QStringLiteral("数字隔开"), {QStringLiteral("党3员之间隔着数字。")}),
        makeArticle(QStringLiteral("标题最后一个字是党"), {QStringLiteral("员工们读了标题。")}),
        makeArticle(QStringLiteral("长文章"), {QString(300, QChar(0x7684)) + QStringLiteral("的确如此。")}),
        makeArticle(QStringLiteral("篮球"), {QStringLiteral("NBA球星詹姆斯在洛杉矶。")}),
        makeArticle(QStringLiteral("今晚看NBA"), {QStringLiteral("球员和球队都到了。")}),
        makeArticle(QStringLiteral("罕用字"), {QStringLiteral("𠮷野家开了新店。")}),
        makeArticle(QStringLiteral("機場擴建"), {QStringLiteral("國際機場管理局將擴建跑道。")}),
        // Tokens that are not Hanzi, where a server's own parser would make other words.
        makeArticle(QStringLiteral("数字与符号"),
                    {QStringLiteral("人数9.9万名，COVID-19期间增长3.5%。O'Brien说，Café开张。")}),
        makeArticle(QStringLiteral("相近的数字"), {QStringLiteral("人口9万，增长9.8，covid19。")}),
    };
}

/** The titles of the articles \a text finds in \a db, sorted. */
QStringList titlesFound(CorpusDatabase &db, const QString &text)
{
    CorpusSearch search(db);
    QStringList titles;
    for (const SearchResult &result : search.run(SearchQuery::parse(text), 100))
        titles << result.title;
    titles.sort();
    return titles;
}

/** The titles \a model lists, all its pages read, sorted. */
QStringList titlesListed(ArticleListModel &model)
{
    QStringList titles = listedTitles(model);
    titles.sort();
    return titles;
}

/** How many temporary tables the connection of \a db holds. */
int temporaryTables(CorpusDatabase &db)
{
    SqlQuery query(db.sql());
    const bool counted =
        query.exec(db.sql().engine() == SqlEngine::SQLite
                       ? QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'")
                       : QStringLiteral("SELECT count(*) FROM pg_class"
                                        " WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'")) &&
        query.next();
    return counted ? int(query.integer(0)) : -1;
}

/** How many rows the server's statistics say the temporary table of \a team holds; -1 if unknown. */
int rowsAnalysed(CorpusDatabase &team)
{
    SqlQuery query(team.sql());
    return query.exec(QStringLiteral("SELECT reltuples FROM pg_class"
                                     " WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'")) &&
                   query.next()
               ? int(query.value(0).toDouble())
               : -1;
}

} // namespace

class TestTeamSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    CorpusDatabase m_file;
    CorpusDatabase m_team;
    CorpusDatabase m_coder;
    const QString m_database = QStringLiteral("team_search");

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
    }
    bool openTeam(CorpusDatabase &db, const QString &login)
    {
        QString error;
        const std::optional<TeamAddress> address =
            TeamAddress::parse(m_server.address(m_database, login), &error);
        return address && db.openTeam(*address);
    }
    QString admin(const QString &sql) { return m_server.adminValue(m_database, sql, m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(m_server.createDatabase(m_database, m_dir.path()));
        const CommandRun init =
            pizhu({QStringLiteral("init-team"), QStringLiteral("--db"),
                   m_server.address(m_database, m_server.admin), QStringLiteral("--lead"),
                   QStringLiteral("tsr_lead"), QStringLiteral("--coder"), QStringLiteral("tsr_coder")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(m_file.open(m_dir.filePath(QStringLiteral("search.pizhu"))));
        QVERIFY(openTeam(m_team, QStringLiteral("tsr_lead")));
        QVERIFY(openTeam(m_coder, QStringLiteral("tsr_coder")));
        for (CorpusDatabase *db : {&m_file, &m_team}) {
            ArticleWriter writer(*db);
            for (Article article : articles())
                QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
        }
    }

    void findsWhatTheFileFinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        const QString members = QStringLiteral("社区党员");
        const QString apart = QStringLiteral("分开写的两个字");
        QTest::newRow("one character")
            << QStringLiteral("党")
            << QStringList{apart, members, QStringLiteral("数字隔开"), QStringLiteral("标题最后一个字是党")};
        QTest::newRow("two, also across a comma") << QStringLiteral("党员") << QStringList{apart, members};
        QTest::newRow("two, traditional") << QStringLiteral("黨員") << QStringList{apart, members};
        QTest::newRow("two, not across the title's end")
            << QStringLiteral("员工") << QStringList{QStringLiteral("标题最后一个字是党")};
        QTest::newRow("a digit between")
            << QStringLiteral("党3员") << QStringList{QStringLiteral("数字隔开")};
        QTest::newRow("two after 300 of the first")
            << QStringLiteral("的确") << QStringList{QStringLiteral("长文章")};
        QTest::newRow("four") << QStringLiteral("疫情防控") << QStringList{members};
        QTest::newRow("four, not in order") << QStringLiteral("防控疫情") << QStringList{};
        QTest::newRow("Latin and Hanzi") << QStringLiteral("nba球星") << QStringList{QStringLiteral("篮球")};
        QTest::newRow("Latin alone") << QStringLiteral("NBA")
                                     << QStringList{QStringLiteral("今晚看NBA"), QStringLiteral("篮球")};
        QTest::newRow("Latin and Hanzi, not across the title's end")
            << QStringLiteral("nba球员") << QStringList{};
        QTest::newRow("outside the BMP") << QStringLiteral("𠮷野") << QStringList{QStringLiteral("罕用字")};
        QTest::newRow("two terms") << QStringLiteral("党员 明星") << QStringList{apart};
        QTest::newRow("a term and a quoted phrase")
            << QStringLiteral("社区 \"干部下沉\"") << QStringList{members};
        QTest::newRow("traditional text, simplified query")
            << QStringLiteral("机场扩建") << QStringList{QStringLiteral("機場擴建")};
        const QString signs = QStringLiteral("数字与符号");
        QTest::newRow("a decimal") << QStringLiteral("9.9万") << QStringList{signs};
        QTest::newRow("a hyphenated word") << QStringLiteral("COVID-19") << QStringList{signs};
        QTest::newRow("a percentage") << QStringLiteral("3.5%") << QStringList{signs};
        QTest::newRow("an apostrophe") << QStringLiteral("O'Brien") << QStringList{signs};
        QTest::newRow("an accent, asked without") << QStringLiteral("cafe开张") << QStringList{signs};
        QTest::newRow("an accent, asked with") << QStringLiteral("CAFÉ") << QStringList{signs};
        QTest::newRow("digits alone")
            << QStringLiteral("9") << QStringList{signs, QStringLiteral("相近的数字")};
        QTest::newRow("nothing") << QStringLiteral("足球") << QStringList{};
    }

    void findsWhatTheFileFinds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        titles.sort();
        QCOMPARE(titlesFound(m_file, query), titles);
        QCOMPARE(titlesFound(m_team, query), titles);
        QCOMPARE(CorpusSearch(m_team).count(SearchQuery::parse(query)), int(titles.size()));
        int total = -1;
        CorpusSearch(m_team).run(SearchQuery::parse(query), 1, &total);
        QCOMPARE(total, int(titles.size()));
    }

    void listsWhatTheFileLists_data() { findsWhatTheFileFinds_data(); }

    void listsWhatTheFileLists()
    {
        // The article list keeps what a search found in a temporary table, a coder's list too.
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        titles.sort();
        for (CorpusDatabase *db : {&m_file, &m_coder}) {
            {
                ArticleListModel model(*db);
                model.setSearch(SearchQuery::parse(query));
                QCOMPARE(titlesListed(model), titles);
                QCOMPARE(model.totalCount(), int(titles.size()));
                QCOMPARE(temporaryTables(*db), 1);
                if (db == &m_coder) {
                    // The server's planner knows how many articles the table held when filled: the
                    // hits, and where a phrase's positions are checked as rows are read, the articles
                    // with its pairs (nba球员: 球员 in a title ending in NBA).
                    const int analysed = rowsAnalysed(m_coder);
                    SearchHits held(m_coder);
                    QVERIFY(held.fill(SearchQuery::parse(query).ftsExpression(),
                                      SearchHits::Exactness::ConfirmedLater));
                    QCOMPARE(analysed, held.count());
                    QVERIFY(analysed >= titles.size());
                }
            }
            QCOMPARE(temporaryTables(*db), 0);
        }
    }

    void listsFewHitsByLookingThemUp_data() { findsWhatTheFileFinds_data(); }

    void listsFewHitsByLookingThemUp()
    {
        // Hits few beside the corpus are looked up one by one rather than matched against every
        // article: the planner is told the corpus holds a million, and the list must not change.
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        titles.sort();
        admin(QStringLiteral("UPDATE pg_class SET reltuples = 1000000 WHERE oid = 'articles'::regclass"));
        const auto restore = qScopeGuard([this] { admin(QStringLiteral("ANALYZE articles")); });
        {
            SearchHits hits(m_coder);
            QVERIFY(hits.fill(SearchQuery::parse(query).ftsExpression()));
            QVERIFY2(hits.conditionOn(QStringLiteral("id")).startsWith(QLatin1String("id = ANY(ARRAY(")),
                     qPrintable(hits.conditionOn(QStringLiteral("id"))));
        }
        ArticleListModel model(m_coder);
        model.setSearch(SearchQuery::parse(query));
        QCOMPARE(titlesListed(model), titles);
        QCOMPARE(model.totalCount(), int(titles.size()));
        admin(QStringLiteral("ANALYZE articles")); // the planner knows again: the hits are many
        SearchHits many(m_coder);
        QVERIFY(many.fill(SearchQuery::parse(query).ftsExpression()));
        QCOMPARE(many.conditionOn(QStringLiteral("id")).startsWith(QLatin1String("id IN (")),
                 titles.size() > 0);
    }

    void listsASearchWhereTemporaryTablesAreRefused()
    {
        // A server whose administrator took temporary tables away: the list searches the index.
        admin(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(m_database));
        const auto restore = qScopeGuard(
            [this] { admin(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO PUBLIC").arg(m_database)); });
        CorpusDatabase coder;
        QVERIFY(openTeam(coder, QStringLiteral("tsr_coder")));
        {
            ArticleListModel model(coder);
            model.setSearch(SearchQuery::parse(QStringLiteral("党员 明星")));
            QCOMPARE(titlesListed(model), QStringList{QStringLiteral("分开写的两个字")});
            QCOMPARE(model.totalCount(), 1);
            model.setSearch(SearchQuery::parse(QStringLiteral("党员")));
            QCOMPARE(titlesListed(model),
                     (QStringList{QStringLiteral("分开写的两个字"), QStringLiteral("社区党员")}));
            QCOMPARE(temporaryTables(coder), 0);
        }
    }

    void offersTheChoicesTheFileOffers()
    {
        for (CorpusDatabase *db : {&m_file, &m_team}) {
            QVERIFY(db->sql().exec(QStringLiteral("UPDATE articles SET outlet = CASE id % 3 WHEN 0 THEN "
                                                  "'新华网' WHEN 1 THEN '人民网' ELSE '' END")));
            QVERIFY(db->sql().exec(QStringLiteral("INSERT INTO article_attributes (article_id, name, value)"
                                                  " SELECT id, 'channel', CASE WHEN id < 4 THEN 'a' WHEN id "
                                                  "< 7 THEN 'b' ELSE 'c' END FROM articles")));
            QVERIFY(db->sql().exec(QStringLiteral("INSERT INTO article_attributes (article_id, name, value) "
                                                  "SELECT id, 'desk', '' FROM articles")));
        }
        for (CorpusDatabase *db : {&m_file, &m_team}) {
            const CorpusFacets facets(*db);
            QCOMPARE(facets.outlets(), (QStringList{QStringLiteral("人民网"), QStringLiteral("新华网")}));
            QCOMPARE(facets.attributeNames(),
                     (QStringList{QStringLiteral("channel"), QStringLiteral("desk")}));
            QCOMPARE(facets.attributeValues(QStringLiteral("channel"), 10),
                     (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
            QCOMPARE(facets.attributeValues(QStringLiteral("channel"), 2),
                     (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
            QCOMPARE(facets.attributeValues(QStringLiteral("desk"), 10), QStringList());
            QVERIFY2(facets.errorString().isEmpty(), qPrintable(facets.errorString()));
        }
    }

    void anOlderTeamCorpusIsUpgradedByItsOwner()
    {
        m_team.close();
        // As the first team corpora were made: no pairs, no search functions, a small pending list,
        // no entity rules, no index of corrected entities, shadows stored whole, schema version 15, no
        // revision.
        admin(QStringLiteral(
            "BEGIN; DROP FUNCTION matching_articles; DROP FUNCTION settle_search_index;"
            " DROP TABLE entity_rules; DROP TABLE entity_models; DROP INDEX entities_corrected;"
            " UPDATE corpus_settings SET value = '15' WHERE name = 'schema_version';"
            " ALTER TABLE article_search DROP COLUMN pairs;"
            " ALTER INDEX article_search_terms SET (gin_pending_list_limit = 256);"
            " ALTER TABLE article_texts DROP COLUMN shadow_changes; DROP INDEX article_texts_whole_shadow;"
            " UPDATE article_texts SET shadow = '国际机场管理局将扩建跑道。' WHERE body LIKE '國際機場%';"
            " DELETE FROM corpus_settings WHERE name = 'team_revision'; COMMIT"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM corpus_settings WHERE name = 'team_revision'")),
                 QStringLiteral("0"));
        CorpusDatabase older;
        QVERIFY(!openTeam(older, QStringLiteral("tsr_coder")));
        QVERIFY2(older.errorString().contains(QStringLiteral("pizhu upgrade-team --db")),
                 qPrintable(older.errorString()));

        // The lead does not own the tables: refused, and nothing changed.
        const CommandRun byLead = pizhu({QStringLiteral("upgrade-team"), QStringLiteral("--db"),
                                         m_server.address(m_database, QStringLiteral("tsr_lead"))});
        QVERIFY(byLead.exitCode != 0);
        QVERIFY2(byLead.err.contains(QStringLiteral("nothing was changed")), qPrintable(byLead.err));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM information_schema.columns"
                                      " WHERE table_name = 'article_search' AND column_name = 'pairs'")),
                 QStringLiteral("0"));

        const CommandRun byOwner = pizhu({QStringLiteral("upgrade-team"), QStringLiteral("--db"),
                                          m_server.address(m_database, m_server.admin)});
        QVERIFY2(byOwner.exitCode == 0, qPrintable(byOwner.err));
        QCOMPARE(admin(QStringLiteral("SELECT value FROM corpus_settings WHERE name = 'team_revision'")),
                 QString::number(TeamUpgrade::latestRevision()));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")),
                 QStringLiteral("0"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM article_search WHERE pairs IS NULL")),
                 QStringLiteral("0"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pg_class"
                                      " WHERE relname = 'article_search_terms' AND reloptions IS NULL")),
                 QStringLiteral("1"));

        const CommandRun again = pizhu({QStringLiteral("upgrade-team"), QStringLiteral("--db"),
                                        m_server.address(m_database, m_server.admin)});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("already")), qPrintable(again.out));

        QCOMPARE(admin(QStringLiteral("SELECT value FROM corpus_settings WHERE name = 'schema_version'")),
                 QString::number(CorpusDatabase::currentSchemaVersion()));
        // The whole shadow became the changes from the body.
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM article_texts WHERE shadow IS NOT NULL")),
                 QStringLiteral("0"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM article_texts WHERE shadow_changes IS NOT NULL")),
                 QStringLiteral("1"));
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'entities_corrected'")),
            QStringLiteral("1"));
        QVERIFY2(openTeam(m_team, QStringLiteral("tsr_coder")), qPrintable(m_team.errorString()));
        // A coder may keep corrections as rules of the corpus in the upgraded table.
        EntityRule rule;
        rule.key = rule.name = QStringLiteral("武侠小");
        rule.coder = QStringLiteral("tsr_coder");
        rule.created = QStringLiteral("2026-12-06T12:00:00Z");
        EntityRuleStore rules(m_team);
        QVERIFY2(rules.put(rule), qPrintable(rules.errorString()));
        QCOMPARE(rules.rules(), QList<EntityRule>{rule});
        QVERIFY(rules.remove(rule.type, rule.key));
        QCOMPARE(titlesFound(m_team, QStringLiteral("党员")),
                 (QStringList{QStringLiteral("分开写的两个字"), QStringLiteral("社区党员")}));
        QCOMPARE(titlesFound(m_team, QStringLiteral("的确")), QStringList{QStringLiteral("长文章")});
        QCOMPARE(titlesFound(m_team, QStringLiteral("机场")), QStringList{QStringLiteral("機場擴建")});
    }

    void aNewerTeamCorpusIsRefused()
    {
        m_team.close();
        admin(QStringLiteral("UPDATE corpus_settings SET value = '%1' WHERE name = 'team_revision'")
                  .arg(TeamUpgrade::latestRevision() + 1));
        QVERIFY(!openTeam(m_team, QStringLiteral("tsr_lead")));
        QCOMPARE(m_team.status(), CorpusDatabase::Status::NewerSchema);
        QVERIFY2(m_team.errorString().contains(QStringLiteral("newer Pizhu")),
                 qPrintable(m_team.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestTeamSearch)
#include "tst_teamsearch.moc"
