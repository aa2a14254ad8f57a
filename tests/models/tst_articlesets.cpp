// SPDX-License-Identifier: GPL-3.0-or-later
// Narrowing the corpus by what the articles' details say (outlet, script, imported attributes,
// dates) and by saved article sets, which are saved and deleted as undoable steps.
#include "editing/articlesets.h"
#include "editing/corpussession.h"
#include "ingest/corpusimporter.h"
#include "search/articlelistquery.h"
#include "search/corpusfacets.h"
#include "search/searchquery.h"
#include "store/articlesetstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "testrecords.h"
#include "testseeds.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Pizhu::ArticleFilter)

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestArticleSets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_seeds;
    QHash<QString, qint64> m_records; ///< by title

    /** The ids the filter selects, in id order. */
    QList<qint64> select(const ArticleFilter &filter)
    {
        ArticleListQuery query(m_db, filter);
        const QList<qint64> ids = query.ids();
        [&] {
            QVERIFY2(query.errorString().isEmpty(), qPrintable(query.errorString()));
        }();
        return ids;
    }
    QList<qint64> records(const QStringList &titles) const
    {
        QList<qint64> ids;
        for (const QString &title : titles)
            ids << m_records.value(title);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    int setCount() { return int(ArticleSetStore(m_db).all().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("sets.pizhu"))));
        m_seeds = importSeeds(m_db);
        QCOMPARE(m_seeds.size(), 5);
        const QString path = writeChannelRecords(m_dir.path());
        QVERIFY(!path.isEmpty());
        for (const ImportOutcome &outcome : CorpusImporter(m_db).importFile(path)) {
            QCOMPARE(outcome.kind, ImportOutcome::Kind::Imported);
            m_records.insert(ArticleStore(m_db).article(outcome.articleId)->title, outcome.articleId);
        }
        QCOMPARE(m_records.size(), 4);
        m_session = std::make_unique<CorpusSession>(m_db);
        m_session->setCoder(QStringLiteral("甲"));
    }

    void filtersByDetails_data()
    {
        QTest::addColumn<ArticleFilter>("filter");
        QTest::addColumn<QStringList>("titles");
        ArticleFilter category;
        category.attributes << AttributeCondition{QStringLiteral("category"), QStringLiteral("财经")};
        QTest::newRow("attribute") << category
                                   << QStringList{QStringLiteral("财经一"), QStringLiteral("财经二")};
        ArticleFilter two = category;
        two.attributes << AttributeCondition{QStringLiteral("editor_desk"), QStringLiteral("乙")};
        QTest::newRow("two attributes, both hold") << two << QStringList{QStringLiteral("财经二")};
        ArticleFilter anyValue;
        anyValue.attributes << AttributeCondition{QStringLiteral("editor_desk"), QString()};
        QTest::newRow("an attribute with any value")
            << anyValue << QStringList{QStringLiteral("财经一"), QStringLiteral("财经二")};
        ArticleFilter noSuchValue;
        noSuchValue.attributes << AttributeCondition{QStringLiteral("category"), QStringLiteral("财")};
        QTest::newRow("a value is matched whole") << noSuchValue << QStringList();
        ArticleFilter outlet;
        outlet.outlets << QStringLiteral("新浪");
        QTest::newRow("outlet") << outlet
                                << QStringList{QStringLiteral("财经一"), QStringLiteral("體育一"),
                                               QStringLiteral("科技一")};
        ArticleFilter outlets = outlet;
        outlets.outlets << QStringLiteral("网易");
        QTest::newRow("either outlet") << outlets
                                       << QStringList{QStringLiteral("财经一"), QStringLiteral("财经二"),
                                                      QStringLiteral("體育一"), QStringLiteral("科技一")};
        ArticleFilter outletAndCategory = outlet;
        outletAndCategory.attributes = category.attributes;
        QTest::newRow("outlet and attribute") << outletAndCategory << QStringList{QStringLiteral("财经一")};
        ArticleFilter dated = outlet;
        dated.dateFrom = QStringLiteral("2021-06-01");
        dated.dateTo = QStringLiteral("2022-01-15");
        QTest::newRow("outlet in a period, the last day included")
            << dated << QStringList{QStringLiteral("體育一")};
        ArticleFilter searched = outlet;
        searched.ftsExpression = SearchQuery::parse(QStringLiteral("球队")).ftsExpression();
        QTest::newRow("outlet with a search in the other script")
            << searched << QStringList{QStringLiteral("體育一")};
        ArticleFilter traditional = outlet;
        traditional.scripts << Script::Traditional;
        QTest::newRow("outlet in traditional script") << traditional << QStringList{QStringLiteral("體育一")};
    }

    void filtersByDetails()
    {
        QFETCH(ArticleFilter, filter);
        QFETCH(QStringList, titles);
        QCOMPARE(select(filter), records(titles));
        QCOMPARE(ArticleListQuery(m_db, filter).count(), titles.size());
    }

    void aScriptFilterSelectsTheCorpusScripts()
    {
        // Every article is in exactly one script: the three filters part the corpus.
        int total = 0;
        for (const Script script : {Script::Simplified, Script::Traditional, Script::Mixed}) {
            ArticleFilter filter;
            filter.scripts << script;
            for (const qint64 id : select(filter))
                QCOMPARE(ArticleStore(m_db).article(id)->script, script);
            total += ArticleListQuery(m_db, filter).count();
        }
        QCOMPARE(total, ArticleStore(m_db).count());
    }

    void facetsOfferWhatTheArticlesSay()
    {
        const CorpusFacets facets(m_db);
        QStringList outlets;
        for (const qint64 id : select({})) {
            const QString outlet = ArticleStore(m_db).article(id)->outlet;
            if (!outlet.isEmpty() && !outlets.contains(outlet))
                outlets << outlet;
        }
        std::sort(outlets.begin(), outlets.end());
        QCOMPARE(facets.outlets(), outlets);
        QVERIFY(facets.outlets().contains(QStringLiteral("网易")));
        QVERIFY(facets.attributeNames().contains(QStringLiteral("category")));
        QVERIFY(facets.attributeNames().contains(QStringLiteral("editor_desk")));
        QCOMPARE(facets.attributeValues(QStringLiteral("category"), 10),
                 (QStringList{QStringLiteral("体育"), QStringLiteral("科技"), QStringLiteral("财经")}));
        QCOMPARE(facets.attributeValues(QStringLiteral("category"), 2).size(), 2);
        QVERIFY(facets.attributeValues(QStringLiteral("no such column"), 10).isEmpty());
        QVERIFY(facets.errorString().isEmpty());
    }

    void savesASetAndUndoes()
    {
        ArticleSets sets(*m_session);
        const QList<qint64> sample = {m_seeds.at(2), m_seeds.at(0),
                                      m_records.value(QStringLiteral("财经二"))};
        const qint64 id = sets.save(QStringLiteral(" 我的样本 "), sample);
        QVERIFY2(id, qPrintable(sets.errorString()));
        const std::optional<ArticleSet> saved = ArticleSetStore(m_db).find(id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("我的样本"));
        QCOMPARE(saved->coder, QStringLiteral("甲"));
        QCOMPARE(saved->size, 3);
        QVERIFY(!saved->created.isEmpty());
        ArticleFilter inSet;
        inSet.articleSetId = id;
        QList<qint64> sorted = sample;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(select(inSet), sorted);
        // A set combines with the other conditions.
        inSet.outlets << QStringLiteral("网易");
        QCOMPARE(select(inSet), QList<qint64>{m_records.value(QStringLiteral("财经二"))});

        m_session->undoStack()->undo();
        QVERIFY(!ArticleSetStore(m_db).find(id));
        QCOMPARE(ArticleSetStore(m_db).members(id), QList<qint64>());
        m_session->undoStack()->redo();
        QCOMPARE(ArticleSetStore(m_db).find(id), saved); // the same id, name, time and articles
        QCOMPARE(ArticleSetStore(m_db).members(id), sorted);

        QVERIFY2(sets.remove(id), qPrintable(sets.errorString()));
        QVERIFY(!ArticleSetStore(m_db).find(id));
        QCOMPARE(ArticleStore(m_db).count(), 9); // its articles stay
        m_session->undoStack()->undo();
        QCOMPARE(ArticleSetStore(m_db).find(id), saved);
        QCOMPARE(ArticleSetStore(m_db).members(id), sorted);
        m_session->undoStack()->redo();
        QVERIFY(!ArticleSetStore(m_db).find(id));
    }

    void refusesSetsThatCannotBe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QStringLiteral("  ") << QList<qint64>{1}
                                 << QStringLiteral("an article set needs a name");
        QTest::newRow("taken name") << QStringLiteral("已有") << QList<qint64>{1}
                                    << QStringLiteral("there is already an article set named “已有”");
        QTest::newRow("no articles") << QStringLiteral("空") << QList<qint64>()
                                     << QStringLiteral(
                                            "the set “空” would hold no articles; list some first");
        QTest::newRow("unknown article")
            << QStringLiteral("缺") << QList<qint64>{1, 9999} << QStringLiteral("there is no article 9999");
    }

    void refusesSetsThatCannotBe()
    {
        QFETCH(QString, name);
        QFETCH(QList<qint64>, ids);
        QFETCH(QString, reason);
        ArticleSets sets(*m_session);
        const qint64 taken = sets.save(QStringLiteral("已有"), {m_seeds.at(0)});
        QVERIFY(taken);
        const int before = setCount();
        const int steps = m_session->undoStack()->count();
        QCOMPARE(sets.save(name, ids), 0);
        QCOMPARE(sets.errorString(), reason);
        QCOMPARE(setCount(), before);
        QCOMPARE(m_session->undoStack()->count(), steps);
        QVERIFY(!sets.remove(taken + 100));
        QCOMPARE(sets.errorString(), QStringLiteral("there is no article set %1").arg(taken + 100));
        QVERIFY(sets.remove(taken));
    }
};

QTEST_GUILESS_MAIN(TestArticleSets)
#include "tst_articlesets.moc"
