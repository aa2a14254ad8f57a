// SPDX-License-Identifier: GPL-3.0-or-later
// The options that limit `pizhu list`, `export`, `timeline` and `cooccurrence` to some articles
// (--from, --to, --outlet, --written-in, --attribute, --status, --set), run on the real
// executable; the expected articles are read back with `pizhu list --json` and Python's csv.
#include "commandrun.h"
#include "editing/articlesets.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "store/corpusdatabase.h"
#include "testrecords.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestScopeCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_ids; ///< by title

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
    }
    /** The titles `pizhu list --json` prints with \a options, sorted, with each one's status. */
    QStringList listed(const QStringList &options)
    {
        const CommandRun run = pizhu(
            QStringList{QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
            options);
        [&] {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }();
        QStringList titles;
        for (const QString &line : run.outLines()) {
            const QJsonObject article = QJsonDocument::fromJson(line.toUtf8()).object();
            titles << article.value(QStringLiteral("title")).toString() + QLatin1Char(' ') +
                          article.value(QStringLiteral("status")).toString();
        }
        titles.sort();
        return titles;
    }

    /**
     * `pizhu export --what TABLE --set 我的样本` read back with Python's csv module: what
     * \a expression (over its rows) prints.
     */
    QString exportedSet(const QString &table, const char *expression)
    {
        const QString csv = m_dir.filePath(table + QStringLiteral(".csv"));
        const CommandRun exported =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--what"), table,
                   QStringLiteral("--set"), QStringLiteral("我的样本"), QStringLiteral("--out"), csv});
        [&] {
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }();
        const CommandRun python = runCommand(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys\n"
                            "rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                            "print(%1)")
                 .arg(QLatin1String(expression)),
             csv},
            m_dir.path());
        return python.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("scope.pizhu"));
        const QString records = writeChannelRecords(m_dir.path());
        QVERIFY(!records.isEmpty());
        const CommandRun imported = pizhu({QStringLiteral("import"), QStringLiteral("--db"), m_db, records});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // A set and a status as the window saves them, through the same session.
        CorpusDatabase db;
        QVERIFY(db.open(m_db));
        const CommandRun all = pizhu({QStringLiteral("list"), QStringLiteral("--db"), m_db});
        for (const QString &line : all.outLines())
            m_ids.insert(line.section(QLatin1Char('\t'), 3),
                         line.section(QLatin1Char('\t'), 0, 0).toLongLong());
        QCOMPARE(m_ids.size(), 4);
        CorpusSession session(db);
        session.setCoder(QStringLiteral("甲"));
        QVERIFY(
            ArticleSets(session).save(QStringLiteral("我的样本"), {m_ids.value(QStringLiteral("财经二")),
                                                                   m_ids.value(QStringLiteral("體育一"))}));
        QVERIFY(session.setCodingStatus({m_ids.value(QStringLiteral("體育一"))}, CodingStatus::Excluded));
        Memos memos(session);
        QVERIFY(memos.add(MemoTarget::Project, 0, QStringLiteral("项目备忘")));
        QVERIFY(memos.add(MemoTarget::Article, m_ids.value(QStringLiteral("财经二")),
                          QStringLiteral("在样本中")));
        QVERIFY(memos.add(MemoTarget::Article, m_ids.value(QStringLiteral("科技一")),
                          QStringLiteral("不在样本中")));
    }

    void listsWhatTheOptionsSelect_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("titles");
        const auto options = [](const char *text) {
            return QString::fromUtf8(text).split(QLatin1Char(' '));
        };
        const auto titles = [](const char *text) {
            return QString::fromUtf8(text).split(QLatin1Char(','));
        };
        QTest::newRow("everything")
            << QStringList() << titles("财经一 not-coded,财经二 not-coded,體育一 excluded,科技一 not-coded");
        QTest::newRow("outlet") << options("--outlet 新浪")
                                << titles("财经一 not-coded,體育一 excluded,科技一 not-coded");
        QTest::newRow("either outlet")
            << options("--outlet 新浪 --outlet 网易")
            << titles("财经一 not-coded,财经二 not-coded,體育一 excluded,科技一 not-coded");
        QTest::newRow("script") << options("--written-in traditional") << titles("體育一 excluded");
        QTest::newRow("attribute") << options("--attribute category=财经")
                                   << titles("财经一 not-coded,财经二 not-coded");
        QTest::newRow("attribute with any value")
            << options("--attribute editor_desk=") << titles("财经一 not-coded,财经二 not-coded");
        QTest::newRow("status") << options("--status excluded") << titles("體育一 excluded");
        QTest::newRow("status and outlet")
            << options("--status not-coded --outlet 新浪") << titles("财经一 not-coded,科技一 not-coded");
        QTest::newRow("set") << options("--set 我的样本") << titles("财经二 not-coded,體育一 excluded");
        QTest::newRow("set and script")
            << options("--set 我的样本 --written-in simplified") << titles("财经二 not-coded");
        QTest::newRow("month to year") << options("--from 2021-04 --to 2021") << titles("财经二 not-coded");
        QTest::newRow("the last day included") << options("--to 2021-03-02") << titles("财经一 not-coded");
    }

    void listsWhatTheOptionsSelect()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, titles);
        titles.sort();
        QCOMPARE(listed(options), titles);
    }

    void refusesOptionsThatSelectNothingKnown_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown set")
            << QStringLiteral("list") << QStringList{QStringLiteral("--set"), QStringLiteral("没有")}
            << QStringLiteral("pizhu list: there is no article set “没有”; the corpus has: 我的样本");
        QTest::newRow("unknown status")
            << QStringLiteral("list") << QStringList{QStringLiteral("--status"), QStringLiteral("done")}
            << QStringLiteral("--status takes coded, check, excluded or not-coded, not “done”");
        QTest::newRow("unknown script")
            << QStringLiteral("export")
            << QStringList{QStringLiteral("--written-in"), QStringLiteral("latin")}
            << QStringLiteral(
                   "pizhu export: --written-in takes simplified, traditional or mixed, not “latin”");
        QTest::newRow("attribute without a name")
            << QStringLiteral("list") << QStringList{QStringLiteral("--attribute"), QStringLiteral("=财经")}
            << QStringLiteral("--attribute takes NAME=VALUE (category=财经), not “=财经”");
        QTest::newRow("impossible month")
            << QStringLiteral("export") << QStringList{QStringLiteral("--from"), QStringLiteral("2021-13")}
            << QStringLiteral(
                   "--from takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “2021-13”");
        QTest::newRow("unknown set in a timeline")
            << QStringLiteral("timeline") << QStringList{QStringLiteral("--set"), QStringLiteral("没有")}
            << QStringLiteral("pizhu timeline: there is no article set “没有”");
        QTest::newRow("a project is whole")
            << QStringLiteral("qdpx") << QStringList{QStringLiteral("--set"), QStringLiteral("我的样本")}
            << QStringLiteral("pizhu export: --what qdpx writes the whole project");
    }

    void refusesOptionsThatSelectNothingKnown()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("refused-%1.out")
                                               .arg(QString::fromLatin1(QTest::currentDataTag())
                                                        .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QStringList arguments = {command, QStringLiteral("--db"), m_db};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--what") << QStringLiteral("articles") << QStringLiteral("--out")
                      << out;
        if (command == QLatin1String("qdpx"))
            arguments = {QStringLiteral("export"), QStringLiteral("--db"),  m_db, QStringLiteral("--what"),
                         QStringLiteral("qdpx"),   QStringLiteral("--out"), out};
        const CommandRun run = pizhu(arguments + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void exportsAndCountsOnlyTheSet()
    {
        QCOMPARE(exportedSet(QStringLiteral("articles"), "sorted(r['title']+' '+r['status'] for r in rows)"),
                 QStringLiteral("['财经二 not-coded', '體育一 excluded']"));
        QCOMPARE(
            exportedSet(QStringLiteral("memos"), "[r['about']+' '+r['title']+' '+r['text'] for r in rows]"),
            QStringLiteral("['project  项目备忘', 'article 财经二 在样本中']"));

        const CommandRun timeline =
            pizhu({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--by"),
                   QStringLiteral("outlet"), QStringLiteral("--set"), QStringLiteral("我的样本")});
        QVERIFY2(timeline.exitCode == 0, qPrintable(timeline.err));
        QStringList rows; // the outlet and its articles in all
        for (const QString &line : timeline.outLines().mid(1))
            rows << line.section(QLatin1Char('\t'), 0, 1);
        rows.sort();
        QCOMPARE(rows, (QStringList{QStringLiteral("新浪\t1"), QStringLiteral("网易\t1")}));
    }
};

QTEST_GUILESS_MAIN(TestScopeCommands)
#include "tst_scopecommands.moc"
