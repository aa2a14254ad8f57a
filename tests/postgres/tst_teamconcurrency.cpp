// SPDX-License-Identifier: GPL-3.0-or-later
// Three coders' processes edit one team corpus at once for a minute (teamcoder: a passage every
// few milliseconds through a CorpusSession, every fifth edit an undo): afterwards the server holds
// exactly what each reported as done, under each one's login, and each process was told of the
// others' commits while it worked and reads their passages. A coder's process killed with SIGKILL
// mid-edit loses nothing it had reported, and leaves nothing locked. Two imports storing the same
// article at once store it once: the second is told it is a duplicate, or stores it when the
// first one's transaction is rolled back.
#include "editing/corpussession.h"
#include "ingest/articlewriter.h"
#include "models/testarticles.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"
#include "store/transaction.h"
#include "testseeds.h"
#include "testserver.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <thread>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** What one coder's process reported. */
struct Report
{
    QSet<qint64> added;
    QSet<qint64> removed;
    QStringList failures;
    int noticed = -1;
    int sees = -1;
    bool done = false;

    static Report read(const QByteArray &output)
    {
        Report report;
        for (const QByteArray &line : output.split('\n')) {
            const QString text = QString::fromUtf8(line);
            const QString value = text.section(QLatin1Char(' '), 1);
            if (text.startsWith(QLatin1String("added ")))
                report.added << value.toLongLong();
            else if (text.startsWith(QLatin1String("removed ")))
                report.removed << value.toLongLong();
            else if (text.startsWith(QLatin1String("failed ")))
                report.failures << value;
            else if (text.startsWith(QLatin1String("noticed ")))
                report.noticed = value.toInt();
            else if (text.startsWith(QLatin1String("sees ")))
                report.sees = value.toInt();
            else if (text == QLatin1String("done"))
                report.done = true;
        }
        return report;
    }
    QSet<qint64> kept() const { return QSet<qint64>(added).subtract(removed); }
};

} // namespace

class TestTeamConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    const QString m_team = QStringLiteral("team_concurrency");
    qint64 m_tag = 0;

    std::unique_ptr<QProcess> startCoder(const QString &login, int seconds)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(TEAMCODER_EXECUTABLE),
                       {m_server.address(m_team, login), QString::number(seconds), QString::number(m_tag)});
        return process;
    }
    /** The ids of \a login's passages on the server. */
    QSet<qint64> passagesOf(const QString &login) const
    {
        QSet<qint64> ids;
        const QString list = m_server.adminValue(
            m_team,
            QStringLiteral("SELECT string_agg(id::text, ' ') FROM annotations WHERE coder = '%1'").arg(login),
            m_dir.path());
        for (const QString &id : list.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            ids << id.toLongLong();
        return ids;
    }
    /** Whether one of the server's connections to the corpus waits for another's lock. */
    bool oneWaitsForALock() const
    {
        return m_server.adminValue(
                   m_team,
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                  " WHERE datname = current_database() AND wait_event_type = 'Lock'"),
                   m_dir.path()) == QLatin1String("1");
    }
    bool openAsLead(CorpusDatabase &db) const
    {
        QString error;
        const std::optional<TeamAddress> address =
            TeamAddress::parse(m_server.address(m_team, QStringLiteral("tk_lead")), &error);
        return address && db.openTeam(*address);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(m_server.makeSampleTeamCorpus(
            m_team, QStringLiteral("tk_lead"),
            {QStringLiteral("tk_a"), QStringLiteral("tk_b"), QStringLiteral("tk_c"), QStringLiteral("tk_d")},
            m_dir.path()));
        CorpusDatabase lead;
        QVERIFY(openAsLead(lead));
        CorpusSession session(lead);
        m_tag = session.addTag(QStringLiteral("并发"));
        QVERIFY(m_tag > 0);
    }

    void threeCodersForAMinute()
    {
        const QStringList logins = {QStringLiteral("tk_a"), QStringLiteral("tk_b"), QStringLiteral("tk_c")};
        std::vector<std::unique_ptr<QProcess>> coders;
        for (const QString &login : logins)
            coders.push_back(startCoder(login, 60));
        QHash<QString, Report> reports;
        for (std::size_t i = 0; i < coders.size(); ++i) {
            QVERIFY(coders[i]->waitForFinished(180 * 1000));
            QVERIFY2(coders[i]->exitCode() == 0, coders[i]->readAllStandardError().constData());
            reports.insert(logins.at(int(i)), Report::read(coders[i]->readAllStandardOutput()));
        }
        qint64 total = 0;
        for (const QString &login : logins) {
            const Report &report = reports[login];
            QVERIFY2(report.done, qPrintable(login));
            QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(QLatin1Char('\n'))));
            QVERIFY2(report.added.size() > 100, qPrintable(login)); // a minute of real work
            QVERIFY(!report.removed.isEmpty());
            // Nothing lost, nothing extra, nobody else's: the server holds what the coder did.
            QCOMPARE(passagesOf(login), report.kept());
            total += report.kept().size();
        }
        for (const QString &login : logins) {
            const Report &report = reports[login];
            qint64 others = total - report.kept().size();
            QVERIFY2(report.noticed > 0, qPrintable(login));
            QVERIFY2(report.sees > 0 && report.sees <= others,
                     qPrintable(QStringLiteral("%1 sees %2 of %3").arg(login).arg(report.sees).arg(others)));
        }
        qInfo("three coders for a minute: %lld passages kept, %d+%d+%d notices", total,
              reports[logins[0]].noticed, reports[logins[1]].noticed, reports[logins[2]].noticed);
    }

    void aKilledCoderLosesNothingThatReturned()
    {
        const std::unique_ptr<QProcess> coder = startCoder(QStringLiteral("tk_d"), 60);
        QByteArray output;
        while (output.count("added ") < 30) {
            QVERIFY2(coder->waitForReadyRead(10 * 1000), coder->readAllStandardError().constData());
            output += coder->readAllStandardOutput();
        }
        coder->kill(); // SIGKILL, in the middle of its next edit or between two
        QVERIFY(coder->waitForFinished(10 * 1000));
        output += coder->readAllStandardOutput();
        const Report report = Report::read(output);
        QVERIFY(!report.done);
        const QSet<qint64> stored = passagesOf(QStringLiteral("tk_d"));
        QVERIFY(stored.contains(report.kept()));
        // At most the one edit that was committed when the kill came, not yet reported.
        QVERIFY2(stored.size() - report.kept().size() <= 1,
                 qPrintable(
                     QStringLiteral("%1 stored, %2 reported").arg(stored.size()).arg(report.kept().size())));
        // The server let go of the killed connection: the same article can be coded at once.
        CorpusDatabase lead;
        QVERIFY(openAsLead(lead));
        CorpusSession session(lead);
        QVERIFY2(session.addAnnotation(1, m_tag, {0, 3}) > 0, qPrintable(session.errorString()));
    }

    void anArticleStoredMeanwhileIsStoredOnce_data()
    {
        QTest::addColumn<bool>("firstCommits");
        QTest::newRow("the first import commits") << true;
        QTest::newRow("the first import is rolled back") << false;
    }
    void anArticleStoredMeanwhileIsStoredOnce()
    {
        QFETCH(bool, firstCommits);
        const QString title = QStringLiteral("同时导入的文章 %1").arg(firstCommits);
        const Article article = makeArticle(title, {QStringLiteral("两个导入同时读到了这篇文章。")});
        CorpusDatabase firstDb;
        QVERIFY(openAsLead(firstDb));
        ArticleWriter first(firstDb);
        auto transaction = std::make_unique<Transaction>(firstDb.sql());
        Article firstCopy = article;
        QCOMPARE(first.write(firstCopy), ArticleStore::InsertResult::Inserted);

        // The second import's write waits on the server for the first one's transaction to end.
        ArticleStore::InsertResult secondResult = ArticleStore::InsertResult::Failed;
        Article secondCopy = article;
        QString secondError;
        std::thread second([&] {
            CorpusDatabase db;
            if (!openAsLead(db)) {
                secondError = db.errorString();
                return;
            }
            ArticleWriter writer(db);
            secondResult = writer.write(secondCopy);
            secondError = writer.errorString();
        });
        bool waited = false;
        for (int i = 0; i < 200 && !waited; ++i) {
            waited = oneWaitsForALock();
            if (!waited)
                QThread::msleep(50);
        }
        const bool ended = firstCommits ? transaction->commit() : (transaction.reset(), true);
        second.join();
        QVERIFY(ended);
        QVERIFY2(waited, "the second import never waited for the first");
        QVERIFY2(secondResult != ArticleStore::InsertResult::Failed, qPrintable(secondError));
        if (firstCommits) {
            QCOMPARE(secondResult, ArticleStore::InsertResult::Duplicate);
            QCOMPARE(secondCopy.id, firstCopy.id);
        } else {
            QCOMPARE(secondResult, ArticleStore::InsertResult::Inserted);
            QVERIFY(secondCopy.id != firstCopy.id);
        }
        QCOMPARE(m_server.adminValue(m_team,
                                     QStringLiteral("SELECT string_agg(id::text, ' ') FROM articles"
                                                    " WHERE title = '%1'")
                                         .arg(title),
                                     m_dir.path()),
                 QString::number(secondCopy.id));
    }
};

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
