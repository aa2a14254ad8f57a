// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement in a real corpus: three coders code four articles with known agreements and
// disagreements; the study's units, figures and disagreements are checked against the
// reliability data written out by hand, and the raw data read back with Python's csv module.
#include "agreement/agreementjob.h"
#include "agreement/agreementrawdata.h"
#include "agreement/agreementstatistics.h"
#include "ingest/articlewriter.h"
#include "store/annotationstore.h"
#include "store/corpusdatabase.h"
#include "store/tagstore.h"
#include "testarticles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

constexpr int M = ReliabilityData::Missing;

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-12;
}

} // namespace

class TestAgreementStudy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    QList<qint64> m_articles; // four articles of 40 characters each
    qint64 m_frames = 0;
    qint64 m_actors = 0;

    void passage(const QString &coder, int article, qint64 tag, int start, int end)
    {
        Annotation a{0,
                     m_articles.at(article),
                     tag,
                     start,
                     end,
                     {},
                     coder,
                     AnnotationStore::timestamp(),
                     AnnotationStore::timestamp()};
        QVERIFY(AnnotationStore(m_db).insert(a));
    }

    void articleTag(const QString &coder, int article, qint64 tag)
    {
        QVERIFY(AnnotationStore(m_db).addArticleTag(
            {m_articles.at(article), tag, coder, AnnotationStore::timestamp()}));
    }

    AgreementStudy study(const QStringList &coders, const QList<qint64> &tags = {})
    {
        AgreementJob job(coders, tags);
        JobControl control;
        if (!job.run(m_db, control))
            qFatal("%s", qPrintable(job.errorString()));
        return std::move(*job.takeStudy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("agreement.pizhu"))));
        for (int i = 0; i < 4; ++i) {
            Article article = makeArticle(QStringLiteral("文章%1").arg(i), {QString(40, QChar(0x515A + i))});
            QCOMPARE(ArticleWriter(m_db).write(article), ArticleStore::InsertResult::Inserted);
            m_articles << article.id;
        }
        Tag frames{0, 0, QStringLiteral("Frames"), QStringLiteral("#ff0000"), {}, 0};
        Tag actors{0, 0, QStringLiteral("Actors"), QStringLiteral("#00ff00"), {}, 1};
        QVERIFY(TagStore(m_db).insert(frames) && TagStore(m_db).insert(actors));
        m_frames = frames.id;
        m_actors = actors.id;
        // Whole-article tags: A and B agree on article 0 (both yes) and article 2 (both no,
        // each tagging only Actors there); on article 1 A says yes, B no. C coded articles 0 and
        // 1 only (missing on 2 and 3); article 3 only A coded, so it has nothing to agree with.
        articleTag(QStringLiteral("A"), 0, m_frames);
        articleTag(QStringLiteral("B"), 0, m_frames);
        articleTag(QStringLiteral("C"), 0, m_frames);
        articleTag(QStringLiteral("A"), 1, m_frames);
        articleTag(QStringLiteral("C"), 1, m_frames);
        passage(QStringLiteral("B"), 1, m_actors, 0, 5); // B coded article 1, without Frames
        articleTag(QStringLiteral("A"), 2, m_actors);
        articleTag(QStringLiteral("B"), 2, m_actors);
        articleTag(QStringLiteral("A"), 3, m_frames);
        // Passages of Frames: the same on article 0; overlapping but shifted on article 1.
        passage(QStringLiteral("A"), 0, m_frames, 0, 10);
        passage(QStringLiteral("B"), 0, m_frames, 0, 10);
        passage(QStringLiteral("A"), 1, m_frames, 5, 15);
        passage(QStringLiteral("A"), 1, m_frames, 10, 20); // overlaps A's own: joined to [5, 20)
        passage(QStringLiteral("B"), 1, m_frames, 10, 25);
    }

    void articleLevelUnitsAndFigures()
    {
        const AgreementStudy result = study({QStringLiteral("A"), QStringLiteral("B")}, {m_frames});
        // Articles 0, 1 and 2 were coded by both; article 3 by A alone.
        ReliabilityData expected(2);
        expected.addUnit({1, 1});
        expected.addUnit({1, 0});
        expected.addUnit({0, 0});
        QCOMPARE(result.articleUnits().size(), 3);
        const AgreementFigures figures = result.results().first().articles;
        const AgreementFigures hand = AgreementFigures::of(expected);
        QCOMPARE(figures.units, 3.0);
        QVERIFY(same(figures.percent, 2.0 / 3));
        QVERIFY(same(figures.cohen, hand.cohen));
        QVERIFY(same(figures.alpha, hand.alpha));
        QCOMPARE(result.results().first().tagPath, QStringLiteral("Frames"));
    }

    void characterLevelUnitsAndFigures()
    {
        const AgreementStudy result = study({QStringLiteral("A"), QStringLiteral("B")}, {m_frames});
        // Article 0: [0,10) both, [10,40) neither. Article 1: [0,5) neither, [5,10) A, [10,20)
        // both, [20,25) B, [25,40) neither. Article 2: 40 characters neither.
        ReliabilityData expected(2);
        expected.addUnit({1, 1}, 10);
        expected.addUnit({0, 0}, 30);
        expected.addUnit({0, 0}, 5);
        expected.addUnit({1, 0}, 5);
        expected.addUnit({1, 1}, 10);
        expected.addUnit({0, 1}, 5);
        expected.addUnit({0, 0}, 15);
        expected.addUnit({0, 0}, 40);
        const AgreementFigures figures = result.results().first().characters;
        const AgreementFigures hand = AgreementFigures::of(expected);
        QCOMPARE(figures.units, 120.0);
        QVERIFY(same(figures.percent, 110.0 / 120));
        QVERIFY(same(figures.cohen, hand.cohen));
        QVERIFY(same(figures.alpha, hand.alpha));
        // The disagreements: article 1 as a whole, and its characters [5,10) and [20,25).
        QList<std::pair<qint64, TextSpan>> places;
        for (const Disagreement &d : result.disagreements())
            places.append({d.articleId, d.span});
        QCOMPARE(places, (QList<std::pair<qint64, TextSpan>>{{m_articles.at(1), TextSpan{}},
                                                             {m_articles.at(1), TextSpan{5, 10}},
                                                             {m_articles.at(1), TextSpan{20, 25}}}));
        // α_u over the three articles both coded, end to end (40 characters each).
        const UnitizingAlpha::Category unitizing =
            UnitizingAlpha::forCategory({{{0, 10}, {45, 60}}, {{0, 10}, {50, 65}}}, 0, 120);
        QVERIFY(same(result.results().first().unitizing.observed, unitizing.observed));
        QVERIFY(same(result.results().first().unitizingAlpha, unitizing.alpha()));
        QVERIFY(result.results().first().unitizingAlpha < 1.0);
    }

    void threeCodersWithMissingValues()
    {
        const AgreementStudy result =
            study({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {m_frames});
        // C is missing on article 2: α counts it from A and B; Fleiss only from 0 and 1.
        ReliabilityData expected(3);
        expected.addUnit({1, 1, 1});
        expected.addUnit({1, 0, 1});
        expected.addUnit({0, 0, M});
        const AgreementFigures figures = result.results().first().articles;
        const AgreementFigures hand = AgreementFigures::of(expected);
        QCOMPARE(figures.units, 2.0);    // coded by all three
        QCOMPARE(figures.pairable, 3.0); // by at least two
        QVERIFY(std::isnan(figures.cohen));
        QVERIFY(same(figures.fleiss, hand.fleiss));
        QVERIFY(same(figures.alpha, hand.alpha));
        QVERIFY(same(figures.alpha, AgreementStatistics::krippendorffAlpha(expected)));
    }

    void everyTagTogether()
    {
        // Without chosen tags: every tag the coders used, then all of them pooled.
        const AgreementStudy result = study({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(result.results().size(), 3);
        QCOMPARE(result.results().at(0).tagPath, QStringLiteral("Frames"));
        QCOMPARE(result.results().at(1).tagPath, QStringLiteral("Actors"));
        QCOMPARE(result.results().at(2).tagId, 0);
        QCOMPARE(result.results().at(2).articles.units,
                 result.results().at(0).articles.units + result.results().at(1).articles.units);
    }

    void rawDataReadsBackWithPythonsCsv()
    {
        const AgreementStudy result =
            study({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {m_frames});
        const QString articles = m_dir.filePath(QStringLiteral("articles.csv"));
        const QString characters = m_dir.filePath(QStringLiteral("characters.csv"));
        QString error;
        QVERIFY2(AgreementRawData::write(result, AgreementRawData::Units::Articles, articles, true, &error),
                 qPrintable(error));
        QVERIFY2(
            AgreementRawData::write(result, AgreementRawData::Units::Characters, characters, true, &error),
            qPrintable(error));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, sys\n"
                                     "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))\n"
                                     "print([r['A'] + r['B'] + r['C'] for r in rows])\n"
                                     "rows = list(csv.DictReader(open(sys.argv[2], encoding='utf-8-sig')))\n"
                                     "print(sum(int(r['characters']) for r in rows), len(rows))\n"),
                      articles, characters});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("['111', '101', '00']")); // C empty on article 2
        QCOMPARE(lines.at(1), QStringLiteral("%1 %2").arg(120).arg(result.characterRuns().size()));
    }

    void fewerThanTwoCodersIsRefused()
    {
        AgreementJob job({QStringLiteral("A")}, {});
        JobControl control;
        QVERIFY(!job.run(m_db, control));
        QVERIFY(job.errorString().contains(QLatin1String("at least two coders")));
    }
};

QTEST_GUILESS_MAIN(TestAgreementStudy)
#include "tst_agreementstudy.moc"
