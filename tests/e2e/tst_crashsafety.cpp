// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu import` killed with SIGKILL at random moments, several times: each time the corpus must be
// intact, hold only complete articles, and the same import run again must complete the rest.
#include "search/corpussearch.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static constexpr int Articles = 20000;
    QTemporaryDir m_dir;

    static qint64 scalar(CorpusDatabase &db, const QString &sql)
    {
        SqlQuery query(db.sql());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    void checkConsistent(const QString &path, int *articles)
    {
        CorpusDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        SqlQuery integrity(db.sql());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        *articles = int(ArticleStore(db).count());
        // Every article is whole: text, search index entry, and nothing without its article.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM articles AS a LEFT JOIN article_texts AS t"
                                      " ON t.article_id = a.id WHERE t.article_id IS NULL OR a.indexed = 0")),
            0);
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT count(*) FROM article_texts WHERE article_id NOT IN (SELECT id FROM articles)")),
            0);
        QCOMPARE(CorpusSearch(db).count(SearchQuery::parse(QStringLiteral("崩溃测试"))), *articles);
    }

private Q_SLOTS:
    void survivesKillsDuringImport()
    {
        QByteArray jsonl;
        for (int i = 0; i < Articles; ++i)
            jsonl += QStringLiteral(
                         "{\"title\": \"崩溃测试%1\", \"text\": \"崩溃测试的正文第%1篇。\\n党员干部%2。\"}\n")
                         .arg(i)
                         .arg(QString(300, QChar(0x4E00 + i % 500)))
                         .toUtf8();
        const QString input = m_dir.filePath(QStringLiteral("articles.jsonl"));
        QVERIFY(writeFile(input, jsonl));
        const QString corpus = m_dir.filePath(QStringLiteral("crash.pizhu"));

        QRandomGenerator random(4242);
        int previous = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess import;
            import.start(QStringLiteral(PIZHU_EXECUTABLE),
                         {QStringLiteral("import"), QStringLiteral("--db"), corpus, input});
            QVERIFY(import.waitForStarted());
            QTest::qWait(100 + int(random.bounded(700)));
            // A round in which the import finished first would test nothing.
            QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
            import.kill(); // SIGKILL: no clean-up runs
            QVERIFY(import.waitForFinished(30000));
            QCOMPARE(import.exitStatus(), QProcess::CrashExit);
            int articles = 0;
            checkConsistent(corpus, &articles);
            QVERIFY2(articles >= previous, "articles that were committed disappeared");
            previous = articles;
            qInfo("after kill %d: %d articles, all whole", round + 1, articles);
        }
        QProcess rest;
        rest.start(QStringLiteral(PIZHU_EXECUTABLE),
                   {QStringLiteral("import"), QStringLiteral("--db"), corpus, input});
        QVERIFY(rest.waitForFinished(1500000)); // minutes under sanitizers; seconds otherwise
        QVERIFY2(rest.exitCode() == 0, rest.readAllStandardError().right(2000).constData());
        int articles = 0;
        checkConsistent(corpus, &articles);
        QCOMPARE(articles, Articles);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
