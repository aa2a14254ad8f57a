// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu copy` from a corpus file with two coders' work to a team corpus on a real PostgreSQL
// server and back to a new file: every table comes back as it was, ids included; search finds
// the same articles in both engines; the server numbers new rows after the copied ones. A copy
// into a corpus that is not empty, into an existing file, from a missing file, into another
// application's database or by a coder (who may not add articles) is refused, and nothing is
// written.
#include "editing/articlesets.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testseeds.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCorpusCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_original; ///< the corpus file coded here
    QString m_returned; ///< the same, copied to the server and back
    const QString m_team = QStringLiteral("copied_corpus");

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
    }
    CommandRun copy(const QString &from, const QString &to)
    {
        return pizhu({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    }
    QString teamValue(const QString &sql, const QString &database = {})
    {
        return m_server.adminValue(database.isEmpty() ? m_team : database, sql, m_dir.path());
    }
    bool makeTeam(const QString &database, const QString &lead, const QString &coder)
    {
        if (!m_server.createDatabase(database, m_dir.path()))
            return false;
        const CommandRun made = pizhu({QStringLiteral("init-team"), QStringLiteral("--db"),
                                       m_server.address(database, m_server.admin), QStringLiteral("--lead"),
                                       lead, QStringLiteral("--coder"), coder});
        if (made.exitCode != 0)
            qWarning() << made.err;
        return made.exitCode == 0;
    }

    /** Two coders' work on the five samples: nested tags, passages with notes, article tags,
     * memos, a status, a set, merged entities, and a deleted article. */
    void codeTheOriginal()
    {
        std::unique_ptr<CorpusDatabase> db;
        std::unique_ptr<CorpusSession> session;
        QList<qint64> articles;
        QVERIFY(openSeededSession(m_dir, QStringLiteral("甲"), &db, &session, &articles));
        m_original = db->path();
        const qint64 frame = session->addTag(QStringLiteral("框架"), 0, QStringLiteral("#cc0000"));
        const qint64 conflict = session->addTag(QStringLiteral("冲突"), frame, QStringLiteral("#00cc00"));
        const qint64 blame = session->addTag(QStringLiteral("责任"), 0, QStringLiteral("#0000cc"));
        QVERIFY(frame && conflict && blame);
        QVERIFY(session->addAnnotation(articles.at(0), conflict, {0, 4}, QStringLiteral("标题里的冲突")));
        QVERIFY(session->setArticleTag(articles.at(1), blame, true));
        QVERIFY(session->setCodingStatus({articles.at(2)}, CodingStatus::Coded));
        QVERIFY(
            db->sql().exec(QStringLiteral("INSERT INTO article_attributes VALUES (?, 'category', '财经')"),
                           {articles.at(3)}));
        Memos memos(*session);
        QVERIFY(memos.add(MemoTarget::Project, 0, QStringLiteral("项目备忘")));
        QVERIFY(memos.add(MemoTarget::Article, articles.at(0), QStringLiteral("文章备忘")));
        QVERIFY(memos.add(MemoTarget::Tag, conflict, QStringLiteral("标签备忘")));
        QVERIFY(ArticleSets(*session).save(QStringLiteral("我的样本"), {articles.at(0), articles.at(1)}));
        SqlQuery people(db->sql());
        QVERIFY(
            people.exec(QStringLiteral("SELECT id FROM entities WHERE type = 'PER' ORDER BY id LIMIT 2")));
        QList<qint64> two;
        while (people.next())
            two << people.integer(0);
        people.finish();
        QCOMPARE(two.size(), 2);
        QVERIFY(session->mergeEntities(two.at(1), two.at(0)));
        session->setCoder(QStringLiteral("乙"));
        QVERIFY(session->addAnnotation(articles.at(0), conflict, {2, 8}));
        QVERIFY(session->deleteArticles({articles.at(4)}));
    }

    /** Every row of \a table in \a file, in order, as text. */
    QStringList rows(const QString &file, const QString &table, const QString &order)
    {
        CorpusDatabase db;
        if (!db.open(file))
            return {QStringLiteral("cannot open %1").arg(file)};
        SqlQuery query(db.sql());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            return {query.errorText()};
        QStringList all;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.columnCount(); ++i)
                row << query.columnName(i) + QLatin1Char('=') + query.value(i).toString();
            all << row.join(QLatin1Char('|'));
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        codeTheOriginal();
        QVERIFY(makeTeam(m_team, QStringLiteral("cc_lead"), QStringLiteral("cc_coder")));
        const CommandRun there = copy(m_original, m_server.address(m_team, m_server.admin));
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY2(there.out.contains(
                     QStringLiteral("Copied 4 articles, 3 tags, 2 passages, 1 article tags and 3 memos")),
                 qPrintable(there.out));
        m_returned = m_dir.filePath(QStringLiteral("returned.pizhu"));
        const CommandRun back = copy(m_server.address(m_team, QStringLiteral("cc_coder")), m_returned);
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(back.out.contains(QStringLiteral("Copied 4 articles")), qPrintable(back.out));

        // For the refusals: another application's database, and an empty team corpus.
        QVERIFY(m_server.createDatabase(QStringLiteral("copy_shop"), m_dir.path()));
        QCOMPARE(m_server
                     .psql(m_server.admin, QStringLiteral("copy_shop"),
                           QStringLiteral("CREATE TABLE customers (id integer)"), m_dir.path())
                     .exitCode,
                 0);
        QVERIFY(
            makeTeam(QStringLiteral("copy_empty"), QStringLiteral("ce_lead"), QStringLiteral("ce_coder")));
    }

    void everyTableComesBack_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("order");
        const QList<std::pair<const char *, const char *>> tables = {
            {"articles", "id"},
            {"article_texts", "article_id"},
            {"bylines", "article_id, position"},
            {"article_lines", "article_id, position"},
            {"article_attributes", "article_id, name"},
            {"tags", "id"},
            {"article_tags", "article_id, tag_id, coder"},
            {"annotations", "id"},
            {"article_status", "article_id"},
            {"entities", "id"},
            {"entity_mentions", "entity_id, start"},
            {"entity_totals", "type, key"},
            {"article_sets", "id"},
            {"article_set_members", "set_id, article_id"},
            {"memos", "id"},
            {"corpus_settings", "name"},
        };
        for (const auto &[table, order] : tables)
            QTest::newRow(table) << QString::fromLatin1(table) << QString::fromLatin1(order);
    }

    void everyTableComesBack()
    {
        QFETCH(QString, table);
        QFETCH(QString, order);
        const QStringList original = rows(m_original, table, order);
        const QStringList returned = rows(m_returned, table, order);
        QVERIFY2(!original.isEmpty(), "the table has rows to compare");
        QCOMPARE(returned, original);
    }

    void bothEnginesFindTheSameArticles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("simplified"); // as the server's index holds it
        QTest::newRow("one character") << "李"
                                       << "李";
        QTest::newRow("two characters") << "党员"
                                        << "党员";
        QTest::newRow("two characters, traditional") << "黨員"
                                                     << "党员";
        QTest::newRow("three characters") << "志愿者"
                                          << "志愿者";
        QTest::newRow("four characters") << "新型冠状"
                                         << "新型冠状";
        QTest::newRow("two terms") << "疫情 社区"
                                   << "疫情 社区";
    }

    void bothEnginesFindTheSameArticles()
    {
        QFETCH(QString, query);
        QFETCH(QString, simplified);
        // Search on the file that came back from the server rebuilt its index from the copy.
        const CommandRun original =
            pizhu({QStringLiteral("search"), QStringLiteral("--db"), m_original, query});
        const CommandRun returned =
            pizhu({QStringLiteral("search"), QStringLiteral("--db"), m_returned, query});
        QCOMPARE(returned.exitCode, 0);
        QVERIFY2(!original.outLines().isEmpty(), "the query finds something");
        QCOMPARE(returned.out, original.out);
        // The server's own index: each Hanzi a token, a word a phrase of them, in simplified script.
        QStringList phrases;
        for (const QString &term : simplified.split(QLatin1Char(' '))) {
            QString spaced;
            for (const QChar c : term)
                spaced += c.unicode() >= 0x3400 ? QStringLiteral(" %1 ").arg(c) : QString(c);
            phrases << QStringLiteral("phraseto_tsquery('simple', '%1')").arg(spaced);
        }
        const QString onServer =
            teamValue(QStringLiteral("SELECT count(*) FROM article_search WHERE terms @@ (%1)")
                          .arg(phrases.join(QStringLiteral(" && "))));
        QCOMPARE(onServer.toInt(), original.outLines().size());
    }

    void theServerNumbersNewRowsAfterTheCopied()
    {
        // The deleted article's id is not given again, and tags go on after the highest.
        const QString highWater = rows(m_original, QStringLiteral("corpus_settings"), QStringLiteral("name"))
                                      .filter(QStringLiteral("article_id_high_water"))
                                      .value(0)
                                      .section(QLatin1Char('='), -1);
        QVERIFY(!highWater.isEmpty());
        QCOMPARE(
            teamValue(QStringLiteral(
                          "INSERT INTO articles (title, content_hash) VALUES ('新', 'new') RETURNING id"))
                .section(QLatin1Char('\n'), 0, 0),
            QString::number(highWater.toLongLong() + 1));
        QCOMPARE(teamValue(QStringLiteral(
                               "INSERT INTO tags (name, color) VALUES ('新标签', '#000000') RETURNING id"))
                     .section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("4"));
        QCOMPARE(teamValue(QStringLiteral("DELETE FROM articles WHERE content_hash = 'new'")),
                 QStringLiteral("DELETE 1"));
        QCOMPARE(teamValue(QStringLiteral("DELETE FROM tags WHERE id = 4")), QStringLiteral("DELETE 1"));
    }

    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("into a team corpus that is not empty") << "{original}"
                                                              << "{team}" << 1 << "already holds articles";
        QTest::newRow("into an existing file") << "{original}"
                                               << "{original}" << 2 << "exists";
        QTest::newRow("from a missing file") << "{dir}/missing.pizhu"
                                             << "{dir}/new.pizhu" << 2 << "no such corpus file";
        QTest::newRow("into another application's database") << "{original}"
                                                             << "{shop}" << 1 << "is not a Pizhu corpus";
        QTest::newRow("from another application's database")
            << "{shop}"
            << "{dir}/from-shop.pizhu" << 1 << "is not a Pizhu corpus";
        QTest::newRow("by a coder, who may not add articles")
            << "{original}"
            << "{empty as coder}" << 1 << "permission denied for table articles";
    }

    void refusesAndWritesNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto place = [this](QString where) {
            return where.replace(QLatin1String("{original}"), m_original)
                .replace(QLatin1String("{dir}"), m_dir.path())
                .replace(QLatin1String("{team}"), m_server.address(m_team, m_server.admin))
                .replace(QLatin1String("{shop}"),
                         m_server.address(QStringLiteral("copy_shop"), m_server.admin))
                .replace(QLatin1String("{empty as coder}"),
                         m_server.address(QStringLiteral("copy_empty"), QStringLiteral("ce_coder")));
        };
        const QString target = place(to);
        const CommandRun run = copy(place(from), target);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing written: the team corpora and the shop hold what they held, no new file is left.
        QCOMPARE(teamValue(QStringLiteral("SELECT count(*) FROM articles")), QStringLiteral("4"));
        QCOMPARE(teamValue(QStringLiteral("SELECT count(*) FROM articles"), QStringLiteral("copy_empty")),
                 QStringLiteral("0"));
        QCOMPARE(teamValue(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                           QStringLiteral("copy_shop")),
                 QStringLiteral("1"));
        if (!to.startsWith(QLatin1Char('{')) || to.startsWith(QLatin1String("{dir}")))
            QVERIFY2(!QFile::exists(target), qPrintable(target));
    }
};

QTEST_GUILESS_MAIN(TestCorpusCopy)
#include "tst_corpuscopy.moc"
