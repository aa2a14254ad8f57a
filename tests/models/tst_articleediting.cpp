// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of whole articles: coding status and deletion, each a round trip through undo and redo
// that leaves every table as it was, and the list that shows and filters them.
#include "editing/articlesets.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "entitytotalscheck.h"
#include "ingest/articlewriter.h"
#include "search/articlelistquery.h"
#include "search/searchquery.h"
#include "store/articlesetstore.h"
#include "store/articlestatusstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/entitystore.h"
#include "store/memostore.h"
#include "store/sqlquery.h"
#include "testarticles.h"
#include "testseeds.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/**
 * Every row of every table but the search index's own and the settings (whose highest article id
 * ever stays when a deletion is undone), ordered, to compare whole states.
 */
using Dump = QMap<QString, QList<QVariantList>>;

Dump dump(CorpusDatabase &db)
{
    QStringList tables;
    SqlQuery names(db.sql());
    names.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                       " AND name NOT LIKE 'article_search%' AND name <> 'corpus_settings' ORDER BY name"));
    while (names.next())
        tables << names.text(0);
    names.finish();
    Dump result;
    for (const QString &table : std::as_const(tables)) {
        SqlQuery shape(db.sql());
        shape.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        QStringList everyColumn;
        for (int i = 1; i <= shape.columnCount(); ++i)
            everyColumn << QString::number(i);
        shape.finish();
        SqlQuery rows(db.sql());
        rows.exec(
            QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, everyColumn.join(QLatin1Char(','))));
        QList<QVariantList> all;
        while (rows.next()) {
            QVariantList row;
            for (int i = 0; i < rows.columnCount(); ++i)
                row << rows.value(i);
            all << row;
        }
        result.insert(table, all);
    }
    return result;
}

/** The ids of the articles a search in either script finds. */
QList<qint64> found(CorpusDatabase &db, const QString &text)
{
    ArticleFilter filter;
    filter.ftsExpression = SearchQuery::parse(text).ftsExpression();
    return ArticleListQuery(db, filter).ids();
}

/** The ids of the articles whose title has \a text, in either script. */
QList<qint64> titled(CorpusDatabase &db, const QString &text)
{
    ArticleFilter filter;
    filter.ftsExpression = QStringLiteral("title : (%1)").arg(SearchQuery::parse(text).ftsExpression());
    return ArticleListQuery(db, filter).ids();
}

/** The corpus passes SQLite's and the search index's own checks. */
bool isIntact(CorpusDatabase &db)
{
    SqlQuery query(db.sql());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
           query.text(0) == QLatin1String("ok") && (query.finish(), true) &&
           query.exec(
               QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')"));
}

} // namespace

class TestArticleEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CorpusDatabase> m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;

    CodingStatus statusOf(qint64 id) const
    {
        return ArticleStatusStore(*m_db).statuses({id}).value(id).status;
    }

    QList<ArticleSummary> listed(const QList<CodingStatus> &statuses) const
    {
        ArticleFilter filter;
        filter.statuses = statuses;
        return ArticleListQuery(*m_db, filter).page(100);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(openSeededSession(m_dir, QStringLiteral("coder-a"), &m_db, &m_session, &m_articles));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void marksStatusAndUndoes_data()
    {
        QTest::addColumn<CodingStatus>("status");
        QTest::newRow("coded") << CodingStatus::Coded;
        QTest::newRow("to check") << CodingStatus::ToCheck;
        QTest::newRow("excluded") << CodingStatus::Excluded;
    }

    void marksStatusAndUndoes()
    {
        QFETCH(CodingStatus, status);
        const QList<qint64> two = {m_articles.at(1), m_articles.at(3)};
        QSignalSpy changed(m_session.get(), &CorpusSession::changed);
        QVERIFY2(m_session->setCodingStatus(two, status), qPrintable(m_session->errorString()));
        QCOMPARE(statusOf(two.at(0)), status);
        QCOMPARE(statusOf(two.at(1)), status);
        QCOMPARE(statusOf(m_articles.at(0)), CodingStatus::NotCoded);
        const ArticleStatus stored = ArticleStatusStore(*m_db).statuses({two.at(0)}).value(two.at(0));
        QCOMPARE(stored.coder, QStringLiteral("coder-a"));
        QVERIFY(QDateTime::fromString(stored.changed, Qt::ISODate).isValid());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeEvent>().kind, ChangeEvent::Kind::CodingStatus);

        // The list shows the status, and a filter by it lists exactly those articles.
        QList<qint64> ids;
        for (const ArticleSummary &row : listed({status})) {
            QCOMPARE(row.status, status);
            ids << row.id;
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, two);
        QCOMPARE(listed({CodingStatus::NotCoded}).size(), 3);
        QCOMPARE(listed({CodingStatus::NotCoded, status}).size(), 5);

        m_session->undoStack()->undo();
        QCOMPARE(statusOf(two.at(0)), CodingStatus::NotCoded);
        QCOMPARE(listed({status}).size(), 0);
        m_session->undoStack()->redo();
        QCOMPARE(statusOf(two.at(1)), status);

        // Marking again by someone else changes nothing already so, and records no step.
        m_session->setCoder(QStringLiteral("coder-b"));
        const int steps = m_session->undoStack()->count();
        QVERIFY(m_session->setCodingStatus(two, status));
        QCOMPARE(m_session->undoStack()->count(), steps);
        QCOMPARE(ArticleStatusStore(*m_db).statuses({two.at(0)}).value(two.at(0)).coder,
                 QStringLiteral("coder-a"));
    }

    void undoRestoresEachArticlesOwnStatus()
    {
        QVERIFY(m_session->setCodingStatus({m_articles.at(0)}, CodingStatus::Coded));
        QVERIFY(m_session->setCodingStatus({m_articles.at(1)}, CodingStatus::ToCheck));
        QVERIFY(m_session->setCodingStatus(m_articles, CodingStatus::Excluded));
        QCOMPARE(listed({CodingStatus::Excluded}).size(), 5);
        m_session->undoStack()->undo();
        QCOMPARE(statusOf(m_articles.at(0)), CodingStatus::Coded);
        QCOMPARE(statusOf(m_articles.at(1)), CodingStatus::ToCheck);
        QCOMPARE(statusOf(m_articles.at(2)), CodingStatus::NotCoded);
        QVERIFY(m_session->setCodingStatus({m_articles.at(0)}, CodingStatus::NotCoded));
        QCOMPARE(ArticleStatusStore(*m_db).statuses(m_articles).size(), 1);
    }

    void refusesArticlesThatAreNotThere_data()
    {
        QTest::addColumn<bool>("deleting");
        QTest::newRow("mark") << false;
        QTest::newRow("delete") << true;
    }

    void refusesArticlesThatAreNotThere()
    {
        QFETCH(bool, deleting);
        const Dump before = dump(*m_db);
        const QList<qint64> ids = {m_articles.at(0), 9999};
        QVERIFY(!(deleting ? m_session->deleteArticles(ids)
                           : m_session->setCodingStatus(ids, CodingStatus::Coded)));
        QCOMPARE(m_session->errorString(), QStringLiteral("there is no article 9999"));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(dump(*m_db), before);
    }

    void listShowsPassageCounts()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("Frame"));
        m_session->addAnnotation(m_articles.at(2), tag, {0, 4});
        m_session->addAnnotation(m_articles.at(2), tag, {5, 9});
        m_session->setCoder(QStringLiteral("coder-b"));
        m_session->addAnnotation(m_articles.at(2), tag, {0, 4});
        QHash<qint64, int> passages;
        for (const ArticleSummary &row : listed({}))
            passages.insert(row.id, row.passages);
        QCOMPARE(passages.value(m_articles.at(2)), 3); // by every coder
        QCOMPARE(passages.value(m_articles.at(0)), 0);
        const auto coding = ArticleListQuery(*m_db, {}).codingOf({m_articles.at(2)});
        QCOMPARE(coding.value(m_articles.at(2)).second, 3);
    }

    void deletesArticlesAndUndoRestoresEverything()
    {
        // Coding of every kind on the articles to delete, with entity corrections: a merge (links
        // between entities are put back after the entities) and a rejection (not in the totals).
        const qint64 doomed = m_articles.at(1);
        const qint64 alsoDoomed = m_articles.at(3);
        const qint64 tag = m_session->addTag(QStringLiteral("Frame"));
        QVERIFY(m_session->addAnnotation(doomed, tag, {0, 4}, QStringLiteral("注")));
        QVERIFY(m_session->addAnnotation(m_articles.at(0), tag, {0, 4}));
        QVERIFY(m_session->setArticleTag(alsoDoomed, tag, true));
        QVERIFY(m_session->setCodingStatus({doomed}, CodingStatus::Coded));
        const qint64 sample =
            ArticleSets(*m_session).save(QStringLiteral("样本"), {doomed, m_articles.at(0)});
        QVERIFY(sample);
        QVERIFY(Memos(*m_session).add(MemoTarget::Article, doomed, QStringLiteral("这篇要复核")));
        const QList<StoredEntity> gone = EntityStore(*m_db).forArticle(doomed);
        QVERIFY(gone.size() >= 3);
        QVERIFY2(m_session->mergeEntities(gone.at(1).id, gone.at(0).id),
                 qPrintable(m_session->errorString()));
        QVERIFY(m_session->setEntityStatus(gone.last().id, EntityStatus::Rejected));
        const QString title = ArticleStore(*m_db).article(doomed)->title;
        QVERIFY(found(*m_db, title).contains(doomed));

        const Dump before = dump(*m_db);
        QCOMPARE(before.value(QStringLiteral("articles")).size(), 5);
        QVERIFY(before.value(QStringLiteral("entity_mentions")).size() > 20);
        QVERIFY2(m_session->deleteArticles({alsoDoomed, doomed, doomed}),
                 qPrintable(m_session->errorString()));
        const Dump after = dump(*m_db);
        QCOMPARE(after.value(QStringLiteral("articles")).size(), 3);
        QCOMPARE(ArticleSetStore(*m_db).members(sample), QList<qint64>{m_articles.at(0)});
        QVERIFY(MemoStore(*m_db).all().isEmpty());
        QCOMPARE(ArticleStore(*m_db).count(), 3);
        QVERIFY(!ArticleStore(*m_db).article(doomed));
        QVERIFY(!found(*m_db, title).contains(doomed));
        QCOMPARE(AnnotationStore(*m_db).forTags({}).size(), 1);
        QVERIFY(AnnotationStore(*m_db).articleTags(alsoDoomed).isEmpty());
        QVERIFY(EntityStore(*m_db).forArticle(doomed).isEmpty());
        QVERIFY(isIntact(*m_db));
        QCOMPARE(entityTotalsDifferences(*m_db), 0);

        m_session->undoStack()->undo();
        QCOMPARE(dump(*m_db), before);
        QCOMPARE(ArticleSetStore(*m_db).find(sample)->size, 2); // the set holds the article again
        QVERIFY(found(*m_db, title).contains(doomed));
        QCOMPARE(ArticleStore(*m_db).text(doomed)->title, title);
        QCOMPARE(EntityStore(*m_db).entity(gone.at(1).id)->mergedInto, gone.at(0).id);
        QVERIFY(isIntact(*m_db));
        QCOMPARE(entityTotalsDifferences(*m_db), 0);

        m_session->undoStack()->redo();
        QCOMPARE(dump(*m_db), after);
        QVERIFY(!found(*m_db, title).contains(doomed));
        QVERIFY(isIntact(*m_db));
        m_session->undoStack()->undo();
        QCOMPARE(dump(*m_db), before);
    }

    void editsDetailsAndUndoes_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("stored");
        QTest::newRow("ISO date") << QStringLiteral("2022-03-25") << QStringLiteral("2022-03-25");
        QTest::newRow("date and time")
            << QStringLiteral(" 2022-03-25 16:43 ") << QStringLiteral("2022-03-25T16:43");
        QTest::newRow("Chinese") << QStringLiteral("2022年3月25日") << QStringLiteral("2022-03-25");
        QTest::newRow("as stored") << QStringLiteral("2022-03-25T16:43:49")
                                   << QStringLiteral("2022-03-25T16:43:49");
        QTest::newRow("slashes") << QStringLiteral("2020/02/01 13:07") << QStringLiteral("2020-02-01T13:07");
        QTest::newRow("unknown") << QString() << QString();
    }

    void editsDetailsAndUndoes()
    {
        QFETCH(QString, date);
        QFETCH(QString, stored);
        const qint64 id = m_articles.at(1);
        const QString oldTitle = ArticleStore(*m_db).article(id)->title;
        const Dump before = dump(*m_db);
        ArticleDetails details{
            QStringLiteral("  石家庄鹿泉区抗疫纪实 "),
            date,
            QStringLiteral("长城网"),
            {{QStringLiteral("田桂云"), QStringLiteral("记者")}, {QStringLiteral(" "), {}}}};
        QVERIFY2(m_session->editArticleDetails(id, details), qPrintable(m_session->errorString()));
        const Article edited = *ArticleStore(*m_db).article(id);
        QCOMPARE(edited.title, QStringLiteral("石家庄鹿泉区抗疫纪实"));
        QCOMPARE(edited.published, stored);
        QCOMPARE(edited.outlet, QStringLiteral("长城网"));
        QCOMPARE(edited.bylines, (QList<Byline>{{QStringLiteral("田桂云"), QStringLiteral("记者")}}));
        // The search index has the new title, in either script, and not the old one.
        QVERIFY(titled(*m_db, QStringLiteral("鹿泉區抗疫紀實")).contains(id));
        QVERIFY(!titled(*m_db, oldTitle.left(7)).contains(id));
        QVERIFY(found(*m_db, oldTitle.left(7)).contains(id)); // the body still has the words
        QVERIFY(isIntact(*m_db));
        QCOMPARE(m_session->undoStack()->undoText(),
                 QStringLiteral("Edit details of “石家庄鹿泉区抗疫纪实”"));

        const Dump after = dump(*m_db);
        m_session->undoStack()->undo();
        QCOMPARE(dump(*m_db), before);
        QVERIFY(titled(*m_db, oldTitle.left(7)).contains(id));
        QVERIFY(!titled(*m_db, QStringLiteral("鹿泉區抗疫紀實")).contains(id));
        m_session->undoStack()->redo();
        QCOMPARE(dump(*m_db), after);

        // The same details again are no step at all.
        const int steps = m_session->undoStack()->count();
        QVERIFY(m_session->editArticleDetails(id, edited.details()));
        QCOMPARE(m_session->undoStack()->count(), steps);
    }

    void refusesDetailsThatAreWrong_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << QStringLiteral("  ") << QString()
                                  << QStringLiteral("an article needs a title");
        QTest::newRow("impossible date")
            << QStringLiteral("T") << QStringLiteral("2022-13-40")
            << QStringLiteral(
                   "“2022-13-40” is not a date: write it as 2022-03-25, 2022-03-25 16:43 or 2022年3月25日");
        QTest::newRow("words") << QStringLiteral("T") << QStringLiteral("next Tuesday")
                               << QStringLiteral("“next Tuesday” is not a date: write it as 2022-03-25, "
                                                 "2022-03-25 16:43 or 2022年3月25日");
        QTest::newRow("date and more") << QStringLiteral("T") << QStringLiteral("2022-03-25 morning")
                                       << QStringLiteral("“2022-03-25 morning” is not a date: write it as "
                                                         "2022-03-25, 2022-03-25 16:43 or 2022年3月25日");
    }

    void refusesDetailsThatAreWrong()
    {
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, message);
        const Dump before = dump(*m_db);
        QVERIFY(!m_session->editArticleDetails(m_articles.at(0), {title, date, {}, {}}));
        QCOMPARE(m_session->errorString(), message);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(dump(*m_db), before);
        QVERIFY(!m_session->editArticleDetails(9999, {QStringLiteral("T"), {}, {}, {}}));
        QCOMPARE(m_session->errorString(), QStringLiteral("there is no article 9999"));
    }

    void undoingADeletionAfterAnImportPutsTheArticleBack()
    {
        // The newest article deleted, then another imported (not a step of the window's undo):
        // the import takes a new id, and undo puts the deleted article back under its own.
        const qint64 newest = *std::max_element(m_articles.cbegin(), m_articles.cend());
        const QString title = ArticleStore(*m_db).article(newest)->title;
        QVERIFY(m_session->deleteArticles({newest}));
        Article later = makeArticle(QStringLiteral("后来导入的文章"), {QStringLiteral("后来的正文。")});
        QCOMPARE(ArticleWriter(*m_db).write(later), ArticleStore::InsertResult::Inserted);
        QVERIFY2(later.id > newest, qPrintable(QString::number(later.id)));
        m_session->undoStack()->undo();
        QCOMPARE(ArticleStore(*m_db).article(newest)->title, title);
        QCOMPARE(ArticleStore(*m_db).article(later.id)->title, QStringLiteral("后来导入的文章"));
        QCOMPARE(ArticleStore(*m_db).count(), 6);
        // And the next import still takes an id of its own.
        Article next = makeArticle(QStringLiteral("再后来的文章"), {QStringLiteral("再后来的正文。")});
        QCOMPARE(ArticleWriter(*m_db).write(next), ArticleStore::InsertResult::Inserted);
        QCOMPARE(next.id, later.id + 1);
    }

    void deletionIsOneStepThatFailsWhole()
    {
        // Another connection holds the write lock: nothing is deleted and no step is recorded.
        const Dump before = dump(*m_db);
        CorpusDatabase other;
        QVERIFY(other.open(m_db->path()));
        SqlQuery lock(other.sql());
        QVERIFY(lock.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SqlQuery mine(m_db->sql());
        QVERIFY(mine.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QVERIFY(!m_session->deleteArticles({m_articles.at(0), m_articles.at(1)}));
        QVERIFY2(m_session->errorString().startsWith(QLatin1String("Delete 2 article")) &&
                     m_session->errorString().endsWith(QLatin1String("failed: database is locked")),
                 qPrintable(m_session->errorString()));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(dump(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestArticleEditing)
#include "tst_articleediting.moc"
