// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/articlesource.h"
#include "ingest/corpusimporter.h"
#include "ingest/csvreader.h"
#include "ingest/importjob.h"
#include "ingest/samplecorpus.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

const QString zhangzhou = QStringLiteral("004_625d2aff7cf93227.txt");
const QString luquan = QStringLiteral("001_8ef87ac96af6a377.txt");

QString seedPath(const QString &name)
{
    return QStringLiteral(PIZHU_SAMPLES_DIR "/") + name;
}

QString seedText(const QString &name)
{
    return QString::fromUtf8(fileBytes(seedPath(name)));
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("test text cannot be encoded as %s", encoding);
    return bytes;
}

} // namespace

class TestCorpusImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                           QString::fromLatin1(QTest::currentDataTag()) + QLatin1Char('-') + name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ImportOutcome importOne(const QString &path)
    {
        const QList<ImportOutcome> outcomes = CorpusImporter(m_db).importFile(path);
        if (outcomes.size() != 1)
            qFatal("expected one outcome for %s", qPrintable(path));
        return outcomes.first();
    }

private Q_SLOTS:
    void init()
    {
        const QString name =
            QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(m_db.open(m_dir.filePath(name + QStringLiteral(".pizhu"))));
    }

    void cleanup() { m_db.close(); }

    void importsTheSeedFolderOnce()
    {
        CorpusImporter importer(m_db);
        const ImportSummary first = importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(first.count(ImportOutcome::Kind::Imported), 5);
        QCOMPARE(first.count(ImportOutcome::Kind::Failed), 0);

        const ImportSummary second = importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(second.count(ImportOutcome::Kind::Duplicate), 5);
        QCOMPARE(second.count(ImportOutcome::Kind::Imported), 0);
        QCOMPARE(ArticleStore(m_db).count(), 5);
        for (qsizetype i = 0; i < 5; ++i)
            QCOMPARE(second.outcomes.at(i).articleId, first.outcomes.at(i).articleId);
    }

    void storesWhatTheParserFound()
    {
        const ImportOutcome outcome = importOne(seedPath(zhangzhou));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Imported);
        const auto article = ArticleStore(m_db).article(outcome.articleId);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("漳州开发区:战疫情 党员“最”先行"));
        QCOMPARE(article->published, QStringLiteral("2022-06-17T12:14:46"));
        QCOMPARE(article->outlet, QStringLiteral("东南网"));
        QCOMPARE(article->editor, QStringLiteral("陈志远"));
        QCOMPARE(article->bylines, QList<Byline>({{QStringLiteral("许小燕"), QStringLiteral("文/图")}}));
        QCOMPARE(article->script, Script::Simplified);
        QCOMPARE(article->paragraphs.size(), 25);
        QVERIFY(std::any_of(article->asides.cbegin(), article->asides.cend(), [](const AsideLine &line) {
            return line.role == LineRole::Related && line.text == QStringLiteral("相关新闻");
        }));
    }

    void theBundledSamplesAreTheSeeds()
    {
        QCOMPARE(SampleCorpus::importInto(m_db), 5);
        CorpusImporter importer(m_db);
        // The files in resources/samples are byte for byte the bundled ones, so all are duplicates.
        QCOMPARE(
            importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)}).count(ImportOutcome::Kind::Duplicate),
            5);
    }

    void importsEveryEncoding_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<Script>("script");
        for (const char *encoding : {"GB18030", "UTF-16LE", "UTF-16BE", "UTF-8-BOM"})
            QTest::addRow("%s", encoding) << zhangzhou << QString::fromLatin1(encoding) << Script::Simplified;
        QTest::addRow("Big5") << luquan << QStringLiteral("Big5") << Script::Traditional;
    }

    void importsEveryEncoding()
    {
        QFETCH(QString, seed);
        QFETCH(QString, encoding);
        QFETCH(Script, script);
        QString text = seedText(seed);
        if (encoding == QLatin1String("Big5")) {
            // Big5 holds no simplified characters: the copy leaves out 001's simplified title lines.
            QStringList lines = text.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("打赢")); });
            text = lines.join(QLatin1Char('\n'));
        }
        QByteArray bytes;
        if (encoding == QLatin1String("UTF-16LE"))
            bytes = QByteArray("\xFF\xFE") + encoded("UTF-16LE", text);
        else if (encoding == QLatin1String("UTF-16BE"))
            bytes = QByteArray("\xFE\xFF") + encoded("UTF-16BE", text);
        else if (encoding == QLatin1String("UTF-8-BOM"))
            bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        else
            bytes = encoded(encoding.toLatin1().constData(), text);

        const ImportOutcome outcome = importOne(file(QStringLiteral("copy.txt"), bytes));
        QVERIFY2(outcome.kind == ImportOutcome::Kind::Imported, qPrintable(outcome.reason));
        const auto article = ArticleStore(m_db).article(outcome.articleId);
        QCOMPARE(article->encoding, encoding);
        QCOMPARE(article->script, script);
        QCOMPARE(article->title, ArticleStore(m_db).article(importOne(seedPath(seed)).articleId)->title);
    }

    void sameArticleInAnotherEncodingIsADuplicate()
    {
        const ImportOutcome first = importOne(seedPath(zhangzhou));
        const ImportOutcome second =
            importOne(file(QStringLiteral("gb.txt"), encoded("GB18030", seedText(zhangzhou))));
        QCOMPARE(first.kind, ImportOutcome::Kind::Imported);
        QCOMPARE(second.kind, ImportOutcome::Kind::Duplicate);
        QCOMPARE(second.articleId, first.articleId);
    }

    void importsHtml()
    {
        const QString html =
            QStringLiteral("<!DOCTYPE html><html><head><title>漳州开发区:战疫情 党员“最”先行_东南网</title>"
                           "<meta name=\"publishdate\" content=\"2022-06-17T12:14:46+08:00\">"
                           "<style>p { color: red }</style><script>var 党员 = 1;</script></head><body>"
                           "<div class=\"nav\">首页 &gt; 漳州 &gt; 正文</div>"
                           "<h1>漳州开发区:战疫情 党员“最”先行</h1>"
                           "<p>　　2022年6月5日下午,漳州开发区疫情防控工作指挥部接到消息&hellip;&hellip;</p>"
                           "<p>面对疫情防控的艰巨使命,漳州开发区党委第一时间组织全区基层党组织。</p>"
                           "<!-- 广告 --><p>版权所有 &copy; 东南网</p></body></html>");
        const ImportOutcome outcome = importOne(file(QStringLiteral("page.html"), html.toUtf8()));
        QVERIFY2(outcome.kind == ImportOutcome::Kind::Imported, qPrintable(outcome.reason));
        const auto article = ArticleStore(m_db).article(outcome.articleId);
        QCOMPARE(article->title, QStringLiteral("漳州开发区:战疫情 党员“最”先行"));
        QCOMPARE(article->published, QStringLiteral("2022-06-17T12:14:46"));
        QCOMPARE(article->paragraphs.size(), 2);
        QCOMPARE(article->paragraphs.first(),
                 QStringLiteral("2022年6月5日下午,漳州开发区疫情防控工作指挥部接到消息……"));
        QVERIFY(!article->body().contains(QLatin1String("var")));
        QVERIFY(!article->body().contains(QLatin1String("color")));
        QVERIFY(!article->body().contains(QStringLiteral("版权")));
    }

    void importsCsv()
    {
        const QString csv =
            QStringLiteral("id,title,content,date,source,author,category\r\n"
                           "1,第一篇,\"第一段,有逗号。\n第二段有\"\"引号\"\"。\",2018-11-05 "
                           "10:00,新浪体育,记者 王小明,sports\r\n"
                           "2,第二篇,只有一段。,2018年11月6日,北京日报,\"张三、李四\",tech\r\n"
                           "3,第三篇,少了字段\r\n"
                           "4,,,2018-11-07,,,\r\n");
        const QList<ImportOutcome> outcomes = CorpusImporter(m_db).importFile(
            file(QStringLiteral("articles.csv"), QByteArray("\xEF\xBB\xBF") + csv.toUtf8()));
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.at(0).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(1).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(2).kind, ImportOutcome::Kind::Failed);
        QVERIFY2(outcomes.at(2).source.endsWith(QLatin1String("articles.csv:5")),
                 qPrintable(outcomes.at(2).source));
        QVERIFY2(outcomes.at(2).reason.contains(QLatin1String("3 fields where the header has 7")),
                 qPrintable(outcomes.at(2).reason));
        QVERIFY2(outcomes.at(3).reason.contains(QLatin1String("no text")), qPrintable(outcomes.at(3).reason));

        const auto first = ArticleStore(m_db).article(outcomes.at(0).articleId);
        QCOMPARE(first->paragraphs,
                 QStringList({QStringLiteral("第一段,有逗号。"), QStringLiteral("第二段有\"引号\"。")}));
        QCOMPARE(first->published, QStringLiteral("2018-11-05T10:00"));
        QCOMPARE(first->outlet, QStringLiteral("新浪体育"));
        QCOMPARE(first->bylines, QList<Byline>({{QStringLiteral("王小明"), QStringLiteral("记者")}}));
        QCOMPARE(first->attributes.value(QStringLiteral("category")), QStringLiteral("sports"));
        QCOMPARE(first->attributes.value(QStringLiteral("id")), QStringLiteral("1"));
        QCOMPARE(first->encoding, QStringLiteral("UTF-8-BOM"));
        const auto second = ArticleStore(m_db).article(outcomes.at(1).articleId);
        QCOMPARE(second->published, QStringLiteral("2018-11-06"));
        QCOMPARE(second->bylines.size(), 2);
    }

    void refusesCsvWithoutTextColumnOrWithBrokenQuote()
    {
        const ImportOutcome noText =
            importOne(file(QStringLiteral("no-text.csv"), "title,date\nA,2018-01-01\n"));
        QVERIFY2(noText.reason.contains(QLatin1String("no text column")), qPrintable(noText.reason));
        const QList<ImportOutcome> broken = CorpusImporter(m_db).importFile(
            file(QStringLiteral("broken.csv"),
                 QStringLiteral("title,text\n好,好正文。\n坏,\"没有结束\n").toUtf8()));
        QCOMPARE(broken.size(), 2);
        QCOMPARE(broken.first().kind, ImportOutcome::Kind::Imported);
        QVERIFY2(broken.last().reason.contains(QLatin1String("never closed")),
                 qPrintable(broken.last().reason));
    }

    void importsJsonl()
    {
        const QString jsonl = QStringLiteral("{\"id\": \"sina-1\", \"title\": \"第一篇\", \"text\": "
                                             "\"　　第一段。　　第二段。\", \"category\": \"tech\"}\n"
                                             "\n"
                                             "{\"title\": \"坏的\", \"text\": \n"
                                             "[1, 2, 3]\n"
                                             "{\"title\": \"没有正文\"}\n"
                                             "{\"title\": \"第二篇\", \"content\": \"正文。\", \"authors\": "
                                             "[\"张三\", \"李四\"], \"published\": \"2018-11-05\"}\n");
        const QList<ImportOutcome> outcomes =
            CorpusImporter(m_db).importFile(file(QStringLiteral("a.jsonl"), jsonl.toUtf8()));
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.at(0).kind, ImportOutcome::Kind::Imported);
        QVERIFY2(outcomes.at(1).source.endsWith(QLatin1String("a.jsonl:3")),
                 qPrintable(outcomes.at(1).source));
        QVERIFY2(outcomes.at(1).reason.contains(QLatin1String("not valid JSON")),
                 qPrintable(outcomes.at(1).reason));
        QVERIFY2(outcomes.at(2).reason.contains(QLatin1String("not an object")),
                 qPrintable(outcomes.at(2).reason));
        QVERIFY2(outcomes.at(3).reason.contains(QLatin1String("no text")), qPrintable(outcomes.at(3).reason));
        QCOMPARE(outcomes.at(4).kind, ImportOutcome::Kind::Imported);

        const auto first = ArticleStore(m_db).article(outcomes.at(0).articleId);
        QCOMPARE(first->paragraphs, QStringList({QStringLiteral("第一段。"), QStringLiteral("第二段。")}));
        QCOMPARE(first->attributes.value(QStringLiteral("id")), QStringLiteral("sina-1"));
        const auto second = ArticleStore(m_db).article(outcomes.at(4).articleId);
        QCOMPARE(second->bylines,
                 QList<Byline>({{QStringLiteral("张三"), {}}, {QStringLiteral("李四"), {}}}));
        QCOMPARE(second->published, QStringLiteral("2018-11-05"));
        // Importing the file again stores nothing new.
        const QList<ImportOutcome> again =
            CorpusImporter(m_db).importFile(file(QStringLiteral("a.jsonl"), jsonl.toUtf8()));
        QCOMPARE(
            std::count_if(again.cbegin(), again.cend(),
                          [](const ImportOutcome &o) { return o.kind == ImportOutcome::Kind::Duplicate; }),
            2);
        QCOMPARE(ArticleStore(m_db).count(), 2);
    }

    void aOneLineBodyIsAParagraph_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("two characters")
            << QStringLiteral("{\"title\":\"x\",\"text\":\"正文\"}") << QStringList{QStringLiteral("正文")};
        QTest::newRow("a name and a verb") << QStringLiteral("{\"title\":\"y\",\"text\":\"张三说\"}")
                                           << QStringList{QStringLiteral("张三说")};
        QTest::newRow("traditional") << QStringLiteral("{\"title\":\"z\",\"body\":\"  內文  \"}")
                                     << QStringList{QStringLiteral("內文")};
    }

    void aOneLineBodyIsAParagraph()
    {
        QFETCH(QString, record);
        QFETCH(QStringList, paragraphs);
        const QList<ImportOutcome> outcomes = CorpusImporter(m_db).importFile(
            file(QStringLiteral("%1.jsonl").arg(QLatin1String(QTest::currentDataTag())), record.toUtf8()));
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().kind == ImportOutcome::Kind::Imported, qPrintable(outcomes.first().reason));
        QCOMPARE(ArticleStore(m_db).article(outcomes.first().articleId)->paragraphs, paragraphs);
        QVERIFY(ArticleStore(m_db).article(outcomes.first().articleId)->bylines.isEmpty());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("pdf") << QStringLiteral("paper.txt") << QByteArray("%PDF-1.7\n\x00\x01\x02 obj", 15)
                             << QStringLiteral("binary");
        QTest::newRow("image") << QStringLiteral("photo.html")
                               << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) << QStringLiteral("binary");
        QByteArray random;
        quint32 state = 7;
        for (int i = 0; i < 3000; ++i) {
            state = state * 1664525u + 1013904223u;
            random.append(char(0x81 + (state >> 24) % 0x7E));
        }
        QTest::newRow("random bytes")
            << QStringLiteral("random.txt") << random << QStringLiteral("do not read as Chinese");
        QByteArray truncated = QStringLiteral("标题\n正文是党员干部").toUtf8();
        truncated.chop(2);
        QTest::newRow("truncated UTF-8")
            << QStringLiteral("cut.txt") << truncated << QStringLiteral("cut off");
        QTest::newRow("title only") << QStringLiteral("title.txt") << QStringLiteral("只有标题").toUtf8()
                                    << QStringLiteral("no article text");
        QTest::newRow("UTF-16 JSONL") << QStringLiteral("wide.jsonl") << QByteArray("\xFF\xFE{\x00}\x00", 6)
                                      << QStringLiteral("UTF-16");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonPart);
        const QString path = file(name, bytes);
        const ImportOutcome outcome = importOne(path);
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Failed);
        QVERIFY2(outcome.reason.contains(reasonPart), qPrintable(outcome.reason));
        QCOMPARE(outcome.source, QDir::toNativeSeparators(path));
        QCOMPARE(ArticleStore(m_db).count(), 0);
    }

    void refusesHugeFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(ArticleSource::MaxTextSize + 1)); // sparse: no real 50 MB written
        huge.close();
        const ImportOutcome outcome = importOne(path);
        QVERIFY2(outcome.reason.contains(QLatin1String("larger than 50 MB")), qPrintable(outcome.reason));
    }

    void badFilesAreReportedAndTheBatchGoesOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(writeFile(folder + QStringLiteral("/a-empty.txt"), QByteArray()));
        QVERIFY(
            writeFile(folder + QStringLiteral("/b-binary.txt"), QByteArray("\x00\x01\x02\x03garbage", 11)));
        QVERIFY(writeFile(folder + QStringLiteral("/sub/c-good.txt"), "好标题\n好正文。\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/d-image.png"), QByteArray("\x89PNG\r\n", 6)));

        CorpusImporter importer(m_db);
        const ImportSummary summary =
            importer.importPaths({folder, m_dir.filePath(QStringLiteral("does-not-exist.txt"))});
        QCOMPARE(summary.count(ImportOutcome::Kind::Imported), 1);
        QCOMPARE(summary.count(ImportOutcome::Kind::Failed), 3); // the .png in a folder is not an input
        QStringList reasons;
        for (const ImportOutcome &outcome : summary.outcomes) {
            if (outcome.kind == ImportOutcome::Kind::Failed)
                reasons << outcome.source + QStringLiteral(": ") + outcome.reason;
        }
        const QString all = reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("does-not-exist.txt: no such file")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("a-empty.txt: the file is empty")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("b-binary.txt: the file looks binary")), qPrintable(all));
        QCOMPARE(ArticleStore(m_db).count(), 1);
    }

    void cancelStopsCleanlyAndReimportCompletes()
    {
        // A JSONL file of 1200 articles, cancelled once 700 were reported: progress is reported per
        // committed batch, so the import stops after the second batch of 500. What was reported is
        // exactly what is stored, all of it whole; the rest comes in on the next run.
        QByteArray jsonl;
        for (int i = 0; i < 1200; ++i)
            jsonl +=
                QStringLiteral("{\"title\": \"文章%1\", \"text\": \"第%1篇的正文。\"}\n").arg(i).toUtf8();
        const QString path = file(QStringLiteral("many.jsonl"), jsonl);
        std::atomic_bool cancel{false};
        int seen = 0;
        CorpusImporter importer(m_db);
        const ImportSummary summary = importer.importPaths(
            {path},
            [&](const ImportOutcome &) {
                if (++seen == 700)
                    cancel = true;
            },
            &cancel);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.count(ImportOutcome::Kind::Imported), 2 * CorpusImporter::BatchSize);
        QCOMPARE(ArticleStore(m_db).count(), 2 * CorpusImporter::BatchSize);
        SqlQuery query(m_db.sql());
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT count(*) FROM articles AS a LEFT JOIN article_texts AS t ON t.article_id = a.id"
                    " WHERE t.body IS NULL OR t.body = '' OR a.indexed = 0")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        const ImportSummary rest = importer.importPaths({path});
        QCOMPARE(rest.count(ImportOutcome::Kind::Duplicate), 2 * CorpusImporter::BatchSize);
        QCOMPARE(rest.count(ImportOutcome::Kind::Imported), 1200 - 2 * CorpusImporter::BatchSize);
        QCOMPARE(ArticleStore(m_db).count(), 1200);
    }

    void importJobReportsProgressInBytes()
    {
        // One large JSONL file and a page: the bar moves within the large file, never back, and
        // ends at the bytes of both files.
        QByteArray jsonl;
        for (int i = 0; i < 2000; ++i)
            jsonl += QStringLiteral("{\"title\": \"进度%1\", \"text\": \"第%1篇的正文，用来填满文件。\"}\n")
                         .arg(i)
                         .toUtf8();
        const QString big = file(QStringLiteral("big.jsonl"), jsonl);
        const QString page = file(QStringLiteral("page.txt"), seedText(zhangzhou).toUtf8());
        struct Recorder final : JobControl
        {
            QList<std::pair<qint64, qint64>> steps;
            QStringList statuses;
            void progress(qint64 done, qint64 total, const QString &status) override
            {
                steps.append({done, total});
                statuses.append(status);
            }
        } control;
        ImportJob job({big, page});
        QVERIFY(job.run(m_db, control));
        QCOMPARE(job.summary().count(ImportOutcome::Kind::Imported), 2001);
        const qint64 total = QFileInfo(big).size() + QFileInfo(page).size();
        qint64 previous = -1;
        int withinTheBigFile = 0;
        for (const auto &[done, stepTotal] : std::as_const(control.steps)) {
            QCOMPARE(stepTotal, total);
            QVERIFY(done >= previous);
            if (done > 0 && done < QFileInfo(big).size())
                ++withinTheBigFile;
            previous = done;
        }
        QCOMPARE(previous, total);
        QVERIFY2(withinTheBigFile >= 3, qPrintable(QString::number(withinTheBigFile)));
        QVERIFY(control.statuses.last().startsWith(QLatin1String("File 2 of 2: ")));
    }

    void refusesJsonlRecordsThatWouldBeStoredAltered()
    {
        // A NUL and a lone surrogate half are refused per record with the reason; a real pair,
        // and a backslash written before "ud800" (text, not an escape), are imported.
        const QByteArray jsonl =
            QByteArrayLiteral("{\"title\": \"好的\", \"text\": \"第一篇正文。\"}\n"
                              "{\"title\": \"空\\u0000字符\", \"text\": \"第二篇正文。\"}\n"
                              "{\"title\": \"半个\\ud800代理\", \"text\": \"第三篇正文。\"}\n"
                              "{\"title\": \"成对\\ud842\\udfb7野家\", \"text\": \"第四篇正文。\"}\n"
                              "{\"title\": \"反斜杠\\\\ud800\", \"text\": \"第五篇正文。\"}\n");
        const QString path = file(QStringLiteral("altered.jsonl"), jsonl);
        const QList<ImportOutcome> outcomes = CorpusImporter(m_db).importFile(path);
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.at(0).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(1).kind, ImportOutcome::Kind::Failed);
        QVERIFY2(outcomes.at(1).reason.contains(QStringLiteral("the field “title” holds a NUL character")),
                 qPrintable(outcomes.at(1).reason));
        QVERIFY(outcomes.at(1).source.endsWith(QLatin1String(":2")));
        QCOMPARE(outcomes.at(2).kind, ImportOutcome::Kind::Failed);
        QVERIFY2(outcomes.at(2).reason.contains(QLatin1String("\\ud800, half of a UTF-16 surrogate pair")),
                 qPrintable(outcomes.at(2).reason));
        QCOMPARE(outcomes.at(3).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(3).title, QStringLiteral("成对𠮷野家"));
        QCOMPARE(outcomes.at(4).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(4).title, QStringLiteral("反斜杠\\ud800"));
    }

    void aCsvFieldTooLongSkipsItsRowOnly()
    {
        // A limit of 100 bytes here (50 MB in use): 40 hanzi are 40 UTF-16 units but 120 bytes of
        // UTF-8, so they are too long. The row is reported, and reading goes on after it, also
        // when the long field is quoted and holds quotes, commas and line breaks.
        const QString longText = QStringLiteral("长").repeated(40);
        const QByteArray csv = QStringLiteral("title,text\n"
                                              "一,短的正文\n"
                                              "二,\"%1 \"\"引号\"\", 逗号\n换行\"\n"
                                              "三,还是短的\n"
                                              "四,%1\n"
                                              "五,最后一行\n")
                                   .arg(longText)
                                   .toUtf8();
        QBuffer buffer;
        buffer.setData(csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, "UTF-8");
        QStringList row;
        QStringList titles;
        QList<qint64> skippedLines;
        for (;;) {
            if (reader.readRow(&row, 100)) {
                titles << row.value(0);
                continue;
            }
            if (reader.error().isEmpty())
                break;
            QVERIFY2(reader.error().contains(QLatin1String("the row was skipped")),
                     qPrintable(reader.error()));
            QVERIFY(reader.canContinue());
            skippedLines << reader.rowLine();
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("title"), QStringLiteral("一"), QStringLiteral("三"),
                                      QStringLiteral("五")}));
        QCOMPARE(skippedLines, (QList<qint64>{3, 6}));
        // An unclosed quote still ends the file, as it swallows everything after it.
        QBuffer broken;
        broken.setData(QStringLiteral("title,text\n一,\"%1").arg(longText).toUtf8());
        QVERIFY(broken.open(QIODevice::ReadOnly));
        CsvReader brokenReader(&broken, "UTF-8");
        QVERIFY(brokenReader.readRow(&row, 100));
        QVERIFY(!brokenReader.readRow(&row, 100));
        QVERIFY(!brokenReader.canContinue());
    }
};

QTEST_GUILESS_MAIN(TestCorpusImporter)
#include "tst_corpusimporter.moc"
