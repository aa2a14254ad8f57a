// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into a team corpus on a real PostgreSQL server from the command line: what the lead
// imports comes back as a corpus file's import of the same does, duplicates included; addresses
// that are no team corpus are refused with the reason, and a password in one is never echoed.
#include "testseeds.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTeamImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_file;
    const QString m_team = QStringLiteral("team_import");

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
    }
    QString asLogin(const QString &login) const { return m_server.address(m_team, login); }

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
        QVERIFY(m_server.makeSampleTeamCorpus(m_team, QStringLiteral("ti_lead"), {QStringLiteral("ti_coder")},
                                              m_dir.path()));
    }

    void importsWhatTheFileImports()
    {
        // The server stores an article in one statement: its texts, bylines, set-aside lines and
        // attributes must come back as the file's do, and a duplicate (of a record in the same
        // file, of an article stored before) is found all the same.
        const QString records = m_dir.filePath(QStringLiteral("records.jsonl"));
        QFile file(records);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject record{
            {QStringLiteral("title"), QStringLiteral("社区“网格员”的一天")},
            {QStringLiteral("date"), QStringLiteral("2022-05-01")},
            {QStringLiteral("source"), QStringLiteral("测试日报")},
            {QStringLiteral("author"), QStringLiteral("王五、赵六")},
            {QStringLiteral("text"), QStringLiteral("清晨六点，网格员王五已经在社区门口登记来访人员。\n"
                                                    "他说：“我们每天要走访一百多户居民。”")},
            {QStringLiteral("channel"), QStringLiteral("社会")},
            {QStringLiteral("desk"), QStringLiteral("本地\\新闻 \"要闻\"")},
            {QStringLiteral("备注"), QStringLiteral("第一行\n第二行 😀")},
        };
        const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        file.write(line + line);
        file.close();
        const QStringList paths = {records, seedPath(seedFileNames().constFirst())};
        const CommandRun onFile =
            pizhu(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_file} + paths);
        const CommandRun onServer = pizhu(QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                      asLogin(QStringLiteral("ti_lead"))} +
                                          paths);
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QVERIFY2(onFile.out.contains(QStringLiteral("1 imported, 2 duplicates, 0 failed")),
                 qPrintable(onFile.out));
        QCOMPARE(onServer.out, onFile.out);
        QString lastShown; // the new article's, from the server
        for (int id = 1; id <= 6; ++id) {
            const auto show = [&](const QString &corpus) {
                return pizhu({QStringLiteral("show"), QStringLiteral("--db"), corpus,
                              QStringLiteral("--json"), QString::number(id)});
            };
            const CommandRun fromFile = show(m_file);
            QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
            lastShown = show(asLogin(QStringLiteral("ti_coder"))).out;
            QCOMPARE(lastShown, fromFile.out);
        }
        const QJsonObject shown = QJsonDocument::fromJson(lastShown.toUtf8()).object();
        QCOMPARE(
            shown.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("desk")).toString(),
            QStringLiteral("本地\\新闻 \"要闻\""));
        QCOMPARE(shown.value(QStringLiteral("bylines")).toArray().size(), 2);
    }

    void refusesWhatIsNoTeamCorpus_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("an empty database") << m_server.address(QStringLiteral("postgres"), m_server.admin)
                                           << "is not a Pizhu team corpus (pizhu init-team makes one)";
        QTest::newRow("no server") << "postgresql://ti_coder@127.0.0.1:1/team_import"
                                   << "Connection refused";
        QTest::newRow("a password in the address") << "postgresql://ti_coder:secret@127.0.0.1:1/team_import"
                                                   << "holds a password";
    }

    void refusesWhatIsNoTeamCorpus()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        const CommandRun run = pizhu({QStringLiteral("list"), QStringLiteral("--db"), address});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"
