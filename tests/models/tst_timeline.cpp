// SPDX-License-Identifier: GPL-3.0-or-later
// Counts over time and by outlet, checked against the articles' own dates and outlets, read one
// by one: periods (ISO weeks across the turn of a year, gaps filled), series of a query, a tag
// and an entity, per 1,000, the articles of a period, and the CSV and JSON written.
#include "analysis/timeline.h"
#include "analysis/timelineexport.h"
#include "core/jobcontrol.h"
#include "corpusgenerator.h"
#include "csvrows.h"
#include "editing/corpussession.h"
#include "search/searchquery.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "testseeds.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    static constexpr int Articles = 400;
    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    QList<Article> m_articles; ///< every article as stored, with its id in m_ids
    QList<qint64> m_ids;

    static ArticleFilter search(const QString &words)
    {
        ArticleFilter filter;
        filter.ftsExpression = SearchQuery::parse(words).ftsExpression();
        return filter;
    }

    TimelineTable compute(const Timeline::Options &options)
    {
        Timeline timeline(options);
        JobControl control;
        const TimelineTable table = timeline.compute(m_db, control);
        if (!timeline.errorString().isEmpty())
            qWarning("%s", qPrintable(timeline.errorString()));
        return table;
    }

    /** Articles per month (or outlet), counted from the stored articles of which \a keep holds. */
    QMap<QString, int> countedByHand(TimeAxis axis, const std::function<bool(const Article &)> &keep) const
    {
        QMap<QString, int> counts;
        for (const Article &article : m_articles) {
            if (keep(article))
                ++counts[axis == TimeAxis::Outlet ? article.outlet
                                                  : article.published.left(axis == TimeAxis::Year ? 4 : 7)];
        }
        return counts;
    }

    static QMap<QString, int> asMap(const TimelineTable &table, int series)
    {
        QMap<QString, int> counts;
        for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
            const int count = series < 0 ? table.totals.at(bucket) : table.counts.at(series).at(bucket);
            if (count > 0)
                counts.insert(table.buckets.at(bucket), count);
        }
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("timeline.pizhu"))));
        QCOMPARE(CorpusGenerator::importSeedVariations(m_db, QStringLiteral(PIZHU_SAMPLES_DIR),
                                                       m_dir.filePath(QStringLiteral("generated.jsonl")),
                                                       Articles),
                 Articles);
        m_ids = ArticleListQuery(m_db, {}).ids();
        for (const qint64 id : std::as_const(m_ids))
            m_articles << *ArticleStore(m_db).article(id);
    }

    void bucketsOfDates_data()
    {
        QTest::addColumn<QString>("published");
        QTest::addColumn<int>("axis");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("day") << QStringLiteral("2020-02-01T13:07") << int(TimeAxis::Day)
                             << QStringLiteral("2020-02-01");
        QTest::newRow("month") << QStringLiteral("2020-02-01T13:07") << int(TimeAxis::Month)
                               << QStringLiteral("2020-02");
        QTest::newRow("year") << QStringLiteral("2020-02-01") << int(TimeAxis::Year)
                              << QStringLiteral("2020");
        QTest::newRow("week") << QStringLiteral("2020-02-26") << int(TimeAxis::Week)
                              << QStringLiteral("2020-W09");
        QTest::newRow("a Sunday ends its week")
            << QStringLiteral("2020-03-01") << int(TimeAxis::Week) << QStringLiteral("2020-W09");
        QTest::newRow("New Year's Eve in week 53")
            << QStringLiteral("2020-12-31") << int(TimeAxis::Week) << QStringLiteral("2020-W53");
        QTest::newRow("3 January 2021 still in 2020-W53")
            << QStringLiteral("2021-01-03") << int(TimeAxis::Week) << QStringLiteral("2020-W53");
        QTest::newRow("30 December 2019 already in 2020-W01")
            << QStringLiteral("2019-12-30") << int(TimeAxis::Week) << QStringLiteral("2020-W01");
        QTest::newRow("only a month, by month")
            << QStringLiteral("2020-02") << int(TimeAxis::Month) << QStringLiteral("2020-02");
        QTest::newRow("only a month, by day: no date")
            << QStringLiteral("2020-02") << int(TimeAxis::Day) << QString();
        QTest::newRow("no date") << QString() << int(TimeAxis::Month) << QString();
        QTest::newRow("not a date") << QStringLiteral("昨天") << int(TimeAxis::Year) << QString();
        QTest::newRow("month 13") << QStringLiteral("2020-13-01") << int(TimeAxis::Month) << QString();
        QTest::newRow("an outlet is its own bucket")
            << QStringLiteral("新华网") << int(TimeAxis::Outlet) << QStringLiteral("新华网");
    }

    void bucketsOfDates()
    {
        QFETCH(QString, published);
        QFETCH(int, axis);
        QFETCH(QString, bucket);
        QCOMPARE(TimeBuckets::bucketOf(published, TimeAxis(axis)), bucket);
    }

    void periodsBetweenFillTheGaps_data()
    {
        QTest::addColumn<int>("axis");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QStringList>("buckets");
        QTest::newRow("months over a year's end")
            << int(TimeAxis::Month) << QStringLiteral("2019-11") << QStringLiteral("2020-02")
            << QStringList{QStringLiteral("2019-11"), QStringLiteral("2019-12"), QStringLiteral("2020-01"),
                           QStringLiteral("2020-02")};
        QTest::newRow("weeks over a year's end")
            << int(TimeAxis::Week) << QStringLiteral("2020-W52") << QStringLiteral("2021-W02")
            << QStringList{QStringLiteral("2020-W52"), QStringLiteral("2020-W53"), QStringLiteral("2021-W01"),
                           QStringLiteral("2021-W02")};
        QTest::newRow("days of a leap February")
            << int(TimeAxis::Day) << QStringLiteral("2020-02-28") << QStringLiteral("2020-03-01")
            << QStringList{QStringLiteral("2020-02-28"), QStringLiteral("2020-02-29"),
                           QStringLiteral("2020-03-01")};
        QTest::newRow("one year") << int(TimeAxis::Year) << QStringLiteral("2020") << QStringLiteral("2020")
                                  << QStringList{QStringLiteral("2020")};
    }

    void periodsBetweenFillTheGaps()
    {
        QFETCH(int, axis);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QStringList, buckets);
        QCOMPARE(TimeBuckets::between(first, last, TimeAxis(axis)), buckets);
    }

    void axisNames()
    {
        for (const TimeAxis axis :
             {TimeAxis::Day, TimeAxis::Week, TimeAxis::Month, TimeAxis::Year, TimeAxis::Outlet})
            QCOMPARE(TimeBuckets::fromName(TimeBuckets::name(axis)), std::optional(axis));
        QCOMPARE(TimeBuckets::fromName(QStringLiteral("fortnight")), std::nullopt);
    }

    void countsAreTheArticlesDates_data()
    {
        QTest::addColumn<int>("axis");
        QTest::newRow("by month") << int(TimeAxis::Month);
        QTest::newRow("by year") << int(TimeAxis::Year);
        QTest::newRow("by outlet") << int(TimeAxis::Outlet);
    }

    void countsAreTheArticlesDates()
    {
        QFETCH(int, axis);
        const TimelineTable table = compute(
            {TimeAxis(axis),
             {},
             {{QStringLiteral("党员"), search(QStringLiteral("党员"))}, {QStringLiteral("all"), {}}}});
        QCOMPARE(table.series.size(), 2);
        QCOMPARE(asMap(table, -1), countedByHand(TimeAxis(axis), [](const Article &) { return true; }));
        QCOMPARE(asMap(table, 1), asMap(table, -1));
        const auto mentionsPartyMembers = [](const Article &article) {
            for (const QString &spelling : {QStringLiteral("党员"), QStringLiteral("黨員")}) {
                if (article.title.contains(spelling) || article.body().contains(spelling))
                    return true;
            }
            return false;
        };
        QCOMPARE(asMap(table, 0), countedByHand(TimeAxis(axis), mentionsPartyMembers));
        int sum = 0;
        for (const int total : table.totals)
            sum += total;
        QCOMPARE(sum, Articles);
        if (TimeAxis(axis) == TimeAxis::Outlet) {
            for (int i = 1; i < table.buckets.size(); ++i)
                QVERIFY(table.totals.at(i - 1) >= table.totals.at(i)); // the biggest outlets first
        } else {
            // Every period from the first to the last, in order, none left out.
            QCOMPARE(table.buckets, TimeBuckets::between(table.buckets.constFirst(),
                                                         table.buckets.constLast(), TimeAxis(axis)));
        }
    }

    void perThousandIsOfThePeriodsArticles()
    {
        const TimelineTable table =
            compute({TimeAxis::Year, {}, {{QStringLiteral("疫情"), search(QStringLiteral("疫情"))}}});
        QVERIFY(!table.buckets.isEmpty());
        for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
            QCOMPARE(table.value(0, bucket, TimelineMeasure::Articles),
                     double(table.counts.at(0).at(bucket)));
            QCOMPARE(table.value(0, bucket, TimelineMeasure::PerThousand),
                     1000.0 * table.counts.at(0).at(bucket) / table.totals.at(bucket));
        }
    }

    void seriesOfATagAndAnEntity()
    {
        CorpusSession session(m_db);
        session.setCoder(QStringLiteral("tester"));
        const qint64 tag = session.addTag(QStringLiteral("Frames"));
        // One article tagged whole, two with a passage: three articles.
        QVERIFY(session.setArticleTag(m_ids.at(0), tag, true));
        QVERIFY(session.addAnnotation(m_ids.at(1), tag, {0, 4}));
        QVERIFY(session.addAnnotation(m_ids.at(2), tag, {0, 4}));
        QVERIFY(session.addAnnotation(m_ids.at(2), tag, {5, 9}));
        ArticleFilter tagged;
        tagged.tagIds = {tag};
        ArticleFilter person;
        person.entityType = QStringLiteral("PER");
        person.entityKey = QStringLiteral("李公乐");
        const TimelineTable table = compute(
            {TimeAxis::Outlet, {}, {{QStringLiteral("Frames"), tagged}, {QStringLiteral("李公乐"), person}}});
        QCOMPARE(table.seriesTotal(0), 3);
        QMap<QString, int> taggedByOutlet;
        for (const int i : {0, 1, 2})
            ++taggedByOutlet[m_articles.at(i).outlet];
        QCOMPARE(asMap(table, 0), taggedByOutlet);
        // 李公乐 is quoted in one of the five samples, which the generator repeats.
        QVERIFY(table.seriesTotal(1) > 0);
        QCOMPARE(table.seriesTotal(1), int(ArticleListQuery(m_db, person).ids().size()));
    }

    void theScopeNarrowsEverySeries()
    {
        ArticleFilter year2018;
        year2018.dateFrom = QStringLiteral("2018-01-01");
        year2018.dateTo = QStringLiteral("2018-12-31");
        const TimelineTable table = compute({TimeAxis::Month, year2018, {{QStringLiteral("all"), {}}}});
        QCOMPARE(table.buckets.constFirst().left(4), QStringLiteral("2018"));
        QCOMPARE(table.buckets.constLast().left(4), QStringLiteral("2018"));
        QCOMPARE(table.seriesTotal(0), int(countedByHand(TimeAxis::Year, [](const Article &) {
                                               return true;
                                           }).value(QStringLiteral("2018"))));
    }

    void theArticlesOfAPeriod()
    {
        Timeline timeline({TimeAxis::Month, {}, {{QStringLiteral("党员"), search(QStringLiteral("党员"))}}});
        JobControl control;
        const TimelineTable table = timeline.compute(m_db, control);
        const auto busiest = std::max_element(table.counts.at(0).cbegin(), table.counts.at(0).cend());
        const QString month = table.buckets.at(int(busiest - table.counts.at(0).cbegin()));
        const QList<qint64> ids = timeline.articlesOf(m_db, 0, month);
        QCOMPARE(int(ids.size()), *busiest);
        for (const qint64 id : ids)
            QCOMPARE(ArticleStore(m_db).article(id)->published.left(7), month);
        QVERIFY(timeline.articlesOf(m_db, 0, QStringLiteral("1999-01")).isEmpty());
    }

    void undatedArticlesCountApart()
    {
        CorpusDatabase seeds;
        QVERIFY(seeds.open(m_dir.filePath(QStringLiteral("seeds.pizhu"))));
        QCOMPARE(importSeeds(seeds).size(), 5);
        Timeline timeline({TimeAxis::Year, {}, {{QStringLiteral("all"), {}}}});
        JobControl control;
        const TimelineTable table = timeline.compute(seeds, control);
        // 2020, 2021 (nothing), 2022, and the sample from 長城網 without a date.
        QCOMPARE(table.buckets, (QStringList{QStringLiteral("2020"), QStringLiteral("2021"),
                                             QStringLiteral("2022"), QString()}));
        QCOMPARE(table.totals, (QList<int>{1, 0, 3, 1}));
        QCOMPARE(TimeBuckets::label(QString(), TimeAxis::Year), QStringLiteral("no date"));
        const QList<qint64> undated = timeline.articlesOf(seeds, 0, QString());
        QCOMPARE(undated.size(), 1);
        QCOMPARE(ArticleStore(seeds).article(undated.first())->outlet, QStringLiteral("長城網"));
    }

    void outletsOfEqualCountsAreInTheCorpusOrder_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QStringList>("outlets");
        // One sample each. In code point order 东 (U+4E1C) would come before 安 (U+5B89); in pinyin
        // ān comes before dōng, and ICU reads 長 as zhǎng.
        QTest::newRow("pinyin") << "pinyin"
                                << QStringList{QStringLiteral("安阳日报-安阳网"), QStringLiteral("东南网"),
                                               QStringLiteral("河北新闻网"), QStringLiteral("河南日报客户端"),
                                               QStringLiteral("長城網")};
        QTest::newRow("strokes") << "stroke"
                                 << QStringList{QStringLiteral("东南网"), QStringLiteral("安阳日报-安阳网"),
                                                QStringLiteral("河北新闻网"),
                                                QStringLiteral("河南日报客户端"), QStringLiteral("長城網")};
    }

    void outletsOfEqualCountsAreInTheCorpusOrder()
    {
        QFETCH(QString, order);
        QFETCH(QStringList, outlets);
        CorpusDatabase seeds;
        QVERIFY(seeds.open(m_dir.filePath(QStringLiteral("outlets-%1.pizhu").arg(order))));
        QCOMPARE(importSeeds(seeds).size(), 5);
        QVERIFY(seeds.setSortOrder(*ChineseCollation::fromName(order)));
        Timeline timeline({TimeAxis::Outlet, {}, {{QStringLiteral("all"), {}}}});
        JobControl control;
        QCOMPARE(timeline.compute(seeds, control).buckets, outlets);
    }

    void aBrokenQueryIsNamed()
    {
        ArticleFilter broken;
        broken.ftsExpression = QStringLiteral("\"unclosed");
        Timeline timeline({TimeAxis::Month, {}, {{QStringLiteral("my words"), broken}}});
        JobControl control;
        const TimelineTable table = timeline.compute(m_db, control);
        QVERIFY(table.buckets.isEmpty());
        QVERIFY2(timeline.errorString().startsWith(QStringLiteral("my words: ")),
                 qPrintable(timeline.errorString()));
    }

    void writesCsvAndJson()
    {
        const TimelineTable table =
            compute({TimeAxis::Year, {}, {{QStringLiteral("党员"), search(QStringLiteral("党员"))}}});
        const QString path = m_dir.filePath(QStringLiteral("timeline.csv"));
        QString error;
        QVERIFY(TimelineExport::writeCsv(table, path, true, &error));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("year"), QStringLiteral("articles"),
                                             QStringLiteral("党员"), QStringLiteral("党员 per 1000")}));
        QCOMPARE(rows.size(), table.buckets.size() + 1);
        for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
            const QStringList &row = rows.at(bucket + 1);
            QCOMPARE(row.at(0), table.buckets.at(bucket));
            QCOMPARE(row.at(1).toInt(), table.totals.at(bucket));
            QCOMPARE(row.at(2).toInt(), table.counts.at(0).at(bucket));
            QCOMPARE(row.at(3).toDouble(),
                     std::round(table.value(0, bucket, TimelineMeasure::PerThousand) * 100) / 100);
        }
        const QJsonObject json = TimelineExport::toJson(table);
        QCOMPARE(json.value(QStringLiteral("axis")).toString(), QStringLiteral("year"));
        QCOMPARE(json.value(QStringLiteral("series"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("counts"))
                     .toArray()
                     .size(),
                 table.buckets.size());

        QVERIFY(!TimelineExport::writeCsv(table, m_dir.filePath(QStringLiteral("missing/timeline.csv")), true,
                                          &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
