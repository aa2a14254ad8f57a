// SPDX-License-Identifier: GPL-3.0-or-later
// The article list of a team corpus searched for a phrase of three Hanzi or more keeps every
// article whose Hanzi pairs match, found in the index alone, and checks the phrase's positions only
// in the rows it reads: near misses (the pairs there, but apart) never show, however many come
// first, and the total comes from the count off the GUI thread. It lists what a corpus file lists.
#include "core/jobcontrol.h"
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "listedtitles.h"
#include "models/testarticles.h"
#include "search/articlecountjob.h"
#include "search/searchquery.h"
#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"
#include "store/teamaddress.h"
#include "store/transaction.h"
#include "testserver.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/**
 * \a hits articles holding \a phrase, and \a misses holding its characters with a full stop after
 * each pair, so that every pair of the phrase is there but not the phrase. Misses come first in the
 * list (newer) where \a missesFirst; else, as many as the hits, they alternate with them.
 */
QList<Article> articlesFor(const QString &phrase, int hits, int misses, bool missesFirst)
{
    QString apart;
    for (qsizetype i = 0; i + 1 < phrase.size(); ++i)
        apart += phrase.mid(i, 2) + QStringLiteral("。");
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0));
    const int all = hits + misses;
    QList<Article> articles;
    for (int i = 0; i < all; ++i) {
        const bool miss = missesFirst ? i < misses : i % 2 == 0;
        // Titles are searched too: they name the set by a number, not by its phrase.
        const QString title = QStringLiteral("%1-%2%3")
                                  .arg(phrase.at(0).unicode())
                                  .arg(miss ? QStringLiteral("差") : QStringLiteral("中"))
                                  .arg(i);
        // The list is newest first: the first article gets the latest date.
        articles << makeArticle(title, {miss ? apart : QStringLiteral("今天说%1。").arg(phrase)},
                                start.addSecs(60 * (all - i)).toString(Qt::ISODate));
    }
    return articles;
}

/** How many rows the one temporary table of \a team's connection holds now; -1 if none. */
int rowsKept(CorpusDatabase &team)
{
    SqlQuery query(team.sql());
    if (!query.exec(QStringLiteral("SELECT relname FROM pg_class"
                                   " WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'")) ||
        !query.next())
        return -1;
    const QString table = query.text(0);
    return query.exec(QStringLiteral("SELECT count(*) FROM pg_temp.") + table) && query.next()
               ? int(query.integer(0))
               : -1;
}

} // namespace

class TestTeamPhraseList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    CorpusDatabase m_file;
    CorpusDatabase m_coder;
    const QString m_database = QStringLiteral("team_phrase_list");

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(m_server.createDatabase(m_database, m_dir.path()));
        const CommandRun init =
            runCommand(QStringLiteral(PIZHU_EXECUTABLE),
                       {QStringLiteral("init-team"), QStringLiteral("--db"),
                        m_server.address(m_database, m_server.admin), QStringLiteral("--lead"),
                        QStringLiteral("tpl_lead"), QStringLiteral("--coder"), QStringLiteral("tpl_coder")},
                       m_dir.path());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QString error;
        const std::optional<TeamAddress> lead =
            TeamAddress::parse(m_server.address(m_database, QStringLiteral("tpl_lead")), &error);
        const std::optional<TeamAddress> coder =
            TeamAddress::parse(m_server.address(m_database, QStringLiteral("tpl_coder")), &error);
        QVERIFY2(lead && coder, qPrintable(error));
        CorpusDatabase team;
        QVERIFY(team.openTeam(*lead));
        QVERIFY(m_coder.openTeam(*coder));
        QVERIFY(m_file.open(m_dir.filePath(QStringLiteral("phrases.pizhu"))));
        // The list reads two pages at once: more near misses than that come before the few hits,
        // and more hits than that alternate with as many near misses.
        constexpr int Read = 2 * ArticleListModel::PageSize;
        const QList<QList<Article>> sets = {
            articlesFor(QStringLiteral("人工智能"), 5, Read + 50, true),
            articlesFor(QStringLiteral("机器学习"), Read + 50, Read + 50, false),
            articlesFor(QStringLiteral("深度网络"), 0, 120, true)};
        for (CorpusDatabase *db : {&m_file, &team}) {
            ArticleWriter writer(*db);
            Transaction transaction(db->sql());
            for (const QList<Article> &set : sets) {
                for (Article article : set)
                    QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
            }
            QVERIFY(transaction.commit());
        }
    }

    void listsOnlyThePhrase_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("hits");
        QTest::addColumn<bool>("countedAtOnce"); // the first read of the list holds all of it
        QTest::newRow("a few hits behind two pages of near misses")
            << QStringLiteral("人工智能") << 5 << true;
        QTest::newRow("near misses among more hits than two pages")
            << QStringLiteral("机器学习") << 2 * ArticleListModel::PageSize + 50 << false;
        QTest::newRow("near misses alone") << QStringLiteral("深度网络") << 0 << true;
    }

    void listsOnlyThePhrase()
    {
        QFETCH(QString, phrase);
        QFETCH(int, hits);
        QFETCH(bool, countedAtOnce);
        const SearchQuery query = SearchQuery::parse(phrase);
        ArticleListModel onFile(m_file);
        onFile.setSearch(query);
        const QStringList fileTitles = listedTitles(onFile);
        QCOMPARE(fileTitles.size(), hits);

        ArticleListModel model(m_coder);
        model.setSearch(query);
        if (countedAtOnce) {
            QCOMPARE(model.totalCount(), hits);
        } else {
            // Only the rows read were checked: near misses further down are still kept.
            QCOMPARE(model.totalCount(), -1);
            QVERIFY2(rowsKept(m_coder) > hits, qPrintable(QString::number(rowsKept(m_coder))));
            std::unique_ptr<ArticleCountJob> job = model.countJob();
            CorpusDatabase counting;
            QVERIFY(counting.openTeam(m_coder.location().address()));
            JobControl control;
            QVERIFY2(job->run(counting, control), qPrintable(job->errorString()));
            model.takeCount(*job);
            QCOMPARE(model.totalCount(), hits);
        }
        QCOMPARE(listedTitles(model), fileTitles);
        for (const QString &title : fileTitles)
            QVERIFY2(title.contains(QStringLiteral("中")), qPrintable(title));
        QCOMPARE(rowsKept(m_coder), hits); // every near miss read was dropped
        QCOMPARE(model.totalCount(), hits);
    }
};

QTEST_GUILESS_MAIN(TestTeamPhraseList)
#include "tst_teamphraselist.moc"
