// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook tree and the passage list under QAbstractItemModelTester, through real edits.
#include "editing/corpussession.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/tagtreemodel.h"
#include "store/corpusdatabase.h"
#include "testseeds.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCodingModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("models.pizhu"))));
        m_articles = importSeeds(m_db);
        QCOMPARE(m_articles.size(), 5);
        m_session = std::make_unique<CorpusSession>(m_db);
    }

    void tagTreeFollowsEdits()
    {
        TagTreeModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 a = m_session->addTag(QStringLiteral("A"));
        const qint64 b = m_session->addTag(QStringLiteral("B"), a);
        const qint64 c = m_session->addTag(QStringLiteral("C"), b);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.indexOfTag(a)), 1);
        QCOMPARE(model.indexOfTag(c).parent(), model.indexOfTag(b));
        QCOMPARE(model.tags().size(), 3);
        // Rename in place and check for the current article, both as undoable commands.
        QVERIFY(model.setData(model.indexOfTag(b), QStringLiteral("乙")));
        QCOMPARE(model.indexOfTag(b).data().toString(), QStringLiteral("乙"));
        model.setCurrentArticle(m_articles.first());
        QVERIFY(model.flags(model.indexOfTag(a)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(model.indexOfTag(a), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.indexOfTag(a).siblingAtColumn(TagTreeModel::ArticlesColumn).data().toInt(), 1);
        // Dragging C onto the root moves it to the top level.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOfTag(c)}));
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(TagStore(m_db).path(c), QStringLiteral("C"));
        m_session->undoStack()->undo();
        QCOMPARE(TagStore(m_db).path(c), QStringLiteral("A/乙/C"));
        QVERIFY(m_session->deleteTag(a));
        QCOMPARE(model.rowCount(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void passageListFollowsEdits()
    {
        const qint64 tag = m_session->addTag(QStringLiteral("Passages"));
        AnnotationListModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showArticle(m_articles.at(1));
        QCOMPARE(model.rowCount(), 0);
        const qint64 passage = m_session->addAnnotation(m_articles.at(1), tag, {0, 6}, QStringLiteral("注"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AnnotationListModel::NoteColumn).data().toString(), QStringLiteral("注"));
        QCOMPARE(model.index(0, AnnotationListModel::QuoteColumn).data().toString().size(), 6);
        QCOMPARE(model.rowOf(passage), 0);
        m_session->addAnnotation(m_articles.at(2), tag, {3, 8});
        QCOMPARE(model.rowCount(), 1); // another article
        model.showTag(tag);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(1, AnnotationListModel::ArticleColumn).data().toString().isEmpty());
        m_session->removeAnnotation(passage);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCodingModels)
#include "tst_codingmodels.moc"
