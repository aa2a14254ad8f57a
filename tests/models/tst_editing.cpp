// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit as a round trip: do, check, undo, compare with before, redo, compare with after.
#include "editing/corpussession.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testseeds.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** What the tables hold, to compare states before and after. */
struct Snapshot
{
    QList<Tag> tags;
    QList<Annotation> annotations;
    QList<QPair<qint64, qint64>> articleTags;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CorpusDatabase> m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;

    Snapshot snapshot() const
    {
        Snapshot s;
        s.tags = TagStore(*m_db).all();
        s.annotations = AnnotationStore(*m_db).forTags({});
        SqlQuery query(m_db->sql());
        query.exec(QStringLiteral("SELECT article_id, tag_id FROM article_tags ORDER BY 1, 2"));
        while (query.next())
            s.articleTags.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        return s;
    }

    /** Undoes the last command and redoes it, checking both states. */
    void roundTrip(const Snapshot &before)
    {
        const Snapshot after = snapshot();
        QVERIFY(!(after == before));
        m_session->undoStack()->undo();
        QCOMPARE(snapshot(), before);
        m_session->undoStack()->redo();
        QCOMPARE(snapshot(), after);
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

    void addsTagsAndUndoes()
    {
        const Snapshot before = snapshot();
        const qint64 frames = m_session->addTag(QStringLiteral("Frames"));
        QVERIFY2(frames, qPrintable(m_session->errorString()));
        roundTrip(before);
        const qint64 conflict = m_session->addTag(QStringLiteral("Conflict"), frames,
                                                  QStringLiteral("#ff0000"), QStringLiteral("冲突框架"));
        QVERIFY(conflict);
        QCOMPARE(TagStore(*m_db).path(conflict), QStringLiteral("Frames/Conflict"));
        QCOMPARE(TagStore(*m_db).idForPath(QStringLiteral("Frames/Conflict")), conflict);
        QCOMPARE(TagStore(*m_db).tag(conflict)->description, QStringLiteral("冲突框架"));
        // The redone tag keeps its id, so commands above it on the stack still find it.
        m_session->undoStack()->undo();
        m_session->undoStack()->redo();
        QCOMPARE(TagStore(*m_db).idForPath(QStringLiteral("Frames/Conflict")), conflict);
    }

    void anUndoNeverOverwritesATagChangedElsewhere()
    {
        // Two windows on one corpus (two leads on a team corpus are the same case): the first
        // renames a tag, the second renames it again; the first one's undo must not put its old
        // name back over the second's, and says why. Undone where it was made, the second goes back.
        const qint64 tag = m_session->addTag(QStringLiteral("Frames"));
        QVERIFY(m_session->renameTag(tag, QStringLiteral("框架")));
        CorpusDatabase other;
        QVERIFY(other.open(m_db->path()));
        CorpusSession elsewhere(other);
        QVERIFY2(elsewhere.renameTag(tag, QStringLiteral("新闻框架")), qPrintable(elsewhere.errorString()));
        QSignalSpy failures(m_session.get(), &CorpusSession::editFailed);
        m_session->undoStack()->undo();
        QCOMPARE(failures.count(), 1);
        const QString message = failures.at(0).at(0).toString();
        QVERIFY2(
            message.contains(QStringLiteral("“框架” was changed elsewhere meanwhile (it is now “新闻框架”)")),
            qPrintable(message));
        QCOMPARE(TagStore(*m_db).tag(tag)->name, QStringLiteral("新闻框架"));
        elsewhere.undoStack()->undo();
        QCOMPARE(TagStore(*m_db).tag(tag)->name, QStringLiteral("框架"));
    }

    void refusesBadTagEdits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("/");
        QTest::newRow("duplicate") << QStringLiteral("Frames") << QStringLiteral("already");
    }

    void refusesBadTagEdits()
    {
        QFETCH(QString, name);
        QFETCH(QString, reasonPart);
        QVERIFY(m_session->addTag(QStringLiteral("Frames")));
        const int commands = m_session->undoStack()->count();
        QCOMPARE(m_session->addTag(name), 0);
        QVERIFY2(m_session->errorString().contains(reasonPart), qPrintable(m_session->errorString()));
        QCOMPARE(m_session->undoStack()->count(), commands);
    }

    void editsTagsAndUndoes()
    {
        const qint64 a = m_session->addTag(QStringLiteral("A"));
        const qint64 b = m_session->addTag(QStringLiteral("B"));
        Snapshot before = snapshot();
        QVERIFY(m_session->renameTag(a, QStringLiteral("甲")));
        roundTrip(before);
        before = snapshot();
        QVERIFY(m_session->recolorTag(a, QStringLiteral("#123456")));
        roundTrip(before);
        before = snapshot();
        QVERIFY(m_session->describeTag(a, QStringLiteral("说明")));
        roundTrip(before);
        before = snapshot();
        QVERIFY(m_session->moveTag(b, a));
        QCOMPARE(TagStore(*m_db).path(b), QStringLiteral("甲/B"));
        roundTrip(before);
        QVERIFY(!m_session->moveTag(a, b)); // below itself
        QVERIFY(!m_session->renameTag(b, QStringLiteral("x/y")));
    }

    void tagsPassagesAndNotes()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("Mobilisation"));
        Snapshot before = snapshot();
        const qint64 passage =
            m_session->addAnnotation(m_articles.first(), tag, {10, 20}, QStringLiteral("第一个"));
        QVERIFY2(passage, qPrintable(m_session->errorString()));
        const Annotation stored = *AnnotationStore(*m_db).annotation(passage);
        QCOMPARE(stored.coder, QStringLiteral("coder-a"));
        QCOMPARE(stored.created, stored.modified);
        QVERIFY(QDateTime::fromString(stored.created, Qt::ISODate).isValid());
        roundTrip(before);

        before = snapshot();
        QVERIFY(m_session->setAnnotationNote(passage, QStringLiteral("改过的, \"引号\"\n换行")));
        QCOMPARE(AnnotationStore(*m_db).annotation(passage)->note, QStringLiteral("改过的, \"引号\"\n换行"));
        roundTrip(before);

        before = snapshot();
        QVERIFY(m_session->removeAnnotation(passage));
        QVERIFY(!AnnotationStore(*m_db).annotation(passage));
        roundTrip(before);
        m_session->undoStack()->undo(); // the deleted passage comes back whole, note and all
        const std::optional<Annotation> restored = AnnotationStore(*m_db).annotation(passage);
        QVERIFY(restored);
        QCOMPARE(restored->note, QStringLiteral("改过的, \"引号\"\n换行"));
        QCOMPARE(restored->coder, QStringLiteral("coder-a"));
    }

    void refusesPassagesOutsideTheArticle()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("T"));
        QCOMPARE(m_session->addAnnotation(m_articles.first(), tag, {5, 5}), 0);
        QCOMPARE(m_session->addAnnotation(m_articles.first(), tag, {-1, 5}), 0);
        QCOMPARE(m_session->addAnnotation(m_articles.first(), tag, {0, 1000000}), 0);
        QCOMPARE(m_session->addAnnotation(999999, tag, {0, 5}), 0);
        QCOMPARE(m_session->addAnnotation(m_articles.first(), 999999, {0, 5}), 0);
        QVERIFY(AnnotationStore(*m_db).forTags({}).isEmpty());
    }

    void tagsArticles()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("Relevant"));
        const Snapshot before = snapshot();
        QSignalSpy changed(m_session.get(), &CorpusSession::changed);
        QVERIFY(m_session->setArticleTag(m_articles.at(1), tag, true));
        QCOMPARE(changed.size(), 1);
        const auto event = changed.first().first().value<ChangeEvent>();
        QCOMPARE(event.kind, ChangeEvent::Kind::ArticleTags);
        QCOMPARE(event.articleId, m_articles.at(1));
        QCOMPARE(event.tagIds, QList<qint64>{tag});
        roundTrip(before);
        const int commands = m_session->undoStack()->count();
        QVERIFY(m_session->setArticleTag(m_articles.at(1), tag, true)); // already: no new command
        QCOMPARE(m_session->undoStack()->count(), commands);
        QCOMPARE(TagStore(*m_db).counts().value(tag).articles, 1);
    }

    void deletingATagCascadesAndUndoRestoresAll()
    {
        const qint64 parent = m_session->addTag(QStringLiteral("Actors"));
        const qint64 child = m_session->addTag(QStringLiteral("Officials"), parent);
        m_session->addAnnotation(m_articles.at(0), parent, {0, 4});
        m_session->addAnnotation(m_articles.at(1), child, {3, 9}, QStringLiteral("注"));
        m_session->setArticleTag(m_articles.at(2), child, true);
        QCOMPARE(m_session->deletionCost(parent).passages, 2);
        QCOMPARE(m_session->deletionCost(parent).articles, 1);
        const Snapshot before = snapshot();
        QVERIFY(m_session->deleteTag(parent));
        const Snapshot after = snapshot();
        QVERIFY(after.tags.isEmpty() && after.annotations.isEmpty() && after.articleTags.isEmpty());
        roundTrip(before);
    }

    void mergesTagsAndUndoes()
    {
        const qint64 a = m_session->addTag(QStringLiteral("张杰"));
        const qint64 b = m_session->addTag(QStringLiteral("张傑"));
        m_session->addAnnotation(m_articles.at(0), a, {0, 4});
        m_session->addAnnotation(m_articles.at(1), b, {2, 6});
        m_session->setArticleTag(m_articles.at(2), b, true);
        m_session->setArticleTag(m_articles.at(3), a, true);
        m_session->setArticleTag(m_articles.at(3), b, true);
        const Snapshot before = snapshot();
        QVERIFY2(m_session->mergeTags(b, a), qPrintable(m_session->errorString()));
        QVERIFY(!TagStore(*m_db).tag(b));
        QCOMPARE(AnnotationStore(*m_db).forTags({a}).size(), 2);
        QCOMPARE(TagStore(*m_db).counts().value(a).articles, 4);
        roundTrip(before);
        QVERIFY(!m_session->mergeTags(a, a));
    }

    void failedEditsAreReportedAndLeaveNoCommand()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("T"));
        const int commands = m_session->undoStack()->count();
        QSignalSpy failed(m_session.get(), &CorpusSession::editFailed);
        // Another connection holds the write lock past the busy timeout: the edit fails cleanly.
        CorpusDatabase other;
        QVERIFY(other.open(m_db->path()));
        SqlQuery lock(other.sql());
        QVERIFY(lock.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SqlQuery mine(m_db->sql());
        QVERIFY(mine.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QCOMPARE(m_session->addAnnotation(m_articles.first(), tag, {0, 3}), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(m_session->errorString().contains(QLatin1String("Tag passage failed")),
                 qPrintable(m_session->errorString()));
        QCOMPARE(m_session->undoStack()->count(), commands);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(AnnotationStore(*m_db).forTags({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
