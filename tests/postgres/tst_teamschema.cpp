// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu init-team` on a real PostgreSQL server (the "postgres" CTest fixture), and what the
// server then enforces by itself: a coder who opens psql with their own login can read
// everything, change only their own passages and memos, and can neither change the codebook or
// the articles nor alter the schema; the lead changes the codebook and grants the coder role.
// Bad addresses, an unreachable server, a wrong password, a database of another application and
// a login that may not create roles are refused with a message, and nothing is written.
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTeamSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    TestServer m_server;
    const QString m_corpus = QStringLiteral("team_corpus");

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_home.path());
    }
    CommandRun psql(const QString &login, const QString &sql, const QString &database = {})
    {
        return m_server.psql(login, database.isEmpty() ? m_corpus : database, sql, m_home.path());
    }
    QString adminValue(const QString &sql, const QString &database = {})
    {
        return m_server.adminValue(database.isEmpty() ? m_corpus : database, sql, m_home.path());
    }
    bool createDatabase(const QString &name) { return m_server.createDatabase(name, m_home.path()); }
    QString rolesNamed(const QString &pattern)
    {
        return adminValue(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"
                                         " WHERE rolname LIKE '%1'")
                              .arg(pattern),
                          QStringLiteral("postgres"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(createDatabase(m_corpus));
        const CommandRun made = pizhu(
            {QStringLiteral("init-team"), QStringLiteral("--db"), m_server.address(m_corpus, m_server.admin),
             QStringLiteral("--lead"), QStringLiteral("alice"), QStringLiteral("--coder"),
             QStringLiteral("bob"), QStringLiteral("--coder"), QStringLiteral("carol")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("Made a team corpus (schema version %1)")
                                       .arg(CorpusDatabase::currentSchemaVersion())),
                 qPrintable(made.out));
        for (const QString &login : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")})
            QVERIFY2(made.out.contains(QStringLiteral("Made the login %1 without a password").arg(login)),
                     qPrintable(made.out));
        QVERIFY2(!made.out.contains(QStringLiteral("secret")), "nothing of a password is printed");
        QCOMPARE(rolesNamed(QStringLiteral("pizhu_team_corpus_%")),
                 QStringLiteral("pizhu_team_corpus_coder,pizhu_team_corpus_lead"));
        QCOMPARE(
            adminValue(QStringLiteral("SELECT value FROM corpus_settings WHERE name = 'schema_version'")),
            QString::number(CorpusDatabase::currentSchemaVersion()));
        QVERIFY(psql(m_server.admin, QStringLiteral("CREATE ROLE dave LOGIN")).exitCode == 0);
    }

    /** Before each row: one article, one tag, one entity, bob's passage and bob's memo. */
    void init()
    {
        const CommandRun reset =
            psql(m_server.admin,
                 QStringLiteral(
                     "BEGIN;"
                     " TRUNCATE articles, tags, annotations, memos, entities, entity_rules, entity_models"
                     "  RESTART IDENTITY CASCADE;"
                     " INSERT INTO articles (title, content_hash) VALUES ('标题', 'h1');"
                     " INSERT INTO tags (name, color) VALUES ('框架', '#cc0000');"
                     " INSERT INTO entities (article_id, type, name, key) VALUES (1, 'PER', '张三', '张三');"
                     " INSERT INTO annotations (article_id, tag_id, start, \"end\", coder, created, modified)"
                     "  VALUES (1, 1, 0, 2, 'bob', '2026-12-05T10:00:00Z', '2026-12-05T10:00:00Z');"
                     " INSERT INTO memos (article_id, text, coder, created, modified)"
                     "  VALUES (1, '待核', 'bob', '2026-12-05T10:00:00Z', '2026-12-05T10:00:00Z');"
                     " REVOKE pizhu_team_corpus_coder FROM dave;"
                     " COMMIT"));
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    }

    void theServerEnforcesTheRoles_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("answer"); // what psql prints, in part
        QTest::addColumn<QString>("check");  // run by the administrator afterwards
        QTest::addColumn<QString>("checked");

        const QString passage =
            QStringLiteral("INSERT INTO annotations (article_id, tag_id, start, \"end\", coder,"
                           " created, modified) VALUES (1, 1, 3, 5, '%1', 'now', 'now')");
        const QString bobsPassages = QStringLiteral("SELECT count(*) FROM annotations WHERE coder = 'bob'");
        QTest::newRow("a coder tags a passage of their own")
            << "carol" << passage.arg(QStringLiteral("carol")) << "INSERT 0 1"
            << "SELECT count(*) FROM annotations"
            << "2";
        QTest::newRow("a coder deletes their own passage") << "bob"
                                                           << "DELETE FROM annotations"
                                                           << "DELETE 1" << bobsPassages << "0";
        QTest::newRow("a coder cannot delete another's passage") << "carol"
                                                                 << "DELETE FROM annotations"
                                                                 << "DELETE 0" << bobsPassages << "1";
        QTest::newRow("a coder cannot change another's note")
            << "carol"
            << "UPDATE annotations SET note = '改'"
            << "UPDATE 0"
            << "SELECT count(*) FROM annotations WHERE note = '改'"
            << "0";
        QTest::newRow("a coder cannot take another's passage") << "carol"
                                                               << "UPDATE annotations SET coder = 'carol'"
                                                               << "UPDATE 0" << bobsPassages << "1";
        QTest::newRow("a coder cannot tag in another's name")
            << "carol" << passage.arg(QStringLiteral("bob")) << "row-level security" << bobsPassages << "1";
        QTest::newRow("a coder cannot delete another's memo") << "carol"
                                                              << "DELETE FROM memos"
                                                              << "DELETE 0"
                                                              << "SELECT count(*) FROM memos"
                                                              << "1";
        QTest::newRow("a coder reads everything") << "carol"
                                                  << "SELECT count(*) FROM annotations"
                                                  << "1" << bobsPassages << "1";
        QTest::newRow("a coder corrects an entity") << "carol"
                                                    << "UPDATE entities SET status = 'confirmed'"
                                                    << "UPDATE 1"
                                                    << "SELECT status FROM entities"
                                                    << "confirmed";
        QTest::newRow("a coder keeps a correction as a rule of the corpus")
            << "carol"
            << "INSERT INTO entity_rules (type, key, name, action, coder, created)"
               " VALUES ('PER', '武侠小', '武侠小', 'reject', 'carol', 'now')"
            << "INSERT 0 1"
            << "SELECT action FROM entity_rules"
            << "reject";
        QTest::newRow("a coder cannot change the corpus's entity model")
            << "bob"
            << "INSERT INTO entity_models (name, model, names, coder, created)"
               " VALUES ('adapted', '\\x00', 1, 'bob', 'now')"
            << "permission denied for table entity_models"
            << "SELECT count(*) FROM entity_models"
            << "0";
        QTest::newRow("a coder cannot add a tag")
            << "carol"
            << "INSERT INTO tags (name, color) VALUES ('冲突', '#00cc00')"
            << "permission denied for table tags"
            << "SELECT count(*) FROM tags"
            << "1";
        QTest::newRow("a coder cannot rename a tag") << "bob"
                                                     << "UPDATE tags SET name = '改'"
                                                     << "permission denied for table tags"
                                                     << "SELECT name FROM tags"
                                                     << "框架";
        QTest::newRow("a coder cannot delete articles") << "bob"
                                                        << "DELETE FROM articles"
                                                        << "permission denied for table articles"
                                                        << "SELECT count(*) FROM articles"
                                                        << "1";
        QTest::newRow("a coder cannot alter the schema")
            << "bob"
            << "ALTER TABLE annotations ADD COLUMN extra integer"
            << "must be owner"
            << "SELECT count(*) FROM information_schema.columns WHERE table_name = 'annotations'"
            << "9";
        QTest::newRow("a coder cannot drop a table") << "bob"
                                                     << "DROP TABLE annotations"
                                                     << "must be owner" << bobsPassages << "1";
        QTest::newRow("a coder cannot make tables")
            << "bob"
            << "CREATE TABLE mine (x integer)"
            << "permission denied for schema public"
            << "SELECT count(*) FROM pg_tables WHERE tablename = 'mine'"
            << "0";
        QTest::newRow("a coder cannot make others coders")
            << "bob"
            << "GRANT pizhu_team_corpus_coder TO dave"
            << "ERROR"
            << "SELECT pg_has_role('dave', 'pizhu_team_corpus_coder', 'MEMBER')"
            << "f";
        QTest::newRow("the lead adds a tag") << "alice"
                                             << "INSERT INTO tags (name, color) VALUES ('冲突', '#00cc00')"
                                             << "INSERT 0 1"
                                             << "SELECT count(*) FROM tags"
                                             << "2";
        QTest::newRow("the lead makes a coder")
            << "alice"
            << "GRANT pizhu_team_corpus_coder TO dave"
            << "GRANT ROLE"
            << "SELECT pg_has_role('dave', 'pizhu_team_corpus_coder', 'MEMBER')"
            << "t";
        QTest::newRow("the lead cannot alter the schema")
            << "alice"
            << "ALTER TABLE tags ADD COLUMN extra integer"
            << "must be owner"
            << "SELECT count(*) FROM information_schema.columns WHERE table_name = 'tags'"
            << "6";
    }

    void theServerEnforcesTheRoles()
    {
        QFETCH(QString, login);
        QFETCH(QString, statement);
        QFETCH(QString, answer);
        QFETCH(QString, check);
        QFETCH(QString, checked);
        const CommandRun run = psql(login, statement);
        const QString printed = run.out + run.err;
        QVERIFY2(printed.contains(answer), qPrintable(printed));
        QCOMPARE(run.exitCode == 0,
                 !answer.contains(QLatin1String("denied")) && !answer.contains(QLatin1String("must be")) &&
                     !answer.contains(QLatin1String("ERROR")) && !answer.contains(QLatin1String("security")));
        QCOMPARE(adminValue(check), checked);
    }

    void refusesWhatItCannotMake_data()
    {
        QTest::addColumn<QString>("database"); // made empty for the row, when named
        QTest::addColumn<QString>("setup");    // run in it by the administrator
        QTest::addColumn<QString>("address");  // {socket} and {port} are the test server's
        QTest::addColumn<QString>("password"); // in PGPASSWORD
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("tablesAfter"); // in the database; -1: not checked

        const QString socket = QStringLiteral("postgresql:///%1?host={socket}&port={port}&user=%2");
        QTest::newRow("not a PostgreSQL address") << ""
                                                  << ""
                                                  << "mysql://localhost/corpus"
                                                  << "" << 2 << "is not a PostgreSQL address" << -1;
        QTest::newRow("an address libpq cannot read") << ""
                                                      << ""
                                                      << "postgresql://[::1/corpus"
                                                      << "" << 2 << "cannot be read" << -1;
        QTest::newRow("an address libpq cannot read, with a password")
            << ""
            << ""
            << "postgresql://alice:secret@[::1/corpus"
            << "" << 2 << "cannot be read" << -1;
        QTest::newRow("a password in the address") << ""
                                                   << ""
                                                   << "postgresql://alice:secret@127.0.0.1:{port}/team_corpus"
                                                   << "" << 2 << "holds a password" << -1;
        QTest::newRow("no server at the socket") << ""
                                                 << ""
                                                 << "postgresql:///team_corpus?host=/nonexistent&user=alice"
                                                 << "" << 2 << "cannot connect to" << -1;
        QTest::newRow("no server at the port") << ""
                                               << ""
                                               << "postgresql://alice@127.0.0.1:1/team_corpus"
                                               << "" << 2 << "Connection refused" << -1;
        QTest::newRow("no such database")
            << ""
            << "" << socket.arg(QStringLiteral("no_such_corpus"), QStringLiteral("pizhu_admin")) << "" << 2
            << "no_such_corpus" << -1;
        QTest::newRow("a wrong password") << ""
                                          << "ALTER ROLE carol PASSWORD 'right-one'"
                                          << "postgresql://carol@127.0.0.1:{port}/team_corpus"
                                          << "wrong-one" << 2 << "password authentication failed" << -1;
        QTest::newRow("no password") << ""
                                     << "ALTER ROLE carol PASSWORD 'right-one'"
                                     << "postgresql://carol@127.0.0.1:{port}/team_corpus"
                                     << "" << 2 << "no password supplied" << -1;
        QTest::newRow("a database of another application")
            << "shop"
            << "CREATE TABLE customers (id integer)"
            << socket.arg(QStringLiteral("shop"), QStringLiteral("pizhu_admin")) << "" << 1
            << "holds 1 table of another application" << 1;
        QTest::newRow("a database not in UTF-8")
            << ""
            << "CREATE DATABASE latin TEMPLATE template0 ENCODING 'LATIN1' LC_CTYPE 'C' LC_COLLATE 'C'"
            << socket.arg(QStringLiteral("latin"), QStringLiteral("pizhu_admin")) << "" << 1
            << "stores text as LATIN1; a team corpus needs UTF8" << -1;
        QTest::newRow("a team corpus already") << ""
                                               << "" << socket.arg(m_corpus, QStringLiteral("pizhu_admin"))
                                               << "" << 1 << "is a Pizhu corpus already" << -1;
        QTest::newRow("a login that may not create roles")
            << "empty_one"
            << "" << socket.arg(QStringLiteral("empty_one"), QStringLiteral("bob")) << "" << 1
            << "the login bob may not create roles" << 0;
        QTest::newRow("a role left over from before")
            << "left_over"
            << "CREATE ROLE pizhu_left_over_coder"
            << socket.arg(QStringLiteral("left_over"), QStringLiteral("pizhu_admin")) << "" << 1
            << "already exists" << 0;
    }

    void refusesWhatItCannotMake()
    {
        QFETCH(QString, database);
        QFETCH(QString, setup);
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(int, tablesAfter);
        if (!database.isEmpty())
            QVERIFY(createDatabase(database));
        if (!setup.isEmpty())
            QCOMPARE(psql(m_server.admin, setup, database).exitCode, 0);
        address.replace(QLatin1String("{socket}"), m_server.socketDir)
            .replace(QLatin1String("{port}"), QString::number(m_server.port));
        if (password.isEmpty())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", password.toUtf8());
        const CommandRun run = pizhu({QStringLiteral("init-team"), QStringLiteral("--db"), address,
                                      QStringLiteral("--lead"), QStringLiteral("erin")});
        qunsetenv("PGPASSWORD");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("secret")) && !run.out.contains(QLatin1String("secret")),
                 "a password is never printed");
        // Nothing was made: no login for the lead, no group roles, no tables.
        QCOMPARE(rolesNamed(QStringLiteral("erin")), QString());
        if (!database.isEmpty())
            QCOMPARE(rolesNamed(QStringLiteral("pizhu_%1_lead").arg(database)), QString());
        if (tablesAfter >= 0)
            QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                                database),
                     QString::number(tablesAfter));
    }

    void aLeadIsRequired()
    {
        const CommandRun run = pizhu({QStringLiteral("init-team"), QStringLiteral("--db"),
                                      m_server.address(m_corpus, m_server.admin)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--lead LOGIN")), qPrintable(run.err));
    }

    void addressesKeepNoSecrets_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("shown");
        QTest::newRow("URI")
            << "postgresql://alice@db.example.org:5433/新闻?sslmode=require"
            << "新闻"
            << "user='alice' dbname='新闻' host='db.example.org' port='5433' sslmode='require'";
        QTest::newRow("key=value") << "host=/run/postgresql dbname=corpus"
                                   << "corpus"
                                   << "dbname='corpus' host='/run/postgresql'";
        QTest::newRow("service") << "service=team"
                                 << ""
                                 << "service='team'";
    }

    void addressesKeepNoSecrets()
    {
        QFETCH(QString, address);
        QFETCH(QString, database);
        QFETCH(QString, shown);
        QString error;
        const std::optional<TeamAddress> parsed = TeamAddress::parse(address, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->database(), database);
        QCOMPARE(parsed->withoutSecrets(), shown);
    }
};

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"
