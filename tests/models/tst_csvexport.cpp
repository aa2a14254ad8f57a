// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrows.h"
#include "editing/articlesets.h"
#include "editing/codebookcsv.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "export/annotationimport.h"
#include "export/csvexport.h"
#include "export/csvwriter.h"
#include "ingest/csvreader.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "testseeds.h"
#include "text/codepoints.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/**
 * Python's csv module as pandas users meet the file: \a expression is printed as JSON, with
 * `rows` the file's rows as dictionaries. Empty when python3 fails.
 */
QString readWithPython(const QString &path, const char *expression)
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import csv,sys,json\n"
                        "rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                        "print(json.dumps(%1,ensure_ascii=False))")
             .arg(QLatin1String(expression)),
         path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

QString slice(const QString &text, int start, int end)
{
    const qsizetype from = CodePoints::toUtf16(text, start);
    return text.mid(from, CodePoints::toUtf16(text, end) - from);
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;
    const QStringList m_notes = {QStringLiteral("逗号, 和 \"引号\"\n还有换行"),
                                 QStringLiteral("=HYPERLINK(\"http://x\")"),
                                 QStringLiteral("+1 看法"),
                                 QStringLiteral("-负面"),
                                 QStringLiteral("@某人"),
                                 QStringLiteral("\t制表符"),
                                 QString()};

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(path("source.pizhu")));
        m_articles = importSeeds(m_db);
        QCOMPARE(m_articles.size(), 5);
        m_session = std::make_unique<CorpusSession>(m_db);
        m_session->setCoder(QStringLiteral("甲"));
        const qint64 frames = m_session->addTag(QStringLiteral("Frames"));
        const qint64 conflict = m_session->addTag(QStringLiteral("Conflict"), frames);
        const qint64 actors = m_session->addTag(QStringLiteral("Actors, officials"));
        for (int i = 0; i < m_notes.size(); ++i)
            QVERIFY(m_session->addAnnotation(m_articles.at(i % 5), i % 2 ? conflict : actors,
                                             {10 + i, 20 + 2 * i}, m_notes.at(i)));
        QVERIFY(m_session->setArticleTag(m_articles.at(1), frames, true));
    }

    void writesRfc4180WithBomAndCrlf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow(
            {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), 42, -7, 1.5});
        writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("-x"), QStringLiteral("plain")});
        QVERIFY(writer.flush());
        QCOMPARE(buffer.data(),
                 QByteArray("\xEF\xBB\xBF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",42,-7,1.5\r\n"
                            "'=1+1,'-x,plain\r\n"));
    }

    void neutralisingIsUndoneExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"=SUM(A1)", "'=literal", "''=x", "'plain", "+86 10", "-5", "@home",
                                 "\tindent", "'", "''", "normal", ""})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void neutralisingIsUndoneExactly()
    {
        QFETCH(QString, text);
        const QString cell = CsvWriter::textCell(text);
        QVERIFY(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+')) &&
                !cell.startsWith(QLatin1Char('-')) && !cell.startsWith(QLatin1Char('@')));
        QCOMPARE(CsvWriter::plainText(cell), text);
    }

    void exportsAnnotationsThatReadBack()
    {
        QString error;
        QVERIFY2(CsvExport::write(m_db, path("annotations.csv"), {}, &error), qPrintable(error));
        const QByteArray bytes = fileBytes(path("annotations.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = readCsv(path("annotations.csv"));
        QCOMPARE(rows.size(), m_notes.size() + 1);
        QCOMPARE(rows.first(),
                 QStringList({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("outlet"),
                              QStringLiteral("date"), QStringLiteral("tag"), QStringLiteral("tag_path"),
                              QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"),
                              QStringLiteral("note"), QStringLiteral("coder"), QStringLiteral("created"),
                              QStringLiteral("modified")}));
        ArticleStore store(m_db);
        QStringList notes;
        for (const QStringList &row : rows.mid(1)) {
            const auto article = store.article(row.at(0).toLongLong());
            QVERIFY(article);
            QCOMPARE(row.at(1), article->title);
            QCOMPARE(slice(article->body(), row.at(6).toInt(), row.at(7).toInt()), row.at(8));
            QCOMPARE(row.at(10), QStringLiteral("甲"));
            QVERIFY(row.at(5) == QStringLiteral("Frames/Conflict") ||
                    row.at(5) == QStringLiteral("Actors, officials"));
            notes << row.at(9);
        }
        // Formulas arrive neutralised; everything else verbatim.
        QVERIFY(notes.contains(m_notes.at(0)));
        QVERIFY(notes.contains(QStringLiteral("'=HYPERLINK(\"http://x\")")));
        QVERIFY(notes.contains(QStringLiteral("'+1 看法")));
        QVERIFY(notes.contains(QStringLiteral("'-负面")));
        QVERIFY(notes.contains(QStringLiteral("'@某人")));
        QVERIFY(notes.contains(QStringLiteral("'\t制表符")));
    }

    void pythonsCsvModuleReadsItToo()
    {
        // An independent reader: Python's csv module, as pandas users would meet the file.
        QString error;
        QVERIFY(CsvExport::write(m_db, path("for-python.csv"), {}, &error));
        const QString out = readWithPython(
            path("for-python.csv"), "[len(rows), sorted(r['note'] for r in rows)[0], rows[0]['tag_path']]");
        QVERIFY2(out.startsWith(QStringLiteral("[%1, ").arg(m_notes.size())), qPrintable(out));
    }

    void quotesInTheChosenScript()
    {
        QString error;
        QVERIFY(CsvExport::write(m_db, path("traditional.csv"),
                                 {CsvExport::Table::Annotations, ScriptMode::Traditional, false}, &error));
        QVERIFY(!fileBytes(path("traditional.csv")).startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(path("traditional.csv"));
        const auto article = ArticleStore(m_db).article(rows.at(1).at(0).toLongLong());
        const QString original = slice(article->body(), rows.at(1).at(6).toInt(), rows.at(1).at(7).toInt());
        QCOMPARE(rows.at(1).at(8), ScriptConverter::forMode(ScriptMode::Traditional).convertText(original));
        QCOMPARE(rows.at(1).at(1),
                 ScriptConverter::forMode(ScriptMode::Traditional).convertText(article->title));
    }

    void exportsTheOtherTables()
    {
        QString error;
        QVERIFY(CsvExport::write(m_db, path("articles.csv"), {CsvExport::Table::Articles}, &error));
        const QList<QStringList> articles = readCsv(path("articles.csv"));
        QCOMPARE(articles.size(), 6);
        QVERIFY(articles.at(1).contains(QStringLiteral("东南网")));
        QVERIFY(CsvExport::write(m_db, path("entities.csv"), {CsvExport::Table::Entities}, &error));
        const QList<QStringList> entities = readCsv(path("entities.csv"));
        QCOMPARE(entities.first().mid(0, 9),
                 (QStringList{QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("type"),
                              QStringLiteral("text"), QStringLiteral("value"), QStringLiteral("unit"),
                              QStringLiteral("role"), QStringLiteral("mentions"), QStringLiteral("status")}));
        QVERIFY(entities.size() > 100);
        // A figure with its value and unit, a person with role and mentions, all rows as wide as the header.
        const auto row = [&](const QString &text) {
            const auto it = std::find_if(entities.cbegin(), entities.cend(),
                                         [&](const QStringList &r) { return r.value(3) == text; });
            return it == entities.cend() ? QStringList() : *it;
        };
        QCOMPARE(row(QStringLiteral("近1900万元")).mid(2, 4),
                 (QStringList{QStringLiteral("FIG"), QStringLiteral("近1900万元"), QStringLiteral("19000000"),
                              QStringLiteral("元")}));
        QCOMPARE(row(QStringLiteral("近1900万元")).at(9), QStringLiteral("nearly"));
        const QStringList li = row(QStringLiteral("李公乐"));
        QCOMPARE(li.at(2), QStringLiteral("PER"));
        QVERIFY(li.at(7).toInt() >= 3);
        QCOMPARE(li.at(8), QStringLiteral("auto"));
        for (const QStringList &r : entities)
            QCOMPARE(r.size(), entities.first().size());
        QVERIFY(CsvExport::write(m_db, path("matrix.csv"), {CsvExport::Table::Matrix}, &error));
        const QList<QStringList> matrix = readCsv(path("matrix.csv"));
        QCOMPARE(matrix.size(), 6);
        QCOMPARE(matrix.first(),
                 QStringList({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("status"),
                              QStringLiteral("Frames"), QStringLiteral("Frames/Conflict"),
                              QStringLiteral("Actors, officials"), QStringLiteral("article:Frames"),
                              QStringLiteral("article:Frames/Conflict"),
                              QStringLiteral("article:Actors, officials")}));
        int passages = 0;
        QStringList wholeArticle;
        for (const QStringList &row : matrix.mid(1)) {
            QCOMPARE(row.at(2), QStringLiteral("not-coded"));
            for (int column = 3; column < 6; ++column)
                passages += row.at(column).toInt();
            for (int column = 6; column < 9; ++column) {
                if (row.at(column) != QLatin1String("0"))
                    wholeArticle << row.at(0) + QLatin1Char(':') + matrix.first().at(column) +
                                        QLatin1Char('=') + row.at(column);
            }
        }
        QCOMPARE(passages, m_notes.size());
        // The one tag checked for a whole article is in the matrix, as its own column.
        QCOMPARE(wholeArticle, QStringList{QStringLiteral("%1:article:Frames=1").arg(m_articles.at(1))});
    }

    void articleTagsAreExportedAndReadBack()
    {
        QString error;
        QVERIFY(CsvExport::write(m_db, path("article-tags.csv"), {CsvExport::Table::ArticleTags}, &error));
        QCOMPARE(readWithPython(path("article-tags.csv"),
                                "[[r['article_id'],r['tag'],r['tag_path'],r['coder'],bool(r['created'])] "
                                "for r in rows]"),
                 QStringLiteral("[[\"%1\", \"Frames\", \"Frames\", \"甲\", true]]").arg(m_articles.at(1)));

        // Into another corpus with import-annotations, and a second time as duplicates.
        CorpusDatabase second;
        QVERIFY(second.open(path("article-tags-target.pizhu")));
        const QList<qint64> secondArticles = importSeeds(second);
        const AnnotationImportResult result =
            AnnotationImport::read(second, path("article-tags.csv"), QStringLiteral("乙"));
        QVERIFY2(result.error.isEmpty() && result.skipped.isEmpty(),
                 qPrintable(result.error + result.skipped.join(QLatin1Char('\n'))));
        QCOMPARE(result.articleTagsAdded, 1);
        QCOMPARE(result.added, 0);
        const QList<ArticleTag> stored = AnnotationStore(second).articleTags(secondArticles.at(1));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(TagStore(second).path(stored.first().tagId), QStringLiteral("Frames"));
        QCOMPARE(stored.first().coder, QStringLiteral("甲"));
        QCOMPARE(stored.first().created, AnnotationStore(m_db).articleTags(m_articles.at(1)).first().created);
        const AnnotationImportResult again =
            AnnotationImport::read(second, path("article-tags.csv"), QStringLiteral("乙"));
        QCOMPARE(again.articleTagsAdded, 0);
        QCOMPARE(again.duplicates, 1);
    }

    void theMatrixByCoderHasARowPerCoder()
    {
        CorpusDatabase db;
        QVERIFY(db.open(path("coders.pizhu")));
        const QList<qint64> articles = importSeeds(db);
        CorpusSession session(db);
        const qint64 frame = session.addTag(QStringLiteral("框架"));
        session.setCoder(QStringLiteral("甲"));
        QVERIFY(session.addAnnotation(articles.at(0), frame, {0, 4}, {}));
        session.setCoder(QStringLiteral("乙"));
        QVERIFY(session.addAnnotation(articles.at(0), frame, {0, 4}, {}));
        QVERIFY(session.addAnnotation(articles.at(0), frame, {10, 14}, {}));
        QVERIFY(session.setArticleTag(articles.at(2), frame, true));
        QString error;
        CsvExport::Options options{CsvExport::Table::Matrix};
        options.byCoder = true;
        QVERIFY(CsvExport::write(db, path("by-coder.csv"), options, &error));
        const QList<QStringList> rows = readCsv(path("by-coder.csv"));
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("article_id"), QStringLiteral("title"),
                                            QStringLiteral("status"), QStringLiteral("coder"),
                                            QStringLiteral("框架"), QStringLiteral("article:框架")}));
        QStringList coded;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 6);
            if (!row.at(3).isEmpty())
                coded << QStringList{row.at(0), row.at(3), row.at(4), row.at(5)}.join(QLatin1Char(' '));
        }
        coded.sort();
        QStringList expected = {QStringLiteral("%1 甲 1 0").arg(articles.at(0)),
                                QStringLiteral("%1 乙 2 0").arg(articles.at(0)),
                                QStringLiteral("%1 乙 0 1").arg(articles.at(2))};
        expected.sort();
        QCOMPARE(coded, expected);
        // Articles nobody coded are still there, once each, with no coder.
        QCOMPARE(rows.size() - 1, 3 + 3);
        // Without byCoder the two coders' passages add up in one row per article.
        QVERIFY(CsvExport::write(db, path("all-coders.csv"), {CsvExport::Table::Matrix}, &error));
        const QList<QStringList> all = readCsv(path("all-coders.csv"));
        QCOMPARE(all.size() - 1, 5);
        const auto first = std::find_if(all.cbegin(), all.cend(), [&](const QStringList &row) {
            return row.at(0) == QString::number(articles.at(0));
        });
        QCOMPARE(first->mid(3), (QStringList{QStringLiteral("3"), QStringLiteral("0")}));
    }

    void exportsOnlyTheArticlesInScopeWithTheirStatus_data()
    {
        QTest::addColumn<int>("table");
        QTest::newRow("articles") << int(CsvExport::Table::Articles);
        QTest::newRow("matrix") << int(CsvExport::Table::Matrix);
        QTest::newRow("annotations") << int(CsvExport::Table::Annotations);
        QTest::newRow("article tags") << int(CsvExport::Table::ArticleTags);
        QTest::newRow("entities") << int(CsvExport::Table::Entities);
    }

    void exportsOnlyTheArticlesInScopeWithTheirStatus()
    {
        // A saved set of two articles, one of them coded: every table holds only their rows, and
        // the articles and matrix say how far each one's coding stands.
        QFETCH(int, table);
        CorpusDatabase db;
        QVERIFY(db.open(path(QTest::currentDataTag()) + QStringLiteral(".pizhu")));
        const QList<qint64> articles = importSeeds(db);
        CorpusSession session(db);
        session.setCoder(QStringLiteral("甲"));
        const qint64 frame = session.addTag(QStringLiteral("框架"));
        for (const qint64 id : articles) {
            QVERIFY(session.addAnnotation(id, frame, {0, 4}, {}));
            QVERIFY(session.setArticleTag(id, frame, true));
        }
        QVERIFY(session.setCodingStatus({articles.at(1)}, CodingStatus::Coded));
        const qint64 set =
            ArticleSets(session).save(QStringLiteral("样本"), {articles.at(3), articles.at(1)});
        QVERIFY(set);
        CsvExport::Options options{CsvExport::Table(table)};
        options.scope.articleSetId = set;
        QString error;
        const QString file = path(QTest::currentDataTag()) + QStringLiteral(".csv");
        QVERIFY2(CsvExport::write(db, file, options, &error), qPrintable(error));
        const qint64 low = std::min(articles.at(1), articles.at(3));
        const qint64 high = std::max(articles.at(1), articles.at(3));
        QCOMPARE(readWithPython(file, "sorted(set(int(r['article_id']) for r in rows))"),
                 QStringLiteral("[%1, %2]").arg(low).arg(high));
        if (table == int(CsvExport::Table::Articles) || table == int(CsvExport::Table::Matrix)) {
            const auto status = [&](qint64 id) {
                return id == articles.at(1) ? QStringLiteral("coded") : QStringLiteral("not-coded");
            };
            QCOMPARE(readWithPython(file, "sorted([int(r['article_id']), r['status']] for r in rows)"),
                     QStringLiteral("[[%1, \"%2\"], [%3, \"%4\"]]")
                         .arg(low)
                         .arg(status(low))
                         .arg(high)
                         .arg(status(high)));
        }
    }

    void exportsMemos()
    {
        // One memo of each kind, the article's in the scope or out of it; read back with Python.
        CorpusDatabase db;
        QVERIFY(db.open(path("memos.pizhu")));
        const QList<qint64> articles = importSeeds(db);
        CorpusSession session(db);
        session.setCoder(QStringLiteral("乙"));
        const qint64 tag = session.addTag(QStringLiteral("框架"));
        const qint64 child = session.addTag(QStringLiteral("冲突"), tag);
        Memos memos(session);
        QVERIFY(memos.add(MemoTarget::Project, 0, QStringLiteral("抽样说明, \"引号\"\n第二行")));
        QVERIFY(memos.add(MemoTarget::Tag, child, QStringLiteral("=易混")));
        QVERIFY(memos.add(MemoTarget::Article, articles.at(2), QStringLiteral("复核")));
        QString error;
        QVERIFY(CsvExport::write(db, path("memos.csv"), {CsvExport::Table::Memos}, &error));
        QCOMPARE(
            readWithPython(path("memos.csv"), "[[r['about'],r['article_id'] != '',r['tag_path'],r['coder'],"
                                              "r['text'],r['created'] == r['modified']] for r in rows]"),
            QStringLiteral("[[\"project\", false, \"\", \"乙\", \"抽样说明, \\\"引号\\\"\\n第二行\", true], "
                           "[\"tag\", false, \"框架/冲突\", \"乙\", \"'=易混\", true], "
                           "[\"article\", true, \"\", \"乙\", \"复核\", true]]"));
        // Limited to other articles: the project's and tags' memos stay, the article's goes.
        CsvExport::Options options{CsvExport::Table::Memos};
        options.scope.articleIds = {articles.at(0)};
        QVERIFY(CsvExport::write(db, path("memos-scoped.csv"), options, &error));
        QCOMPARE(readWithPython(path("memos-scoped.csv"), "[r['about'] for r in rows]"),
                 QStringLiteral("[\"project\", \"tag\"]"));
    }

    void aRowNamesItsTagByPathOrName_data()
    {
        QTest::addColumn<QString>("tagPath");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("reason");
        QTest::newRow("path") << QStringLiteral("甲类/乙类") << QStringLiteral("乙类")
                              << QStringLiteral("甲类/乙类") << QString();
        QTest::newRow("tag only") << QString() << QStringLiteral("丁类") << QStringLiteral("丁类")
                                  << QString();
        QTest::newRow("neither") << QString() << QString() << QString()
                                 << QStringLiteral(
                                        "line 2: the row names no tag (its tag_path and tag are empty)");
        QTest::newRow("start only") << QStringLiteral("戊类") << QString() << QString()
                                    << QStringLiteral("offsets “0”–“” are not a passage");
    }

    void aRowNamesItsTagByPathOrName()
    {
        QFETCH(QString, tagPath);
        QFETCH(QString, tag);
        QFETCH(QString, stored);
        QFETCH(QString, reason);
        const QString text = slice(ArticleStore(m_db).article(m_articles.at(3))->body(), 0, 2);
        const bool startOnly = QByteArray(QTest::currentDataTag()) == "start only";
        const QString csv = QStringLiteral("article_id,tag,tag_path,start,end,text\r\n%1,%2,%3,0,%4,%5\r\n")
                                .arg(m_articles.at(3))
                                .arg(tag, tagPath, startOnly ? QString() : QStringLiteral("2"), text);
        QVERIFY(writeFile(path("tag-columns.csv"), csv.toUtf8()));
        const AnnotationImportResult result =
            AnnotationImport::read(m_db, path("tag-columns.csv"), QStringLiteral("丙"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        if (reason.isEmpty()) {
            QVERIFY2(result.skipped.isEmpty(), qPrintable(result.skipped.join(QLatin1Char('\n'))));
            QCOMPARE(result.added, 1);
            QVERIFY(TagStore(m_db).idForPath(stored));
            // Taken back out so the rest of the tests see the codebook they started with.
            AnnotationStore annotations(m_db);
            for (const Annotation &a : annotations.forArticle(m_articles.at(3))) {
                if (a.coder == QLatin1String("丙"))
                    QVERIFY(annotations.remove(a.id));
            }
            QVERIFY(TagStore(m_db).remove(TagStore(m_db).idForPath(stored.section(QLatin1Char('/'), 0, 0))));
        } else {
            QCOMPARE(result.added, 0);
            QCOMPARE(result.skipped.size(), 1);
            QVERIFY2(result.skipped.first().contains(reason), qPrintable(result.skipped.first()));
        }
    }

    void aFailedExportLeavesNoFile()
    {
        QString error;
        const QString target = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        QVERIFY(!CsvExport::write(m_db, target, {}, &error));
        QVERIFY2(error.contains(QLatin1String("out.csv")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        int calls = 0;
        QVERIFY(!CsvExport::write(m_db, path("cancelled.csv"), {CsvExport::Table::Articles}, &error,
                                  [&calls](int, int) { return ++calls < 1; }));
        QVERIFY(!QFile::exists(path("cancelled.csv")));
    }

    void importsIntoAnotherCorpus()
    {
        QString error;
        QVERIFY(CsvExport::write(m_db, path("to-merge.csv"),
                                 {CsvExport::Table::Annotations, ScriptMode::Simplified}, &error));
        CorpusDatabase second;
        QVERIFY(second.open(path("second.pizhu")));
        QCOMPARE(importSeeds(second).size(), 5);
        const AnnotationImportResult result =
            AnnotationImport::read(second, path("to-merge.csv"), QStringLiteral("乙"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.skipped.isEmpty(), qPrintable(result.skipped.join(QLatin1Char('\n'))));
        QCOMPARE(result.added, m_notes.size());
        const QList<Annotation> original = AnnotationStore(m_db).forTags({});
        const QList<Annotation> merged = AnnotationStore(second).forTags({});
        QCOMPARE(merged.size(), original.size());
        for (qsizetype i = 0; i < merged.size(); ++i) {
            QCOMPARE(merged.at(i).start, original.at(i).start);
            QCOMPARE(merged.at(i).end, original.at(i).end);
            QCOMPARE(merged.at(i).note, original.at(i).note); // neutralising undone
            QCOMPARE(merged.at(i).coder, QStringLiteral("甲"));
            QCOMPARE(TagStore(second).path(merged.at(i).tagId), TagStore(m_db).path(original.at(i).tagId));
        }
        // Reading the same file again adds nothing.
        const AnnotationImportResult again =
            AnnotationImport::read(second, path("to-merge.csv"), QStringLiteral("乙"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates, m_notes.size());
    }

    void codebookRoundTrips()
    {
        QString error;
        QVERIFY(CodebookCsv::write(m_db, path("codebook.csv"), true, &error));
        const QList<QStringList> rows = readCsv(path("codebook.csv"));
        QCOMPARE(rows.first(), QStringList({QStringLiteral("path"), QStringLiteral("color"),
                                            QStringLiteral("description")}));
        QVERIFY(rows.contains(QStringList(
            {QStringLiteral("Frames/Conflict"),
             TagStore(m_db).tag(TagStore(m_db).idForPath(QStringLiteral("Frames/Conflict")))->color,
             QString()})));
        CorpusDatabase other;
        QVERIFY(other.open(path("codebook-target.pizhu")));
        CorpusSession session(other);
        QVERIFY(session.addTag(QStringLiteral("Frames")));
        const CodebookImportResult result = CodebookCsv::read(session, path("codebook.csv"));
        QVERIFY2(result.error.isEmpty() && result.skipped.isEmpty(),
                 qPrintable(result.error + result.skipped.join(QLatin1Char('\n'))));
        QCOMPARE(result.existing, 1);
        QCOMPARE(result.added, int(TagStore(m_db).all().size()) - 1);
        QVERIFY(TagStore(other).idForPath(QStringLiteral("Frames/Conflict")));
        // One undo takes the whole import back.
        session.undoStack()->undo();
        QCOMPARE(TagStore(other).all().size(), 1);
        QVERIFY(writeFile(path("orphan.csv"), "path\r\nNowhere/Child\r\n"));
        const CodebookImportResult orphan = CodebookCsv::read(session, path("orphan.csv"));
        QCOMPARE(orphan.skipped.size(), 1);
        QVERIFY(orphan.skipped.first().contains(QLatin1String("parent")));
    }

    void skipsRowsThatDoNotMatch()
    {
        const QString csv = QStringLiteral("article_id,title,date,tag_path,start,end,text,note\r\n"
                                           "99999,不存在,2020-01-01,A,0,2,不存,\r\n"
                                           "%1,,,A,0,999999,x,\r\n"
                                           "%1,,,A,0,2,错字,\r\n"
                                           "%1,,,A/B,0,2,%2,好的\r\n")
                                .arg(m_articles.first())
                                .arg(slice(ArticleStore(m_db).article(m_articles.first())->body(), 0, 2));
        QVERIFY(writeFile(path("bad.csv"), csv.toUtf8()));
        const AnnotationImportResult result =
            AnnotationImport::read(m_db, path("bad.csv"), QStringLiteral("丙"));
        QCOMPARE(result.added, 1);
        QCOMPARE(result.skipped.size(), 3);
        QVERIFY2(result.skipped.at(0).startsWith(QLatin1String("line 2: no article matches")),
                 qPrintable(result.skipped.at(0)));
        QVERIFY2(result.skipped.at(1).contains(QLatin1String("not a passage")),
                 qPrintable(result.skipped.at(1)));
        QVERIFY2(result.skipped.at(2).contains(QLatin1String("is not what offsets")),
                 qPrintable(result.skipped.at(2)));
        QVERIFY(TagStore(m_db).idForPath(QStringLiteral("A/B")));

        // The same passage again: with the same note (or none) a duplicate, with another note
        // reported, and the stored note kept.
        const QString first2 = slice(ArticleStore(m_db).article(m_articles.first())->body(), 0, 2);
        const QString again = QStringLiteral("article_id,tag_path,start,end,text,note\r\n"
                                             "%1,A/B,0,2,%2,好的\r\n"
                                             "%1,A/B,0,2,%2,\r\n"
                                             "%1,A/B,0,2,%2,不同的备注\r\n")
                                  .arg(m_articles.first())
                                  .arg(first2);
        QVERIFY(writeFile(path("again.csv"), again.toUtf8()));
        const AnnotationImportResult repeated =
            AnnotationImport::read(m_db, path("again.csv"), QStringLiteral("丙"));
        QCOMPARE(repeated.added, 0);
        QCOMPARE(repeated.duplicates, 2);
        QCOMPARE(repeated.skipped.size(), 1);
        QVERIFY2(
            repeated.skipped.at(0).contains(QStringLiteral("with another note (“好的”), which was kept")),
            qPrintable(repeated.skipped.at(0)));
        const AnnotationImportResult noHeader = AnnotationImport::read(m_db, path("articles.csv"), QString());
        QVERIFY2(noHeader.error.contains(QLatin1String("lacks")), qPrintable(noHeader.error));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
