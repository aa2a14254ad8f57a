// SPDX-License-Identifier: GPL-3.0-or-later
// Entities in the corpus: extracted on import, corrected with undo, kept by re-extraction, and
// used to filter the article list.
#include "editing/corpussession.h"
#include "entitytotalscheck.h"
#include "ingest/reextractjob.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/entitytreemodel.h"
#include "itemmodels/itemroles.h"
#include "search/articlelistquery.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testseeds.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestEntityStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CorpusDatabase> m_db;
    std::unique_ptr<CorpusSession> m_session;
    qint64 m_article = 0; ///< seed 001, traditional script

    std::optional<StoredEntity> find(const QString &name) const
    {
        for (const StoredEntity &entity : EntityStore(*m_db).forArticle(m_article)) {
            if (entity.name == name)
                return entity;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<CorpusDatabase>();
        QVERIFY(m_db->open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".pizhu"))));
        m_article = importSeeds(*m_db).value(1); // 001, traditional with simplified lines
        QVERIFY(m_article);
        m_session = std::make_unique<CorpusSession>(*m_db);
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void importStoresEntitiesWithOriginalOffsets()
    {
        const std::optional<StoredEntity> zhang = find(QStringLiteral("張傑"));
        QVERIFY(zhang);
        QCOMPARE(zhang->type, EntityType::Person);
        QCOMPARE(zhang->key, QStringLiteral("张杰"));
        QCOMPARE(zhang->status, EntityStatus::Automatic);
        QVERIFY(zhang->role.endsWith(QStringLiteral("黨支部書記"))); // in the article's own script
        const QString body = ArticleStore(*m_db).article(m_article)->body();
        QVERIFY(!zhang->mentions.isEmpty());
        for (const TextSpan &span : zhang->mentions)
            QCOMPARE(body.mid(span.start, span.end - span.start), QStringLiteral("張傑")); // BMP only
        // Bylines count even without a mention in the body.
        QVERIFY(find(QStringLiteral("康會起")));
        QVERIFY(!find(QStringLiteral("康會起"))->role.isNull());
    }

    void correctionsAreUndoableAndSurviveReextraction()
    {
        const qint64 rejected = find(QStringLiteral("王玉海"))->id;
        const qint64 retyped = find(QStringLiteral("高群生"))->id;
        const qint64 target = find(QStringLiteral("張傑"))->id;
        const qint64 merged = find(QStringLiteral("王壯"))->id;
        QVERIFY(m_session->setEntityStatus(rejected, EntityStatus::Rejected));
        QVERIFY(m_session->setEntityType(retyped, EntityType::Organization));
        QVERIFY(m_session->mergeEntities(merged, target));
        const QString body = ArticleStore(*m_db).article(m_article)->body();
        const qsizetype at = body.indexOf(QStringLiteral("獲鹿鎮"));
        QVERIFY(at > 0);
        const qint64 manual =
            m_session->addEntity(m_article, EntityType::Organization, TextSpan{int(at), int(at) + 3});
        QVERIFY2(manual, qPrintable(m_session->errorString()));
        QVERIFY(EntityStore(*m_db).entity(manual)->mentions.size() >= 2); // every 獲鹿鎮

        // Undo all four, then redo them: the stack holds them in order.
        QCOMPARE(m_session->undoStack()->count(), 4);
        m_session->undoStack()->setIndex(0);
        QCOMPARE(find(QStringLiteral("王玉海"))->status, EntityStatus::Automatic);
        QCOMPARE(find(QStringLiteral("高群生"))->type, EntityType::Person);
        QCOMPARE(find(QStringLiteral("王壯"))->mergedInto, 0);
        QVERIFY(!EntityStore(*m_db).entity(manual));
        m_session->undoStack()->setIndex(4);

        // Re-extraction replaces the automatic entities and keeps every correction.
        ReextractJob reextract({m_article});
        JobControl control;
        QVERIFY2(reextract.run(*m_db, control), qPrintable(reextract.errorString()));
        EntityStore store(*m_db);
        QCOMPARE(find(QStringLiteral("王玉海"))->status, EntityStatus::Rejected);
        QCOMPARE(find(QStringLiteral("王玉海"))->id, rejected);
        QCOMPARE(find(QStringLiteral("高群生"))->type, EntityType::Organization);
        QCOMPARE(find(QStringLiteral("王壯"))->mergedInto, target);
        QCOMPARE(find(QStringLiteral("張傑"))->status, EntityStatus::Confirmed);
        QCOMPARE(store.entity(manual)->status, EntityStatus::Manual);
        // Nothing is doubled: one row per name.
        QStringList names;
        for (const StoredEntity &entity : store.forArticle(m_article))
            names << entity.name;
        QCOMPARE(names.size(), QSet<QString>(names.cbegin(), names.cend()).size());
    }

    void panelModelShowsGroupsAndHidesRejected()
    {
        EntityTreeModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex people = model.groupIndex(EntityType::Person);
        const int before = model.rowCount(people);
        QVERIFY(before > 10);
        const qint64 rejected = find(QStringLiteral("王玉海"))->id;
        QVERIFY(model.indexOfEntity(rejected).isValid());
        QVERIFY(m_session->setEntityStatus(rejected, EntityStatus::Rejected)); // the model follows
        QCOMPARE(model.rowCount(people), before - 1);
        QVERIFY(!model.indexOfEntity(rejected).isValid());
        model.setShowRejected(true);
        QCOMPARE(model.rowCount(people), before);
        // A merged entity's mentions count for its target.
        const StoredEntity zhang = *find(QStringLiteral("張傑"));
        const StoredEntity wang = *find(QStringLiteral("王壯"));
        QVERIFY(m_session->mergeEntities(wang.id, zhang.id));
        const QModelIndex target = model.indexOfEntity(zhang.id);
        QCOMPARE(target.siblingAtColumn(EntityTreeModel::MentionsColumn).data().toInt(),
                 int(zhang.mentions.size() + wang.mentions.size()));
        // Figures sort by value.
        const QModelIndex figures = model.groupIndex(EntityType::Figure);
        QVERIFY(model.rowCount(figures) > 5);
        const QModelIndex first = model.index(0, EntityTreeModel::DetailColumn, figures);
        QCOMPARE(first.data(SortRole).typeId(), QMetaType::Double);
    }

    void corpusTableAndArticleFilter()
    {
        EntityTableModel table(*m_db);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setFilter(QStringLiteral("李公乐"));
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.entity(0)->articles, 1);
        QVERIFY(table.entity(0)->mentions >= 3);
        ArticleFilter filter;
        filter.entityType = QStringLiteral("PER");
        filter.entityKey = table.entity(0)->key;
        const QList<ArticleSummary> articles = ArticleListQuery(*m_db, filter).page(10);
        QCOMPARE(articles.size(), 1);
        QVERIFY(articles.front().title.contains(QStringLiteral("安阳")));
        // Counted by article, also when two of its entities share the key (one added by hand).
        SqlQuery query(m_db->sql());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO entities (article_id, type, name, key, status, mention_count)"
                           " SELECT article_id, type, '李公樂', key, 'manual', 1 FROM entities"
                           " WHERE key = ? LIMIT 1"),
            {filter.entityKey}));
        QCOMPARE(ArticleListQuery(*m_db, filter).count(), 1);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM entities WHERE name = '李公樂'")));
        QCOMPARE(query.numRowsAffected(), 1);
        // Across scripts: the traditional 張傑 is found by its simplified key.
        filter.entityKey = QStringLiteral("张杰");
        QCOMPARE(ArticleListQuery(*m_db, filter).count(), 1);
        // A rejected entity no longer selects its article.
        QVERIFY(m_session->setEntityStatus(find(QStringLiteral("張傑"))->id, EntityStatus::Rejected));
        QCOMPARE(ArticleListQuery(*m_db, filter).count(), 0);
    }

    void corpusTableNarrowsAsTheFilterGrows()
    {
        EntityTableModel table(*m_db);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setFilter(QStringLiteral("張"));
        const int wide = table.rowCount();
        QVERIFY(wide >= 1);
        // Narrowed in memory: the group keyed 张杰 is kept by its traditional spelling.
        table.setFilter(QStringLiteral("張傑"));
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.entity(0)->key, QStringLiteral("张杰"));
        table.setFilter(QStringLiteral("張傑X"));
        QCOMPARE(table.rowCount(), 0);
        // Widening asks the corpus again.
        table.setFilter(QStringLiteral("張"));
        QCOMPARE(table.rowCount(), wide);
        table.setFilter(QString());
        QVERIFY(table.rowCount() > wide);
    }

    void runningTotalsFollowEveryChange()
    {
        // entity_totals, kept by triggers, must equal counting the rows afresh after each kind of
        // change: corrections, undo, an added entity, re-extraction and a deleted article.
        const auto differences = [this] {
            return entityTotalsDifferences(*m_db);
        };
        QCOMPARE(differences(), 0);
        const StoredEntity zhang = *find(QStringLiteral("張傑"));
        QVERIFY(m_session->setEntityStatus(zhang.id, EntityStatus::Rejected));
        QCOMPARE(differences(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(differences(), 0);
        QVERIFY(m_session->setEntityType(zhang.id, EntityType::Organization));
        QCOMPARE(differences(), 0);
        const StoredEntity wang = *find(QStringLiteral("王壯"));
        QVERIFY(m_session->mergeEntities(wang.id, find(QStringLiteral("康會起"))->id));
        QCOMPARE(differences(), 0);
        QVERIFY(m_session->addEntity(m_article, EntityType::Organization, {0, 3}));
        QCOMPARE(differences(), 0);
        JobControl control;
        ReextractJob job;
        QVERIFY(job.run(*m_db, control));
        QCOMPARE(differences(), 0);
        SqlQuery remove(m_db->sql());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {m_article}));
        QCOMPARE(differences(), 0);
        QVERIFY(remove.exec(QStringLiteral(
                    "SELECT count(*) FROM entity_totals WHERE articles <= 0 OR mentions < 0")) &&
                remove.next());
        QCOMPARE(remove.integer(0), 0);
    }

    void refusesBadCorrections()
    {
        const qint64 zhang = find(QStringLiteral("張傑"))->id;
        QVERIFY(!m_session->mergeEntities(zhang, zhang));
        QVERIFY(m_session->errorString().contains(QStringLiteral("張傑")));
        QVERIFY(!m_session->setEntityStatus(999999, EntityStatus::Rejected));
        QVERIFY(m_session->errorString().contains(QLatin1String("999999")));
        QVERIFY(!m_session->addEntity(m_article, EntityType::Person, TextSpan{0, 0}));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
