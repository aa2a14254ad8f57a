// SPDX-License-Identifier: GPL-3.0-or-later
// The concordance on the bundled samples: every hit found, as a plain search of the texts for both
// spellings finds them; contexts at the right characters in the script asked for; the sorts; the
// page-by-page model; the sentence around a hit.
#include "analysis/concordance.h"
#include "corpusgenerator.h"
#include "itemmodels/concordancemodel.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "testseeds.h"
#include "text/codepoints.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

QString codePoints(const QString &text, int from, int to)
{
    const qsizetype start = CodePoints::toUtf16(text, from);
    return text.mid(start, CodePoints::toUtf16(text, to) - start);
}

} // namespace

class TestConcordance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

    QList<ConcordanceLine> all(const Concordance::Options &options)
    {
        Concordance concordance(m_db, options);
        QList<ConcordanceLine> lines;
        while (!concordance.atEnd())
            lines += concordance.next(7); // small batches: the paging must lose nothing
        return lines;
    }

    /** Where \a words occur in each article's stored text, found by plain string search. */
    static std::set<std::tuple<qint64, int, int>> plainHits(CorpusDatabase &db, const QStringList &words)
    {
        std::set<std::tuple<qint64, int, int>> hits;
        const QList<qint64> ids = ArticleListQuery(db, {}).ids();
        for (const qint64 id : std::as_const(ids)) {
            const QString body = ArticleStore(db).article(id)->body();
            for (const QString &word : words) {
                for (qsizetype at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1))
                    hits.insert(
                        {id, CodePoints::fromUtf16(body, at), CodePoints::fromUtf16(body, at + word.size())});
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("kwic.pizhu"))));
        QCOMPARE(importSeeds(m_db).size(), 5);
    }

    void findsEveryHitInEitherScript_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("spellings");
        QTest::newRow("党员 (simplified)")
            << QStringLiteral("党员") << QStringList{QStringLiteral("党员"), QStringLiteral("黨員")};
        QTest::newRow("黨員 (traditional)")
            << QStringLiteral("黨員") << QStringList{QStringLiteral("党员"), QStringLiteral("黨員")};
        QTest::newRow("疫情") << QStringLiteral("疫情") << QStringList{QStringLiteral("疫情")};
        QTest::newRow("one character") << QStringLiteral("李") << QStringList{QStringLiteral("李")};
    }

    void findsEveryHitInEitherScript()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, spellings);
        std::set<std::tuple<qint64, int, int>> found;
        for (const ConcordanceLine &line : all({query, {}, 10, ScriptMode::Original}))
            found.insert({line.articleId, line.hit.start, line.hit.end});
        QVERIFY(!found.empty());
        QVERIFY(found == plainHits(m_db, spellings));
    }

    void contextsAreTheCharactersAroundTheHit()
    {
        for (const ConcordanceLine &line : all({QStringLiteral("党员"), {}, 8, ScriptMode::Original})) {
            const QString body = ArticleStore(m_db).article(line.articleId)->body();
            const int length = CodePoints::count(body);
            QCOMPARE(line.keyword, codePoints(body, line.hit.start, line.hit.end));
            QCOMPARE(line.left,
                     codePoints(body, std::max(0, line.hit.start - 8), line.hit.start).replace(u'\n', u'¶'));
            QCOMPARE(line.right,
                     codePoints(body, line.hit.end, std::min(length, line.hit.end + 8)).replace(u'\n', u'¶'));
        }
    }

    void contextsComeInTheScriptShown()
    {
        const QList<ConcordanceLine> lines = all({QStringLiteral("党员"), {}, 8, ScriptMode::Traditional});
        QVERIFY(!lines.isEmpty());
        for (const ConcordanceLine &line : lines)
            QCOMPARE(line.keyword, QStringLiteral("黨員"));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const ConcordanceLine &line) {
            return line.title.contains(QStringLiteral("黨員"));
        }));
    }

    void sortsByTheContextOutwardFromTheHit_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("before, read backwards") << int(Concordance::Sort::Left);
        QTest::newRow("after") << int(Concordance::Sort::Right);
        QTest::newRow("date") << int(Concordance::Sort::Date);
    }

    void sortsByTheContextOutwardFromTheHit()
    {
        QFETCH(int, sort);
        QList<ConcordanceLine> lines = all({QStringLiteral("党员"), {}, 6, ScriptMode::Original});
        const qsizetype count = lines.size();
        Concordance::sort(lines, Concordance::Sort(sort));
        QCOMPARE(lines.size(), count);
        QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const ConcordanceLine &a = lines.at(i - 1);
            const ConcordanceLine &b = lines.at(i);
            if (sort == int(Concordance::Sort::Left)) {
                // Compare the characters nearest the hit first.
                QString ra, rb;
                for (qsizetype k = a.left.size(); k-- > 0;)
                    ra += a.left.at(k);
                for (qsizetype k = b.left.size(); k-- > 0;)
                    rb += b.left.at(k);
                QVERIFY2(pinyin.compare(ra, rb) <= 0, qPrintable(a.left + QStringLiteral(" / ") + b.left));
            } else if (sort == int(Concordance::Sort::Right)) {
                QVERIFY2(pinyin.compare(a.right, b.right) <= 0,
                         qPrintable(a.right + QStringLiteral(" / ") + b.right));
            } else {
                QVERIFY(a.published <= b.published);
            }
        }
    }

    void theModelFetchesPageByPage()
    {
        // Enough articles for several pages of hits.
        CorpusDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("generated.pizhu"))));
        QCOMPARE(CorpusGenerator::importSeedVariations(db, QStringLiteral(PIZHU_SAMPLES_DIR),
                                                       m_dir.filePath(QStringLiteral("generated.jsonl")),
                                                       150),
                 150);

        ConcordanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConcordance(std::make_unique<Concordance>(
            db, Concordance::Options{QStringLiteral("党员"), {}, 10, ScriptMode::Original}));
        QVERIFY(model.rowCount() >= 200);
        QVERIFY(model.canFetchMore({}));
        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QVERIFY(fetches >= 1);
        QCOMPARE(model.rowCount(),
                 int(plainHits(db, {QStringLiteral("党员"), QStringLiteral("黨員")}).size()));
        QVERIFY(model.isComplete());
    }

    void aScopeNarrowsIt()
    {
        ArticleFilter onlyFirst;
        onlyFirst.articleIds = {1};
        const QList<ConcordanceLine> lines =
            all({QStringLiteral("党员"), onlyFirst, 5, ScriptMode::Original});
        QVERIFY(!lines.isEmpty());
        QVERIFY(std::all_of(lines.cbegin(), lines.cend(),
                            [](const ConcordanceLine &line) { return line.articleId == 1; }));
    }

    void theSentenceAroundAHit_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("between full stops")
            << QStringLiteral("第一句。党员冲在前面！第三句。") << 4 << 6 << QStringLiteral("党员冲在前面！");
        QTest::newRow("at the start of a paragraph") << QStringLiteral("党员先行，守护家园\n下一段。") << 0
                                                     << 2 << QStringLiteral("党员先行，守护家园");
        QTest::newRow("after a character outside the BMP")
            << QStringLiteral("𠮷。𠮷野家的党员说。") << 6 << 8 << QStringLiteral("𠮷野家的党员说。");
    }

    void theSentenceAroundAHit()
    {
        QFETCH(QString, body);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, sentence);
        const TextSpan span = Concordance::sentenceAround(body, {start, end});
        QCOMPARE(codePoints(body, span.start, span.end), sentence);
    }

    void nothingToFindIsSaid()
    {
        Concordance concordance(m_db, {QStringLiteral("   "), {}, 10, ScriptMode::Original});
        QVERIFY(!concordance.errorString().isEmpty());
        QVERIFY(concordance.atEnd());
        QVERIFY(concordance.next().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcordance)
#include "tst_concordance.moc"
