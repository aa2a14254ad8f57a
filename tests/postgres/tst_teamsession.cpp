// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a team corpus on a real PostgreSQL server, as three windows of three logins would: the
// lead and two coders each have a session of their own. What one commits reaches the others
// within two seconds by the server's notices; each coder codes under their login; undo and redo
// work on the server; what the login may not change is refused with the reason before the server
// is asked; and a passage deleted elsewhere is reported, never silently "undone".
#include "editing/corpussession.h"
#include "entitytotalscheck.h"
#include "exchange/codingmerge.h"
#include "ingest/articlewriter.h"
#include "ingest/reextractjob.h"
#include "models/testarticles.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/entitystore.h"
#include "store/readonlyquery.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "store/teamaddress.h"
#include "testseeds.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** One login's open corpus and editing session, as one window holds them. */
struct Seat
{
    CorpusDatabase db;
    std::unique_ptr<CorpusSession> session;
    std::unique_ptr<QSignalSpy> changes;

    bool open(const QString &address)
    {
        QString error;
        const std::optional<TeamAddress> parsed = TeamAddress::parse(address, &error);
        if (!parsed || !db.openTeam(*parsed)) {
            qWarning() << error << db.errorString();
            return false;
        }
        session = std::make_unique<CorpusSession>(db);
        changes = std::make_unique<QSignalSpy>(session.get(), &CorpusSession::changed);
        return true;
    }
    /** How many times the session told of changes made elsewhere. */
    int changesElsewhere() const
    {
        int count = 0;
        for (const QList<QVariant> &signal : *changes)
            count += signal.at(0).value<ChangeEvent>().kind == ChangeEvent::Kind::Everything;
        return count;
    }
};

} // namespace

class TestTeamSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    const QString m_team = QStringLiteral("team_session");
    Seat m_lead;
    Seat m_ann;
    Seat m_bob;
    qint64 m_tag = 0;

    QString asLogin(const QString &login) const { return m_server.address(m_team, login); }
    /** Coding from elsewhere: one passage of \a coder with \a tagPath on the corpus's first article. */
    CodingPackage packageOf(const QString &coder, const QString &tagPath)
    {
        CodingPackage package;
        package.articles << CodingPackage::PackageArticle{*ArticleStore(m_lead.db).article(1), false};
        package.passages << CodingPackage::PackagePassage{0, tagPath, {10, 14}, {}, coder, {}, {}};
        return package;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(m_server.makeSampleTeamCorpus(m_team, QStringLiteral("ts_lead"),
                                              {QStringLiteral("ts_ann"), QStringLiteral("ts_bob")},
                                              m_dir.path()));
        QVERIFY(m_lead.open(asLogin(QStringLiteral("ts_lead"))));
        QVERIFY(m_ann.open(asLogin(QStringLiteral("ts_ann"))));
        QVERIFY(m_bob.open(asLogin(QStringLiteral("ts_bob"))));
    }

    void eachCodesUnderTheirLogin()
    {
        QVERIFY(m_ann.session->isCoderFixed());
        QCOMPARE(m_ann.session->coder(), QStringLiteral("ts_ann"));
        m_ann.session->setCoder(QStringLiteral("somebody else"));
        QCOMPARE(m_ann.session->coder(), QStringLiteral("ts_ann"));
        QVERIFY(m_lead.db.leadsTeam());
        QVERIFY(!m_ann.db.leadsTeam());
    }

    void othersSeeTheLeadsNewTag()
    {
        m_tag = m_lead.session->addTag(QStringLiteral("框架"));
        QVERIFY2(m_tag > 0, qPrintable(m_lead.session->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_ann.changesElsewhere() > 0 && m_bob.changesElsewhere() > 0, 2000);
        QVERIFY(TagStore(m_ann.db).tag(m_tag).has_value());
        // The lead's own window knew at once; the server's notice of it is not told again.
        QCOMPARE(m_lead.changesElsewhere(), 0);
    }

    void aCodersPassageReachesTheOthersAndUndoes()
    {
        m_bob.changes->clear();
        const qint64 id = m_ann.session->addAnnotation(1, m_tag, {0, 4}, QStringLiteral("开头"));
        QVERIFY2(id > 0, qPrintable(m_ann.session->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.changesElsewhere() > 0, 2000);
        const std::optional<Annotation> seen = AnnotationStore(m_bob.db).annotation(id);
        QVERIFY(seen.has_value());
        QCOMPARE(seen->coder, QStringLiteral("ts_ann"));
        QCOMPARE(seen->note, QStringLiteral("开头"));

        m_ann.session->undoStack()->undo();
        QVERIFY(!AnnotationStore(m_bob.db).annotation(id).has_value());
        m_ann.session->undoStack()->redo();
        QVERIFY(AnnotationStore(m_bob.db).annotation(id).has_value()); // the same passage, its id kept
    }

    void refusesWhatTheLoginMayNotChange_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("reason");
        const QString codebook = QStringLiteral("only the lead changes the codebook; you code as ts_bob");
        const QString articles = QStringLiteral("only the lead changes the articles; you code as ts_bob");
        const QString passage = QStringLiteral("this is ts_ann's coding");
        QTest::newRow("add a tag") << "addTag" << codebook;
        QTest::newRow("rename a tag") << "renameTag" << codebook;
        QTest::newRow("recolour a tag") << "recolorTag" << codebook;
        QTest::newRow("delete a tag") << "deleteTag" << codebook;
        QTest::newRow("delete an article") << "deleteArticles" << articles;
        QTest::newRow("edit an article's details") << "editArticleDetails" << articles;
        QTest::newRow("delete another's passage") << "removeAnnotation" << passage;
        QTest::newRow("note on another's passage") << "setAnnotationNote" << passage;
        QTest::newRow("merge another's coding") << "mergeOthersCoding" << passage;
        QTest::newRow("merge a tag the codebook lacks") << "mergeNewTag" << codebook;
    }

    void refusesWhatTheLoginMayNotChange()
    {
        QFETCH(QString, edit);
        QFETCH(QString, reason);
        CorpusSession &bob = *m_bob.session;
        const QList<Annotation> anns = AnnotationStore(m_bob.db).forArticle(1);
        QVERIFY(!anns.isEmpty());
        const qint64 passage = anns.constFirst().id;
        const int undoable = bob.undoStack()->count();
        bool done = true;
        if (edit == QLatin1String("addTag"))
            done = bob.addTag(QStringLiteral("立场")) != 0;
        else if (edit == QLatin1String("renameTag"))
            done = bob.renameTag(m_tag, QStringLiteral("框架二"));
        else if (edit == QLatin1String("recolorTag"))
            done = bob.recolorTag(m_tag, QStringLiteral("#112233"));
        else if (edit == QLatin1String("deleteTag"))
            done = bob.deleteTag(m_tag);
        else if (edit == QLatin1String("deleteArticles"))
            done = bob.deleteArticles({2});
        else if (edit == QLatin1String("editArticleDetails"))
            done = bob.editArticleDetails(2, {QStringLiteral("新标题"), {}, {}, {}});
        else if (edit == QLatin1String("removeAnnotation"))
            done = bob.removeAnnotation(passage);
        else if (edit == QLatin1String("setAnnotationNote"))
            done = bob.setAnnotationNote(passage, QStringLiteral("改"));
        else if (edit == QLatin1String("mergeOthersCoding"))
            done = bob.mergeCoding(packageOf(QStringLiteral("ts_ann"), QStringLiteral("框架")),
                                   QStringLiteral("a.pizhu"));
        else if (edit == QLatin1String("mergeNewTag"))
            done = bob.mergeCoding(packageOf(QStringLiteral("ts_bob"), QStringLiteral("立场")),
                                   QStringLiteral("b.qdpx"));
        QVERIFY(!done);
        QVERIFY2(bob.errorString().contains(reason), qPrintable(bob.errorString()));
        QCOMPARE(bob.undoStack()->count(), undoable);
        // Nothing changed on the server.
        QCOMPARE(TagStore(m_lead.db).tag(m_tag)->name, QStringLiteral("框架"));
        QCOMPARE(AnnotationStore(m_lead.db).annotation(passage)->note, QStringLiteral("开头"));
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM articles"), m_dir.path()),
                 QStringLiteral("5"));
        QCOMPARE(m_server.adminValue(m_team,
                                     QStringLiteral("SELECT count(*) FROM annotations WHERE start = 10"),
                                     m_dir.path()),
                 QStringLiteral("0"));
    }

    void aCodersMergeLeavesOutASourceTheCorpusLacks()
    {
        // A REFI-QDA project of the coder's: a passage on an article of the corpus, and one on a
        // source the corpus has not, which only the lead could add.
        CodingPackage package = packageOf(QStringLiteral("ts_bob"), QStringLiteral("框架"));
        package.articles << CodingPackage::PackageArticle{
            makeArticle(QStringLiteral("项目里才有的文章"), {QStringLiteral("这篇文章只在项目里。")}), true};
        package.passages << CodingPackage::PackagePassage{
            1, QStringLiteral("框架"), {0, 2}, {}, QStringLiteral("ts_bob"), {}, {}};
        MergeResult result;
        QVERIFY2(m_bob.session->mergeCoding(package, QStringLiteral("project.qdpx"), &result),
                 qPrintable(m_bob.session->errorString()));
        QCOMPARE(result.passagesAdded, 1);
        QCOMPARE(result.articlesCreated, 0);
        QCOMPARE(result.notMapped.size(), 1);
        QVERIFY2(
            result.notMapped.constFirst().contains(QStringLiteral("项目里才有的文章")) &&
                result.notMapped.constFirst().contains(QStringLiteral("only the lead changes the articles")),
            qPrintable(result.notMapped.constFirst()));
        const QString bobs =
            QStringLiteral("SELECT count(*) FROM annotations WHERE coder = 'ts_bob' AND start = 10");
        QCOMPARE(m_server.adminValue(m_team, bobs, m_dir.path()), QStringLiteral("1"));
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM articles"), m_dir.path()),
                 QStringLiteral("5"));
        m_bob.session->undoStack()->undo();
        QCOMPARE(m_server.adminValue(m_team, bobs, m_dir.path()), QStringLiteral("0"));
    }

    void theConsoleOnlyReads_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error"); // empty: runs
        QTest::newRow("a count") << "SELECT count(*) FROM articles"
                                 << "";
        QTest::newRow("delete") << "DELETE FROM articles"
                                << "Only reading is allowed here";
        QTest::newRow("a write inside WITH")
            << "WITH gone AS (DELETE FROM tags RETURNING id) SELECT * FROM gone"
            << "read-only transaction";
        QTest::newRow("a second statement") << "SELECT 1; DELETE FROM articles"
                                            << "read-only transaction";
        QTest::newRow("a function that writes") << "SELECT nextval(pg_get_serial_sequence('tags', 'id'))"
                                                << "read-only transaction";
    }

    void theConsoleOnlyReads()
    {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        // The lead may change anything; the console still may not.
        ReadOnlyQuery console;
        QVERIFY2(console.open(m_lead.db.location()), qPrintable(console.errorString()));
        const QueryResult result = console.run(sql, 100);
        if (error.isEmpty()) {
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.rows.size(), 1);
            QCOMPARE(result.rows.first().first().toInt(), 5);
        } else {
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
        }
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM articles"), m_dir.path()),
                 QStringLiteral("5"));
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT count(*) FROM tags"), m_dir.path()),
                 QStringLiteral("1"));
    }

    void aPassageDeletedElsewhereIsReported()
    {
        const qint64 id = m_ann.session->addAnnotation(1, m_tag, {4, 8});
        QVERIFY2(id > 0, qPrintable(m_ann.session->errorString()));
        // The lead may delete any coder's passage; Ann's window learns it, and her undo of the
        // passage she made says so instead of pretending to remove it.
        m_ann.changes->clear();
        QVERIFY2(m_lead.session->removeAnnotation(id), qPrintable(m_lead.session->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_ann.changesElsewhere() > 0, 2000);
        QSignalSpy failed(m_ann.session.get(), &CorpusSession::editFailed);
        m_ann.session->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(
                     QStringLiteral("the passage %1 is no longer in the corpus").arg(id)),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!m_ann.session->setAnnotationNote(id, QStringLiteral("迟到的注释")));
        QVERIFY2(m_ann.session->errorString().contains(QStringLiteral("there is no passage %1").arg(id)),
                 qPrintable(m_ann.session->errorString()));
    }

    void entityTotalsFollowEveryChange()
    {
        // The server counts inserted entities at commit (TeamSchema's staged totals): after each
        // kind of change, from a coder's corrections to a transaction that adds and deletes,
        // entity_totals must equal counting the rows afresh, as on a file.
        const auto differences = [this] {
            return entityTotalsDifferences(m_lead.db);
        };
        QCOMPARE(differences(), 0);
        const QList<StoredEntity> entities = EntityStore(m_ann.db).forArticle(1);
        QVERIFY(entities.size() >= 3);
        CorpusSession &ann = *m_ann.session;
        QVERIFY2(ann.setEntityStatus(entities.at(0).id, EntityStatus::Rejected),
                 qPrintable(ann.errorString()));
        QCOMPARE(differences(), 0);
        ann.undoStack()->undo();
        QCOMPARE(differences(), 0);
        QVERIFY(ann.setEntityType(entities.at(1).id, EntityType::Organization));
        QCOMPARE(differences(), 0);
        QVERIFY(ann.mergeEntities(entities.at(2).id, entities.at(0).id));
        QCOMPARE(differences(), 0);
        QVERIFY(ann.addEntity(1, EntityType::Person, {0, 2}) > 0);
        QCOMPARE(differences(), 0);
        SqlConnection &sql = m_lead.db.sql();
        QVERIFY(sql.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            sql.exec(QStringLiteral("INSERT INTO entities (article_id, type, name, key, mention_count)"
                                    " VALUES (1, 'PER', '甲乙', '甲乙', 2), (2, 'PER', '甲乙', '甲乙', 1)")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM entities WHERE key = '甲乙' AND article_id = 2")));
        QVERIFY(sql.exec(QStringLiteral("COMMIT")));
        QCOMPARE(differences(), 0);
        JobControl control;
        ReextractJob job;
        QVERIFY(job.run(m_lead.db, control));
        QCOMPARE(differences(), 0);
        SqlQuery staged(sql);
        QVERIFY(staged.exec(QStringLiteral("SELECT (SELECT count(*) FROM entity_totals_staged)"
                                           " + (SELECT count(*) FROM entity_totals_pending)")) &&
                staged.next());
        QCOMPARE(staged.integer(0), 0);
    }

    void aWriteOutsideATransactionIsATransactionOfItsOwn()
    {
        // PostgreSQL refuses a savepoint outside a transaction, where SQLite makes it one: a write
        // made on its own (a script's, a benchmark's) commits there too, and one the server
        // refuses leaves nothing behind and no transaction open.
        SqlConnection &sql = m_lead.db.sql();
        QVERIFY(!sql.inTransaction());
        Article article =
            makeArticle(QStringLiteral("独自写入的文章"), {QStringLiteral("这篇文章不在任何事务里写入。")});
        ArticleWriter writer(m_lead.db);
        QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
        QVERIFY(!sql.inTransaction());
        QVERIFY(ArticleStore(m_ann.db).article(article.id).has_value()); // committed: others see it

        Article refused =
            makeArticle(QStringLiteral("编码员写的文章"), {QStringLiteral("编码员不能添加文章。")});
        ArticleWriter coderWriter(m_ann.db);
        QCOMPARE(coderWriter.write(refused), ArticleStore::InsertResult::Failed);
        QCOMPARE(coderWriter.error().kind, SqlError::Kind::ReadOnly);
        QVERIFY(!m_ann.db.sql().inTransaction());
        SqlQuery titled(sql);
        QVERIFY(
            titled.exec(QStringLiteral("SELECT count(*) FROM articles WHERE title = ?"), {refused.title}) &&
            titled.next());
        QCOMPARE(titled.integer(0), 0);

        // The lead deletes it in the window and undoes that; then it goes for good on its own.
        QVERIFY2(m_lead.session->deleteArticles({article.id}), qPrintable(m_lead.session->errorString()));
        QVERIFY(!ArticleStore(m_ann.db).article(article.id).has_value());
        m_lead.session->undoStack()->undo();
        QCOMPARE(ArticleStore(m_ann.db).article(article.id)->title, article.title);
        QVERIFY2(writer.remove(article.id), qPrintable(writer.errorString()));
        QVERIFY(!sql.inTransaction());
        QVERIFY(!ArticleStore(m_ann.db).article(article.id).has_value());
    }

    void anUndoNeverOverwritesATagChangedElsewhere()
    {
        // Two windows with a lead's rights (a second lead, or the same lead twice): the first's
        // undo of a rename must not overwrite the second's later rename on the server.
        Seat second;
        QVERIFY(second.open(asLogin(QStringLiteral("ts_lead"))));
        QVERIFY2(m_lead.session->renameTag(m_tag, QStringLiteral("新闻框架")),
                 qPrintable(m_lead.session->errorString()));
        QVERIFY2(second.session->renameTag(m_tag, QStringLiteral("报道框架")),
                 qPrintable(second.session->errorString()));
        QSignalSpy failures(m_lead.session.get(), &CorpusSession::editFailed);
        m_lead.session->undoStack()->undo();
        QCOMPARE(failures.count(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("it is now “报道框架”")),
                 qPrintable(failures.at(0).at(0).toString()));
        QCOMPARE(TagStore(m_ann.db).tag(m_tag)->name, QStringLiteral("报道框架"));
        second.session->undoStack()->undo();
        QCOMPARE(TagStore(m_ann.db).tag(m_tag)->name, QStringLiteral("新闻框架"));
    }
};

QTEST_GUILESS_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
