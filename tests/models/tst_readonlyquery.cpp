// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL console reads and never writes: every kind of change is refused and the file stays as it was.
#include "store/consolequeryjob.h"
#include "store/corpusdatabase.h"
#include "store/readonlyquery.h"
#include "store/sqlquery.h"
#include "testseeds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestReadOnlyQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QByteArray fingerprint() const
    {
        QByteArray all = fileBytes(m_path) + fileBytes(m_path + QStringLiteral("-wal"));
        return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("console.pizhu"));
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        QCOMPARE(importSeeds(db).size(), 5);
        SqlQuery checkpoint(db.sql());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void reads()
    {
        ReadOnlyQuery console;
        QVERIFY2(console.open(m_path), qPrintable(console.errorString()));
        const QueryResult result = console.run(QStringLiteral("SELECT id, title FROM articles ORDER BY id"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.columns, QStringList({QStringLiteral("id"), QStringLiteral("title")}));
        QCOMPARE(result.rows.size(), 5);
        const QueryResult pragma = console.run(QStringLiteral("PRAGMA table_info(articles)"));
        QVERIFY2(pragma.error.isEmpty(), qPrintable(pragma.error));
        QVERIFY(!pragma.rows.isEmpty());
        const QueryResult limited = console.run(
            QStringLiteral(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 50) SELECT x FROM n"),
            10);
        QCOMPARE(limited.rows.size(), 10);
        QVERIFY(limited.truncated);
    }

    void refusesEveryChange_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("INSERT") << QStringLiteral("INSERT INTO tags (name, color) VALUES ('x', '#000000')");
        QTest::newRow("UPDATE") << QStringLiteral("UPDATE articles SET title = 'changed'");
        QTest::newRow("DELETE") << QStringLiteral("DELETE FROM articles");
        QTest::newRow("DROP") << QStringLiteral("DROP TABLE annotations");
        QTest::newRow("CREATE") << QStringLiteral("CREATE TABLE mine (x)");
        QTest::newRow("ALTER") << QStringLiteral("ALTER TABLE articles ADD COLUMN x");
        QTest::newRow("ATTACH") << QStringLiteral("ATTACH '%1' AS other")
                                       .arg(QDir::temp().filePath(QStringLiteral("pizhu-attached.db")));
        QTest::newRow("PRAGMA writes") << QStringLiteral("PRAGMA query_only = OFF");
        QTest::newRow("VACUUM") << QStringLiteral("VACUUM");
    }

    void refusesEveryChange()
    {
        QFETCH(QString, sql);
        const QByteArray before = fingerprint();
        ReadOnlyQuery console;
        QVERIFY(console.open(m_path));
        const QueryResult result = console.run(sql);
        QVERIFY2(!result.error.isEmpty(), qPrintable(sql));
        QVERIFY2(result.error.contains(QLatin1String("Only reading is allowed")), qPrintable(result.error));
        QCOMPARE(console.run(QStringLiteral("SELECT count(*) FROM articles")).rows.first().first().toInt(),
                 5);
        QCOMPARE(fingerprint(), before);
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("pizhu-attached.db"))));
    }

    void reportsSyntaxErrors()
    {
        ReadOnlyQuery console;
        QVERIFY(console.open(m_path));
        const QueryResult result = console.run(QStringLiteral("SELEC nonsense"));
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.error.contains(QLatin1String("Only reading")));
    }

    void stopsWhenCancelledFromAnotherThread()
    {
        ReadOnlyQuery console;
        QVERIFY(console.open(m_path));
        std::atomic_bool cancelled{false};
        QueryResult result;
        std::thread worker([&] {
            // Counting to infinity: only the cancel ends it.
            result =
                console.run(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                                           " SELECT count(*) FROM n"),
                            10, &cancelled);
        });
        QTest::qWait(200);
        cancelled = true;
        worker.join();
        QCOMPARE(result.error, QStringLiteral("The query was stopped."));
        QVERIFY(result.rows.isEmpty());
        // The connection is usable afterwards, and without a flag nothing is stopped.
        const QueryResult after = console.run(QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.rows.value(0).value(0).toInt(), 5);
    }

    void failingPartWayIsAnErrorNotAShortAnswer()
    {
        ReadOnlyQuery console;
        QVERIFY(console.open(m_path));
        // Rows 1 to 3 come, then abs() of the smallest integer overflows while stepping.
        const QueryResult result = console.run(
            QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 6)"
                           " SELECT CASE WHEN x > 3 THEN abs(-9223372036854775807 - 1) ELSE x END FROM n"));
        QVERIFY2(result.error.startsWith(QLatin1String("The query failed after 3 row")),
                 qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("overflow")));
        QVERIFY(result.rows.isEmpty());
    }

    void consoleJobReportsItsResult()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        JobControl control;
        ConsoleQueryJob good(QStringLiteral("SELECT title FROM articles ORDER BY id"), 3);
        QVERIFY2(good.run(db, control), qPrintable(good.errorString()));
        QCOMPARE(good.result().rows.size(), 3);
        QVERIFY(good.result().truncated);
        ConsoleQueryJob bad(QStringLiteral("SELECT title FROM nowhere"), 3);
        QVERIFY(!bad.run(db, control));
        QVERIFY2(bad.errorString().contains(QLatin1String("nowhere")), qPrintable(bad.errorString()));
        QCOMPARE(bad.result().error, bad.errorString());
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyQuery)
#include "tst_readonlyquery.moc"
