// SPDX-License-Identifier: GPL-3.0-or-later
// The memos dock as a researcher uses it: a memo on the open article written with Ctrl+Shift+M
// and typed into, stored after the pause as one undo step, found in the other script, another
// coder's memo shown but not changed, and a project memo beside the article's.
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "itemmodels/memolistmodel.h"
#include "mainwindow.h"
#include "memodock.h"
#include "store/memostore.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestMemoDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MemoDock *dock() const { return m_window->findChild<MemoDock *>(); }
    QStringList shownTexts() const
    {
        QStringList texts;
        for (int row = 0; row < dock()->model()->rowCount(); ++row)
            texts << dock()->model()->memoAt(row).text;
        return texts;
    }
    void chooseScope(const QString &text)
    {
        QComboBox *scope = dock()->scopeBox();
        const int index = scope->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        scope->setCurrentIndex(index);
        Q_EMIT scope->activated(index);
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void init()
    {
        m_window = openWindowOn(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".pizhu")));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->session().setCoder(QStringLiteral("甲"));
    }

    void cleanup() { m_window.reset(); }

    void writesAMemoOnTheOpenArticle()
    {
        const qint64 article = selectArticleTitled(m_window.get(), QStringLiteral("安阳"));
        QVERIFY(article);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock()->isVisible());
        QTRY_VERIFY(dock()->editor()->hasFocus());
        QVERIFY(dock()->editor()->isEnabled() && !dock()->editor()->isReadOnly());
        QTest::keyClicks(dock()->editor(),
                         QStringLiteral("To check: ")); // typed; Chinese comes by input method
        dock()->editor()->insertPlainText(QStringLiteral("党员人数待核"));
        // Stored after the pause, as one step, on this article.
        QTRY_COMPARE(MemoStore(m_window->corpus()).on(MemoTarget::Article, article).size(), 1);
        QTRY_COMPARE(MemoStore(m_window->corpus()).on(MemoTarget::Article, article).first().text,
                     QStringLiteral("To check: 党员人数待核"));
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("To check: 党员人数待核")});
        QCOMPARE(m_window->session().undoStack()->undoText(), QStringLiteral("Edit memo"));
        m_window->session().undoStack()->undo();
        QCOMPARE(dock()->editor()->toPlainText(), QString()); // the editor shows the undone text
        m_window->session().undoStack()->undo();
        QVERIFY(shownTexts().isEmpty());
        m_window->session().undoStack()->redo();
        m_window->session().undoStack()->redo();
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("To check: 党员人数待核")});

        // Another article has none of it; the project and all memos are other scopes.
        QVERIFY(selectArticleTitled(m_window.get(), QStringLiteral("漳州")));
        QVERIFY(shownTexts().isEmpty());
        chooseScope(QStringLiteral("All memos"));
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("To check: 党员人数待核")});
        dock()->searchBox()->setText(QStringLiteral("黨員"));
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("To check: 党员人数待核")});
        dock()->searchBox()->setText(QStringLiteral("体育"));
        QVERIFY(shownTexts().isEmpty());
    }

    void anotherCodersMemoIsReadOnly()
    {
        m_window->session().setCoder(QStringLiteral("乙"));
        QVERIFY(Memos(m_window->session()).add(MemoTarget::Project, 0, QStringLiteral("乙的想法")));
        m_window->session().setCoder(QStringLiteral("甲"));
        // Written while the dock was behind another tab: listed once it is brought forward.
        QVERIFY(dock()->visibleRegion().isEmpty());
        dock()->raise();
        QTRY_VERIFY(!dock()->visibleRegion().isEmpty());
        chooseScope(QStringLiteral("Project"));
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("乙的想法")});
        dock()->view()->setCurrentIndex(dock()->model()->index(0, 0));
        QCOMPARE(dock()->editor()->toPlainText(), QStringLiteral("乙的想法"));
        QVERIFY(dock()->editor()->isReadOnly());
        QVERIFY(!dock()->deleteMemoAction()->isEnabled());
        QCOMPARE(dock()->model()->index(0, MemoListModel::CoderColumn).data().toString(),
                 QStringLiteral("乙"));

        // A new project memo is 甲's own, and can be deleted (undoably).
        dock()->newMemo();
        QCOMPARE(dock()->model()->rowCount(), 2);
        QVERIFY(!dock()->editor()->isReadOnly());
        dock()->editor()->setPlainText(QStringLiteral("甲的想法"));
        dock()->storeEdit();
        QCOMPARE(shownTexts(), (QStringList{QStringLiteral("乙的想法"), QStringLiteral("甲的想法")}));
        QVERIFY(dock()->deleteMemoAction()->isEnabled());
        dock()->deleteMemoAction()->trigger();
        QCOMPARE(shownTexts(), QStringList{QStringLiteral("乙的想法")});
        m_window->session().undoStack()->undo();
        QCOMPARE(shownTexts(), (QStringList{QStringLiteral("乙的想法"), QStringLiteral("甲的想法")}));
    }
};

QTEST_MAIN(TestMemoDock)
#include "tst_memodock.moc"
