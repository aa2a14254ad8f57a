// SPDX-License-Identifier: GPL-3.0-or-later
// Marking and deleting whole articles from the list, as a researcher does it: keys, the context
// menu and the status filter, with the list and the reader following, and undo bringing all back.
#include "articleactions.h"
#include "articledetailsdialog.h"
#include "articlelistpane.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "editing/memos.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/tagstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestArticleActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ArticleListPane *pane() const { return m_window->findChild<ArticleListPane *>(); }
    QTreeView *list() const { return pane()->view(); }
    ArticleListModel *model() const { return pane()->model(); }

    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    /** Selects the rows \a rows of the list, and only them, the first of them current. */
    void selectRows(const QList<int> &rows)
    {
        list()->setCurrentIndex(model()->index(rows.first(), 0));
        list()->selectionModel()->clearSelection();
        for (const int row : rows)
            list()->selectionModel()->select(model()->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    /** Delete, with the focus in the list (where the key deletes articles), answered with \a button. */
    void pressDelete(QMessageBox::StandardButton button, QString *question)
    {
        m_window
            ->activateWindow(); // shortcuts reach the active window only, which a closed dialog leaves none
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list()->setFocus();
        answerMessageBox(button, question);
        QTest::keyClick(list(), Qt::Key_Delete);
    }

    void chooseStatusFilter(const QString &text)
    {
        QComboBox *filter = pane()->statusFilter();
        const int index = filter->findText(text);
        QVERIFY(index >= 0);
        filter->setCurrentIndex(index);
        Q_EMIT filter->activated(index);
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void init()
    {
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("%1-%2.pizhu")
                                                   .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                        QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(model()->totalCount(), 5);
    }

    void cleanup() { m_window.reset(); }

    void keysMarkTheSelectedArticles_data()
    {
        QTest::addColumn<QKeyCombination>("key");
        QTest::addColumn<QString>("shown");
        QTest::newRow("coded") << QKeyCombination(Qt::CTRL | Qt::ALT, Qt::Key_C) << QStringLiteral("Coded");
        QTest::newRow("to check") << QKeyCombination(Qt::CTRL | Qt::ALT, Qt::Key_K)
                                  << QStringLiteral("To check");
        QTest::newRow("excluded") << QKeyCombination(Qt::CTRL | Qt::ALT, Qt::Key_X)
                                  << QStringLiteral("Excluded");
    }

    void keysMarkTheSelectedArticles()
    {
        QFETCH(QKeyCombination, key);
        QFETCH(QString, shown);
        selectRows({1, 3});
        list()->setFocus();
        QTest::keyClick(list(), key.key(), key.keyboardModifiers());
        QCOMPARE(cell(1, ArticleListModel::StatusColumn), shown);
        QCOMPARE(cell(3, ArticleListModel::StatusColumn), shown);
        QCOMPARE(cell(0, ArticleListModel::StatusColumn), QString());
        QCOMPARE(model()->headerData(ArticleListModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        // The menu ticks the current article's status.
        auto *actions = m_window->findChild<ArticleActions *>();
        QVERIFY(actions->statusAction(CodingStatus(model()->index(1, 0).data(CodingStatusRole).toInt()))
                    ->isChecked());
        QCOMPARE(list()->currentIndex().row(), 1); // marking keeps the place

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cell(1, ArticleListModel::StatusColumn), QString());
        QVERIFY(actions->statusAction(CodingStatus::NotCoded)->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cell(3, ArticleListModel::StatusColumn), shown);
    }

    void theStatusFilterFollowsTheMarking()
    {
        selectRows({0, 2});
        m_window->findChild<QAction *>(QStringLiteral("actionMarkCoded"))->trigger();
        chooseStatusFilter(QStringLiteral("Coded"));
        QCOMPARE(model()->totalCount(), 2);
        chooseStatusFilter(QStringLiteral("Not coded"));
        QCOMPARE(model()->totalCount(), 3);
        chooseStatusFilter(QStringLiteral("Coded"));
        // Marking one "to check" takes it out of a list of coded articles.
        selectRows({0});
        m_window->findChild<QAction *>(QStringLiteral("actionMarkToCheck"))->trigger();
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(cell(0, ArticleListModel::StatusColumn), QStringLiteral("Coded"));
        chooseStatusFilter(QStringLiteral("Any status"));
        QCOMPARE(model()->totalCount(), 5);
    }

    void passageCountsFollowTheCoding()
    {
        const qint64 id = model()->index(2, 0).data(ArticleIdRole).toLongLong();
        CorpusSession &session = m_window->session();
        const qint64 tag = session.addTag(QStringLiteral("Frame"));
        QCOMPARE(cell(2, ArticleListModel::PassagesColumn), QString());
        QVERIFY(session.addAnnotation(id, tag, {0, 3}));
        QVERIFY(session.addAnnotation(id, tag, {4, 8}));
        QCOMPARE(cell(2, ArticleListModel::PassagesColumn), QStringLiteral("2"));
        QCOMPARE(model()->index(2, ArticleListModel::PassagesColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2 tagged passages, by every coder"));
        QVERIFY(session.deleteTag(tag));
        QCOMPARE(cell(2, ArticleListModel::PassagesColumn), QString());
    }

    void deleteAsksThenDeletesAndUndoBringsBack()
    {
        CorpusSession &session = m_window->session();
        const qint64 tag = session.addTag(QStringLiteral("Frame"));
        const qint64 first = model()->index(1, 0).data(ArticleIdRole).toLongLong();
        const qint64 second = model()->index(2, 0).data(ArticleIdRole).toLongLong();
        QVERIFY(session.addAnnotation(first, tag, {0, 3}));
        QVERIFY(session.setArticleTag(second, tag, true));
        selectRows({1, 2});
        QCOMPARE(pane()->selectedArticleIds(), (QList<qint64>{first, second}));
        list()->setFocus();

        // Cancel deletes nothing.
        QString question;
        pressDelete(QMessageBox::Cancel, &question);
        QCOMPARE(question,
                 QStringLiteral("Delete 2 articles from the corpus? Their coding goes with them: "
                                "1 tagged passage and 1 whole-article tag.\nEdit → Undo brings them back."));
        QCOMPARE(model()->totalCount(), 5);

        pressDelete(QMessageBox::Yes, &question);
        QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
        QCOMPARE(model()->totalCount(), 3);
        QCOMPARE(ArticleStore(m_window->corpus()).count(), 3);
        QVERIFY(model()->rowOfArticle(first) < 0 && model()->rowOfArticle(second) < 0);
        const qint64 shown = m_window->findChild<ReaderView *>(QStringLiteral("reader"))->articleId();
        QVERIFY(shown != 0 && shown != first && shown != second);
        QCOMPARE(TagStore(m_window->corpus()).counts().value(tag).passages, 0);

        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Delete 2 articles"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
        QCOMPARE(model()->totalCount(), 5);
        QVERIFY(model()->rowOfArticle(first) >= 0);
        QCOMPARE(TagStore(m_window->corpus()).counts().value(tag).passages, 1);
        QCOMPARE(TagStore(m_window->corpus()).counts().value(tag).articles, 2);

        // Memos on them are named too.
        QVERIFY(Memos(session).add(MemoTarget::Article, first, QStringLiteral("备忘")));
        selectRows({1, 2});
        pressDelete(QMessageBox::Cancel, &question);
        QCOMPARE(question,
                 QStringLiteral(
                     "Delete 2 articles from the corpus? Their coding goes with them: "
                     "1 tagged passage, 1 whole-article tag and 1 memo.\nEdit → Undo brings them back."));

        // An article without coding says so, and its memos.
        selectRows({4});
        pressDelete(QMessageBox::Cancel, &question);
        QVERIFY2(question.contains(QLatin1String("Delete 1 article from the corpus? They hold no coding.")),
                 qPrintable(question));
        const qint64 fourth = model()->index(4, 0).data(ArticleIdRole).toLongLong();
        QVERIFY(Memos(session).add(MemoTarget::Article, fourth, QStringLiteral("一")));
        QVERIFY(Memos(session).add(MemoTarget::Article, fourth, QStringLiteral("二")));
        pressDelete(QMessageBox::Cancel, &question);
        QVERIFY2(
            question.contains(QStringLiteral("They hold no coding; their memos go with them (2 memos).")),
            qPrintable(question));
    }

    void deletingKeepsThePlaceInTheList()
    {
        selectRows({2});
        const qint64 next = model()->index(3, 0).data(ArticleIdRole).toLongLong();
        QString question;
        pressDelete(QMessageBox::Yes, &question);
        QCOMPARE(list()->currentIndex().row(), 2);
        QCOMPARE(pane()->currentArticleId(), next);
        QCOMPARE(m_window->findChild<ReaderView *>(QStringLiteral("reader"))->articleId(), next);
    }

    void f2EditsTheDetailsAndTheReaderShowsThem()
    {
        // The second sample has no date; the researcher adds it, and corrects the title.
        const QModelIndexList undated = model()->match(model()->index(0, ArticleListModel::DateColumn),
                                                       Qt::DisplayRole, QString(), 1, Qt::MatchExactly);
        QCOMPARE(undated.size(), 1);
        const qint64 id = undated.first().data(ArticleIdRole).toLongLong();
        list()->setCurrentIndex(undated.first().siblingAtColumn(0));
        auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
        QCOMPARE(reader->articleId(), id);

        bool refusedOnce = false;
        QTimer::singleShot(0, this, [this, &refusedOnce] {
            auto *dialog = m_window->findChild<ArticleDetailsDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->bylineTable()->rowCount(), 3); // 田桂雲, 王永平, 康會起
            dialog->titleEdit()->setText(QStringLiteral("鹿泉区抗疫一线写真"));
            dialog->dateEdit()->setText(QStringLiteral("2020年2月5日"));
            dialog->outletEdit()->setText(QStringLiteral("长城网"));
            dialog->bylineTable()->removeRow(2);
            // A date that is not one is refused with a warning, and the dialog comes back as it was.
            dialog->dateEdit()->setText(QStringLiteral("2020-02-31"));
            QTimer::singleShot(0, this, [this, &refusedOnce] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY2(box->text().contains(QStringLiteral("“2020-02-31” is not a date")),
                         qPrintable(box->text()));
                refusedOnce = true;
                box->accept();
                QTimer::singleShot(0, this, [this] {
                    auto *again = m_window->findChild<ArticleDetailsDialog *>();
                    QVERIFY(again && again->isVisible());
                    QCOMPARE(again->titleEdit()->text(), QStringLiteral("鹿泉区抗疫一线写真"));
                    again->dateEdit()->setText(QStringLiteral("2020年2月5日"));
                    again->accept();
                });
            });
            dialog->accept();
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_F2);
        QVERIFY(refusedOnce);

        const Article edited = *ArticleStore(m_window->corpus()).article(id);
        QCOMPARE(edited.published, QStringLiteral("2020-02-05"));
        QCOMPARE(edited.bylines.size(), 2);
        const int row = model()->rowOfArticle(id);
        QVERIFY(row >= 0);
        QCOMPARE(pane()->currentArticleId(), id);
        QCOMPARE(cell(row, ArticleListModel::TitleColumn), QStringLiteral("鹿泉区抗疫一线写真"));
        QCOMPARE(cell(row, ArticleListModel::DateColumn), QStringLiteral("2020-02-05"));
        QVERIFY(reader->toPlainText().startsWith(QStringLiteral("鹿泉区抗疫一线写真")));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("长城网")));

        m_window->session().undoStack()->undo();
        QVERIFY(reader->toPlainText().startsWith(QStringLiteral("打贏疫情阻擊戰")));
        QCOMPARE(ArticleStore(m_window->corpus()).article(id)->published, QString());
    }

    void theHeaderMenuChoosesTheColumnsAndKeepsThem()
    {
        // Unticking Status in the header's menu hides the column, in this window and the next.
        const auto chooseInHeaderMenu = [this](const QString &text) {
            QStringList offered;
            QTimer::singleShot(0, this, [&offered, text] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *action : menu->actions()) {
                    offered << action->text();
                    if (action->text() == text)
                        action->trigger();
                }
                menu->close();
            });
            Q_EMIT list()->header()->customContextMenuRequested(QPoint(5, 5));
            return offered;
        };
        QCOMPARE(chooseInHeaderMenu(QStringLiteral("Status")),
                 (QStringList{QStringLiteral("Date"), QStringLiteral("Outlet"), QStringLiteral("Passages"),
                              QStringLiteral("Status")}));
        QVERIFY(list()->isColumnHidden(ArticleListModel::StatusColumn));
        QVERIFY(!list()->isColumnHidden(ArticleListModel::PassagesColumn));
        // A search hides what it needs the room of and gives back only what was shown.
        pane()->searchBox()->setText(QStringLiteral("党员"));
        pane()->applySearch();
        QVERIFY(list()->isColumnHidden(ArticleListModel::PassagesColumn));
        pane()->searchBox()->clear();
        pane()->applySearch();
        QVERIFY(!list()->isColumnHidden(ArticleListModel::PassagesColumn));
        QVERIFY(list()->isColumnHidden(ArticleListModel::StatusColumn));

        auto next = openWindowOn(m_dir.filePath(QStringLiteral("next.pizhu")));
        QVERIFY(next->findChild<ArticleListPane *>()->view()->isColumnHidden(ArticleListModel::StatusColumn));
        next.reset();
        chooseInHeaderMenu(QStringLiteral("Status"));
        QVERIFY(!list()->isColumnHidden(ArticleListModel::StatusColumn));
    }

    void theStatusBoxDoesNotHoldTheListWide()
    {
        // A narrow list pane (a quarter of a small window) stays possible: the search row squeezes.
        QVERIFY2(pane()->minimumSizeHint().width() <= list()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(pane()->minimumSizeHint().width())
                                .arg(list()->minimumSizeHint().width())));
    }

    void contextMenuOffersTheActions()
    {
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (const QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    offered << action->text();
            }
            menu->close();
        });
        const QRect row = list()->visualRect(model()->index(0, 0));
        Q_EMIT list()->customContextMenuRequested(row.center());
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("Mark &Coded"), QStringLiteral("Mark &To Check"),
                              QStringLiteral("Mark &Excluded"), QStringLiteral("Mark &Not Coded"),
                              QStringLiteral("Edit &Details…"), QStringLiteral("&Delete Articles…")}));
    }
};

QTEST_MAIN(TestArticleActions)
#include "tst_articleactions.moc"
