// SPDX-License-Identifier: GPL-3.0-or-later
// Memos on the project, articles and tags: written, edited and deleted as undoable steps, found
// in either script, kept through the deletion (and undo) of what they are about.
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "itemmodels/memolistmodel.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/memostore.h"
#include "store/tagstore.h"
#include "testseeds.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestMemos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CorpusDatabase> m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;

    QStringList texts(MemoTarget target, qint64 targetId) const
    {
        QStringList result;
        for (const Memo &memo : MemoStore(*m_db).on(target, targetId))
            result << memo.text;
        return result;
    }

private Q_SLOTS:
    void init() { QVERIFY(openSeededSession(m_dir, QStringLiteral("甲"), &m_db, &m_session, &m_articles)); }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void writesMemosOnEachTargetAndUndoes()
    {
        Memos memos(*m_session);
        const qint64 tag = m_session->addTag(QStringLiteral("框架"));
        const qint64 project = memos.add(MemoTarget::Project, 0, QStringLiteral("抽样：2020年党媒"));
        const qint64 article = memos.add(MemoTarget::Article, m_articles.at(1), QStringLiteral("标题夸张"));
        const qint64 onTag = memos.add(MemoTarget::Tag, tag, QStringLiteral("与冲突框架易混"));
        QVERIFY2(project && article && onTag, qPrintable(memos.errorString()));
        QCOMPARE(texts(MemoTarget::Project, 0), QStringList{QStringLiteral("抽样：2020年党媒")});
        QCOMPARE(texts(MemoTarget::Article, m_articles.at(1)), QStringList{QStringLiteral("标题夸张")});
        QCOMPARE(texts(MemoTarget::Tag, tag), QStringList{QStringLiteral("与冲突框架易混")});
        QVERIFY(texts(MemoTarget::Article, m_articles.at(0)).isEmpty());
        const Memo stored = *MemoStore(*m_db).memo(article);
        QCOMPARE(stored.coder, QStringLiteral("甲"));
        QVERIFY(!stored.created.isEmpty());
        QCOMPARE(stored.modified, stored.created);

        m_session->undoStack()->undo();
        QVERIFY(!MemoStore(*m_db).memo(onTag));
        m_session->undoStack()->redo();
        QCOMPARE(MemoStore(*m_db).memo(onTag)->text, QStringLiteral("与冲突框架易混")); // the same id again

        QVERIFY(memos.remove(article));
        QVERIFY(texts(MemoTarget::Article, m_articles.at(1)).isEmpty());
        m_session->undoStack()->undo();
        QCOMPARE(*MemoStore(*m_db).memo(article), stored);
    }

    void editsInARowAreOneStep()
    {
        Memos memos(*m_session);
        const qint64 id = memos.add(MemoTarget::Project, 0, QString());
        const int steps = m_session->undoStack()->count();
        QVERIFY(memos.setText(id, QStringLiteral("第一")));
        QVERIFY(memos.setText(id, QStringLiteral("第一句")));
        QVERIFY(memos.setText(id, QStringLiteral("第一句话。")));
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit memo"));
        m_session->undoStack()->undo();
        QCOMPARE(MemoStore(*m_db).memo(id)->text, QString());
        m_session->undoStack()->redo();
        QCOMPARE(MemoStore(*m_db).memo(id)->text, QStringLiteral("第一句话。"));
        // Another memo's edit is a step of its own.
        const qint64 other = memos.add(MemoTarget::Project, 0, QString());
        QVERIFY(memos.setText(other, QStringLiteral("另一")));
        QVERIFY(memos.setText(id, QStringLiteral("改了")));
        QCOMPARE(m_session->undoStack()->count(), steps + 4);
    }

    void refusesWhatIsNotThere_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<qint64>("targetId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("article") << int(MemoTarget::Article) << qint64(9999)
                                 << QStringLiteral("there is no article 9999");
        QTest::newRow("tag") << int(MemoTarget::Tag) << qint64(777) << QStringLiteral("there is no tag 777");
    }

    void refusesWhatIsNotThere()
    {
        QFETCH(int, target);
        QFETCH(qint64, targetId);
        QFETCH(QString, reason);
        Memos memos(*m_session);
        QCOMPARE(memos.add(MemoTarget(target), targetId, QStringLiteral("备忘")), 0);
        QCOMPARE(memos.errorString(), reason);
        QVERIFY(MemoStore(*m_db).all().isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(!memos.setText(4242, QStringLiteral("x")));
        QCOMPARE(memos.errorString(), QStringLiteral("there is no memo 4242"));
        QVERIFY(!memos.remove(4242));
    }

    void findsMemosInEitherScript_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("simplified finds traditional")
            << QStringLiteral("党员") << QStringList{QStringLiteral("黨員人數待核")};
        QTest::newRow("traditional finds simplified")
            << QStringLiteral("報導") << QStringList{QStringLiteral("报导角度偏向官方")};
        QTest::newRow("Latin letters, any case")
            << QStringLiteral("xinhua") << QStringList{QStringLiteral("引自 Xinhua 通稿")};
        QTest::newRow("nothing") << QStringLiteral("体育") << QStringList();
        QTest::newRow("empty finds all")
            << QStringLiteral("  ")
            << QStringList{QStringLiteral("黨員人數待核"), QStringLiteral("报导角度偏向官方"),
                           QStringLiteral("引自 Xinhua 通稿")};
    }

    void findsMemosInEitherScript()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        Memos memos(*m_session);
        for (const QString &text : {QStringLiteral("黨員人數待核"), QStringLiteral("报导角度偏向官方"),
                                    QStringLiteral("引自 Xinhua 通稿")})
            QVERIFY(memos.add(MemoTarget::Project, 0, text));
        MemoListModel model(*m_session);
        model.setLive(true);
        model.showAll();
        model.setFilterText(query);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, MemoListModel::TextColumn).data().toString();
        QCOMPARE(shown, found);
    }

    void memosGoWithTheirTagAndComeBack()
    {
        Memos memos(*m_session);
        const qint64 parent = m_session->addTag(QStringLiteral("框架"));
        const qint64 child = m_session->addTag(QStringLiteral("冲突"), parent);
        const qint64 other = m_session->addTag(QStringLiteral("责任"));
        QVERIFY(memos.add(MemoTarget::Tag, child, QStringLiteral("子标签的备忘")));
        QVERIFY(memos.add(MemoTarget::Tag, other, QStringLiteral("另一标签的备忘")));
        const QList<Memo> before = MemoStore(*m_db).all();

        QVERIFY(m_session->deleteTag(parent));
        QCOMPARE(MemoStore(*m_db).all().size(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(MemoStore(*m_db).all(), before);

        // A merge moves the memos to the tag merged into; undo moves them back.
        QVERIFY(m_session->mergeTags(other, child));
        QCOMPARE(texts(MemoTarget::Tag, child),
                 (QStringList{QStringLiteral("子标签的备忘"), QStringLiteral("另一标签的备忘")}));
        m_session->undoStack()->undo();
        QCOMPARE(MemoStore(*m_db).all(), before);
    }

    void theListNamesWhatEachMemoIsAbout()
    {
        Memos memos(*m_session);
        const qint64 tag = m_session->addTag(QStringLiteral("框架"));
        QVERIFY(memos.add(MemoTarget::Project, 0, QStringLiteral("项目\n第二行")));
        QVERIFY(memos.add(MemoTarget::Tag, tag, QStringLiteral("标签")));
        QVERIFY(memos.add(MemoTarget::Article, m_articles.at(2), QStringLiteral("文章")));
        MemoListModel model(*m_session);
        model.setLive(true);
        model.showAll();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, MemoListModel::AboutColumn).data().toString(), QStringLiteral("Project"));
        QCOMPARE(model.index(0, MemoListModel::TextColumn).data().toString(), QStringLiteral("项目"));
        QCOMPARE(model.index(0, MemoListModel::CoderColumn).data().toString(), QStringLiteral("甲"));
        QCOMPARE(model.index(1, MemoListModel::AboutColumn).data().toString(), QStringLiteral("Tag: 框架"));
        QCOMPARE(model.index(2, MemoListModel::AboutColumn).data().toString(),
                 QStringLiteral("Article: ") + ArticleStore(*m_db).article(m_articles.at(2))->title);
        // It follows renames and undo.
        QVERIFY(m_session->renameTag(tag, QStringLiteral("新框架")));
        QCOMPARE(model.index(1, MemoListModel::AboutColumn).data().toString(), QStringLiteral("Tag: 新框架"));
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        model.showTarget(MemoTarget::Article, m_articles.at(2));
        QCOMPARE(model.rowCount(), 0);
        model.showTarget(MemoTarget::Article, 0); // no article open
        QCOMPARE(model.rowCount(), 0);

        // Hidden, it reads nothing; shown again, it lists what changed meanwhile.
        model.showAll();
        model.setLive(false);
        QVERIFY(memos.add(MemoTarget::Project, 0, QStringLiteral("隐藏时写的")));
        QCOMPARE(model.rowCount(), 2);
        model.setLive(true);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMemos)
#include "tst_memos.moc"
