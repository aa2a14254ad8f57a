// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL console reads and never writes: every kind of change is refused and the file stays as it was.
#include "store/corpusdatabase.h"
#include "store/readonlyquery.h"
#include "store/sqlquery.h"
#include "testseeds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestReadOnlyQuery)
#include "tst_readonlyquery.moc"
