// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a team corpus on a real PostgreSQL server: the lead imports the samples,
// and list, search (one-, two-, four-character, traditional and two-term queries), concordance,
// counts over time, co-occurrence and every CSV export answer exactly as they do on a corpus file
// that imported the same, and so do the coders' agreement figures. Coders bring in passages under
// their own name; the server refuses one in another's name, a coder's import of articles, and a
// coder's merge of another coder's file, which the lead may make. (What the lead imports, and
// addresses that are no team corpus: tst_teamimport.)
#include "testseeds.h"
#include "testserver.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTeamCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_file;
    const QString m_team = QStringLiteral("team_commands");

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
    }
    QString asLogin(const QString &login) const { return m_server.address(m_team, login); }
    /** The first \a length characters of article 1's text, as `pizhu show` gives them. */
    QString firstCharacters(int length)
    {
        const CommandRun shown = pizhu({QStringLiteral("show"), QStringLiteral("--db"), m_file,
                                        QStringLiteral("--json"), QStringLiteral("1")});
        return QJsonDocument::fromJson(shown.out.toUtf8())
            .object()
            .value(QStringLiteral("text"))
            .toString()
            .left(length);
    }
    /** The passage of the first \a length characters of article 1, tagged 框架/冲突, as a CSV. */
    QString passagesFile(const QString &name, int length = 4)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("article_id,tag_path,start,end,text,note\n1,框架/冲突,0,%1,%2,团队\n")
                       .arg(length)
                       .arg(firstCharacters(length))
                       .toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        m_file = m_dir.filePath(QStringLiteral("file.pizhu"));
        QCOMPARE(pizhu(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_file} + seedPaths())
                     .exitCode,
                 0);
        QVERIFY(m_server.makeSampleTeamCorpus(m_team, QStringLiteral("tc_lead"), {QStringLiteral("tc_coder")},
                                              m_dir.path()));
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM articles"), m_dir.path()),
                 QStringLiteral("5"));
    }

    void answersAsTheFileDoes_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after --db
        QTest::newRow("list") << QStringList{};
        QTest::newRow("list --json") << QStringList{QStringLiteral("--json")};
        QTest::newRow("list, a month") << QStringList{QStringLiteral("--from"), QStringLiteral("2022-04"),
                                                      QStringLiteral("--to"), QStringLiteral("2022-04")};
        const QStringList queries = {QStringLiteral("李"), QStringLiteral("党员"), QStringLiteral("黨員"),
                                     QStringLiteral("新型冠状"), QStringLiteral("疫情 社区")};
        for (const QString &query : queries) {
            QTest::newRow(qPrintable(QStringLiteral("search ") + query)) << QStringList{query};
            QTest::newRow(qPrintable(QStringLiteral("search --json ") + query))
                << QStringList{QStringLiteral("--json"), query};
        }
        QTest::newRow("kwic") << QStringList{QStringLiteral("--width"), QStringLiteral("8"),
                                             QStringLiteral("党员")};
        QTest::newRow("timeline") << QStringList{QStringLiteral("--by"), QStringLiteral("month")};
        QTest::newRow("cooccurrence") << QStringList{QStringLiteral("--top"), QStringLiteral("6")};
        QTest::newRow("show") << QStringList{QStringLiteral("--json"), QStringLiteral("2")};
    }

    void answersAsTheFileDoes()
    {
        QFETCH(QStringList, arguments);
        const QString command = QString::fromLatin1(QTest::currentDataTag())
                                    .section(QLatin1Char(' '), 0, 0)
                                    .remove(QLatin1Char(','));
        const CommandRun onFile = pizhu(QStringList{command, QStringLiteral("--db"), m_file} + arguments);
        const CommandRun onServer = pizhu(
            QStringList{command, QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder"))} + arguments);
        QVERIFY2(onFile.exitCode == 0 && !onFile.out.isEmpty(), qPrintable(onFile.err));
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QCOMPARE(onServer.out, onFile.out);
    }

    void exportsAsTheFileDoes_data()
    {
        QTest::addColumn<QString>("what");
        for (const char *what : {"articles", "entities", "annotations", "article-tags", "matrix", "memos"})
            QTest::newRow(what) << QString::fromLatin1(what);
    }

    void exportsAsTheFileDoes()
    {
        QFETCH(QString, what);
        const QString fromFile = m_dir.filePath(what + QStringLiteral("-file.csv"));
        const QString fromServer = m_dir.filePath(what + QStringLiteral("-server.csv"));
        QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), m_file, QStringLiteral("--what"),
                        what, QStringLiteral("--out"), fromFile})
                     .exitCode,
                 0);
        const CommandRun run =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")),
                   QStringLiteral("--what"), what, QStringLiteral("--out"), fromServer});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fileBytes(fromServer), fileBytes(fromFile));
    }

    void codersBringInTheirOwnPassagesOnly()
    {
        // The lead's import makes the tags; a coder's brings passages under the coder's login.
        const QString csv = passagesFile(QStringLiteral("passages.csv"));
        const CommandRun lead = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"),
                                       asLogin(QStringLiteral("tc_lead")), QStringLiteral("--coder"),
                                       QStringLiteral("tc_lead"), csv});
        QVERIFY2(lead.exitCode == 0, qPrintable(lead.err + lead.out));
        const CommandRun coder = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"),
                                        asLogin(QStringLiteral("tc_coder")), QStringLiteral("--coder"),
                                        QStringLiteral("tc_coder"), csv});
        QVERIFY2(coder.exitCode == 0, qPrintable(coder.err + coder.out));
        // In another's name the server refuses it, and the coder cannot add articles either.
        const CommandRun forged = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"),
                                         asLogin(QStringLiteral("tc_coder")), QStringLiteral("--coder"),
                                         QStringLiteral("somebody"), csv});
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(QString(forged.err + forged.out).contains(QLatin1String("row-level security")),
                 qPrintable(forged.err + forged.out));
        const QString article = m_dir.filePath(QStringLiteral("new-article.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("编码员的新文章\n\n这是一篇编码员想加入语料库的文章，服务器不允许。\n").toUtf8());
        file.close();
        const CommandRun articles = pizhu(
            {QStringLiteral("import"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")), article});
        QCOMPARE(articles.exitCode, 1);
        QVERIFY2(QString(articles.out + articles.err).contains(QLatin1String("permission denied")),
                 qPrintable(articles.out + articles.err));
        QCOMPARE(m_server.adminValue(
                     m_team, QStringLiteral("SELECT string_agg(coder, ',' ORDER BY coder) FROM annotations"),
                     m_dir.path()),
                 QStringLiteral("tc_coder,tc_lead"));
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM articles"), m_dir.path()),
                 QStringLiteral("5"));
    }

    void aRowTheServerRefusesLeavesTheOthers()
    {
        // A coder may not add tags: the row that needs a new one is refused and named, and the rows
        // before and after it are kept (a refused statement ends a PostgreSQL transaction; each row
        // has a savepoint of its own).
        const QString text = firstCharacters(6);
        const QString csv = m_dir.filePath(QStringLiteral("mixed.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("article_id,tag_path,start,end,text\n1,框架/冲突,0,6,%1\n1,新标签,0,6,%1\n"
                                  "1,框架/冲突,,,\n")
                       .arg(text)
                       .toUtf8());
        file.close();
        const CommandRun run = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"),
                                      asLogin(QStringLiteral("tc_coder")), QStringLiteral("--coder"),
                                      QStringLiteral("tc_coder"), csv});
        const QString said = run.out + run.err;
        QVERIFY2(
            said.contains(QStringLiteral("line 3: the tag path “新标签” cannot be created (on a team "
                                         "corpus only the lead adds tags, and this import is tc_coder's)")),
            qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("line 2")) && !said.contains(QLatin1String("line 4")),
                 qPrintable(said));
        const auto stored = [this](const QString &sql) {
            return m_server.adminValue(m_team, sql, m_dir.path());
        };
        QCOMPARE(stored(QStringLiteral(
                     "SELECT count(*) FROM annotations WHERE coder = 'tc_coder' AND \"end\" = 6")),
                 QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM article_tags WHERE coder = 'tc_coder'")),
                 QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM tags WHERE name = '新标签'")),
                 QStringLiteral("0"));
        // The later tests count the coding: what this one added goes again.
        stored(QStringLiteral("DELETE FROM annotations WHERE coder = 'tc_coder' AND \"end\" = 6;"
                              " DELETE FROM article_tags WHERE coder = 'tc_coder'"));
    }

    void backsUpToACorpusFile()
    {
        // The backup of a team corpus is a corpus file that answers as the server does.
        const QString backup = m_dir.filePath(QStringLiteral("team-backup.pizhu"));
        const CommandRun run = pizhu({QStringLiteral("backup"), QStringLiteral("--db"),
                                      asLogin(QStringLiteral("tc_coder")), QStringLiteral("--out"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));
        for (const QStringList &command : {QStringList{QStringLiteral("list")},
                                           QStringList{QStringLiteral("search"), QStringLiteral("党员")}}) {
            const CommandRun onServer = pizhu(
                QStringList{command.first(), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder"))} +
                command.mid(1));
            const CommandRun onBackup =
                pizhu(QStringList{command.first(), QStringLiteral("--db"), backup} + command.mid(1));
            QCOMPARE(onBackup.exitCode, 0);
            QCOMPARE(onBackup.out, onServer.out);
        }
        // A second backup to the same place replaces the first, whole.
        QCOMPARE(pizhu({QStringLiteral("backup"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")),
                        QStringLiteral("--out"), backup})
                     .exitCode,
                 0);
        // Where nothing can be written, it says so and leaves nothing behind.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/backup.pizhu"));
        const CommandRun refused =
            pizhu({QStringLiteral("backup"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")),
                   QStringLiteral("--out"), nowhere});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("no-such-folder does not exist")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void comparesCodersAsTheFileDoes()
    {
        // The lead codes the passage longer than the coder did; both copies give the same figures.
        const CommandRun longer =
            pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"),
                   asLogin(QStringLiteral("tc_lead")), QStringLiteral("--coder"), QStringLiteral("tc_lead"),
                   passagesFile(QStringLiteral("longer.csv"), 8)});
        QVERIFY2(longer.exitCode == 0, qPrintable(longer.err + longer.out));
        const QString backup = m_dir.filePath(QStringLiteral("agreement.pizhu"));
        QCOMPARE(pizhu({QStringLiteral("backup"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")),
                        QStringLiteral("--out"), backup})
                     .exitCode,
                 0);
        for (const QStringList &options :
             {QStringList{}, QStringList{QStringLiteral("--json")},
              QStringList{QStringLiteral("--tags"), QStringLiteral("框架/冲突")}}) {
            const QStringList arguments =
                QStringList{QStringLiteral("--coders"), QStringLiteral("tc_coder,tc_lead")} + options;
            const CommandRun onServer = pizhu(QStringList{QStringLiteral("agreement"), QStringLiteral("--db"),
                                                          asLogin(QStringLiteral("tc_coder"))} +
                                              arguments);
            const CommandRun onFile =
                pizhu(QStringList{QStringLiteral("agreement"), QStringLiteral("--db"), backup} + arguments);
            QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
            QVERIFY2(onServer.out.contains(QStringLiteral("框架/冲突")), qPrintable(onServer.out));
            QCOMPARE(onServer.out, onFile.out);
        }
    }

    void mergesACodersFileAsTheLead()
    {
        // A coder who worked in a copy of the corpus as a file: the lead merges their passages in.
        const QString theirs = m_dir.filePath(QStringLiteral("carol.pizhu"));
        QCOMPARE(pizhu({QStringLiteral("backup"), QStringLiteral("--db"), asLogin(QStringLiteral("tc_coder")),
                        QStringLiteral("--out"), theirs})
                     .exitCode,
                 0);
        QCOMPARE(pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"), theirs,
                        QStringLiteral("--coder"), QStringLiteral("carol"),
                        passagesFile(QStringLiteral("carol.csv"), 6)})
                     .exitCode,
                 0);
        // A coder may not bring in another's passages: refused with the reason, and nothing is kept.
        const CommandRun byCoder = pizhu({QStringLiteral("merge-coder"), QStringLiteral("--db"),
                                          asLogin(QStringLiteral("tc_coder")), theirs});
        QCOMPARE(byCoder.exitCode, 1);
        QVERIFY2(byCoder.err.contains(QLatin1String("this is carol's coding")), qPrintable(byCoder.err));
        const QString carols = QStringLiteral("SELECT count(*) FROM annotations WHERE coder = 'carol'");
        QCOMPARE(m_server.adminValue(m_team, carols, m_dir.path()), QStringLiteral("0"));

        const CommandRun byLead = pizhu({QStringLiteral("merge-coder"), QStringLiteral("--db"),
                                         asLogin(QStringLiteral("tc_lead")), theirs});
        QVERIFY2(byLead.exitCode == 0, qPrintable(byLead.err));
        QCOMPARE(m_server.adminValue(m_team, carols, m_dir.path()), QStringLiteral("1"));
        QCOMPARE(
            m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM annotations"), m_dir.path()),
            QStringLiteral("4"));
    }

    void correctsEverywhereAndAdaptsTheModelOnTheServer()
    {
        const QString coder = asLogin(QStringLiteral("tc_coder"));
        const QString lead = asLogin(QStringLiteral("tc_lead"));
        const CommandRun none = pizhu({QStringLiteral("adapt-model"), QStringLiteral("--db"), lead});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no confirmed or added")), qPrintable(none.err));

        // A coder keeps a correction for the whole corpus; the rule is the server's.
        const CommandRun confirmed = pizhu({QStringLiteral("entity-rules"), QStringLiteral("--db"), coder,
                                            QStringLiteral("--confirm"), QStringLiteral("李公乐")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        QCOMPARE(m_server.adminValue(
                     m_team, QStringLiteral("SELECT action || ' ' || coder FROM entity_rules"), m_dir.path()),
                 QStringLiteral("confirm tc_coder"));

        // Only the lead changes the model everyone extracts with.
        const CommandRun byCoder = pizhu({QStringLiteral("adapt-model"), QStringLiteral("--db"), coder});
        QCOMPARE(byCoder.exitCode, 1);
        QVERIFY2(byCoder.err.contains(QLatin1String("permission denied")), qPrintable(byCoder.err));
        const CommandRun byLead = pizhu({QStringLiteral("adapt-model"), QStringLiteral("--db"), lead});
        QVERIFY2(byLead.exitCode == 0, qPrintable(byLead.err));
        QVERIFY2(byLead.out.startsWith(QStringLiteral("The model knows 1 name of the corpus now.")),
                 qPrintable(byLead.out));
        const CommandRun shown =
            pizhu({QStringLiteral("adapt-model"), QStringLiteral("--db"), coder, QStringLiteral("--show")});
        QVERIFY2(shown.out.startsWith(QStringLiteral("Adapted by tc_lead")),
                 qPrintable(shown.out + shown.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
