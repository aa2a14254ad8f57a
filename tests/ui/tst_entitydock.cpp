// SPDX-License-Identifier: GPL-3.0-or-later
// The entity panel in the real window: groups, highlights in the reader, stepping, filters,
// corrections with undo, adding from a selection, and the article list narrowed to an entity.
#include "articlelistpane.h"
#include "corpusentitiesdialog.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "entitycorrectionmenu.h"
#include "entitydock.h"
#include "ingest/corpusentitymodel.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/entitytreemodel.h"
#include "itemmodels/itemroles.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/corpusdatabase.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestEntityDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }
    ArticleListPane *list() const { return m_window->findChild<ArticleListPane *>(); }
    EntityDock *dock() const { return m_window->entityDock(); }

    void open(const QString &titleStart)
    {
        const qint64 id = selectArticleTitled(m_window.get(), titleStart);
        QVERIFY2(id, qPrintable(titleStart));
        QTRY_COMPARE(reader()->articleId(), id);
    }

    /** The row of \a name in the dock's view, searching all groups. */
    QModelIndex rowOf(const QString &name) const
    {
        QAbstractItemModel *model = dock()->view()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                if (model->index(r, 0, group).data().toString() == name)
                    return model->index(r, 0, group);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("entities.pizhu")));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void showsGroupsAndHighlightsMentions()
    {
        open(QStringLiteral("安阳"));
        QAbstractItemModel *model = dock()->view()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("People")));
        const QModelIndex li = rowOf(QStringLiteral("李公乐"));
        QVERIFY(li.isValid());
        QCOMPARE(li.siblingAtColumn(EntityTreeModel::DetailColumn).data().toString(),
                 QStringLiteral("市人大常委会主任"));
        QVERIFY(li.data(Qt::ToolTipRole).toString().contains(QStringLiteral("【李公乐】")));
        dock()->view()->setCurrentIndex(li);
        // Every mention drawn in the people colour; the reader selects the first.
        const QList<QTextEdit::ExtraSelection> marks = reader()->extraSelections();
        const int mentions = li.siblingAtColumn(EntityTreeModel::MentionsColumn).data().toInt();
        QVERIFY(mentions >= 3);
        QCOMPARE(marks.size(), mentions);
        for (const QTextEdit::ExtraSelection &mark : marks) {
            QCOMPARE(mark.cursor.selectedText(), QStringLiteral("李公乐"));
            QCOMPARE(mark.format.background().color(), reader()->theme().entityColor(EntityType::Person));
        }
        const int first = reader()->textCursor().selectionStart();
        QCOMPARE(reader()->textCursor().selectedText(), QStringLiteral("李公乐"));
        dock()->nextMention();
        QVERIFY(reader()->textCursor().selectionStart() > first);
        // The mention stepped to is in the middle of the view, its context around it.
        QScrollBar *scroll = reader()->verticalScrollBar();
        QVERIFY2(scroll->value() > 0 && scroll->value() < scroll->maximum(),
                 qPrintable(QStringLiteral("%1 of %2").arg(scroll->value()).arg(scroll->maximum())));
        QVERIFY2(std::abs(reader()->cursorRect().center().y() - reader()->viewport()->height() / 2) <=
                     reader()->cursorRect().height(),
                 qPrintable(QString::number(reader()->cursorRect().center().y())));
        dock()->previousMention();
        QCOMPARE(reader()->textCursor().selectionStart(), first);
        dock()->previousMention(); // wraps to the last
        QVERIFY(reader()->textCursor().selectionStart() > first);
        // Highlights stay on the same characters in another script.
        m_window->setScriptMode(ScriptMode::Traditional);
        QCOMPARE(reader()->extraSelections().first().cursor.selectedText(), QStringLiteral("李公樂"));
        // The panel follows the reader's script too.
        QVERIFY(rowOf(QStringLiteral("李公樂")).isValid());
        QCOMPARE(
            rowOf(QStringLiteral("李公樂")).siblingAtColumn(EntityTreeModel::DetailColumn).data().toString(),
            QStringLiteral("市人大常委會主任"));
        m_window->setScriptMode(ScriptMode::Original);
    }

    void filterBoxNarrowsTheList()
    {
        open(QStringLiteral("安阳"));
        dock()->filterBox()->setText(QStringLiteral("党支部"));
        QAbstractItemModel *model = dock()->view()->model();
        int shown = 0;
        for (int g = 0; g < model->rowCount(); ++g) {
            for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
                QVERIFY(model->index(r, 0, model->index(g, 0))
                            .data()
                            .toString()
                            .contains(QStringLiteral("党支部")));
                ++shown;
            }
        }
        QVERIFY(shown >= 1);
        dock()->filterBox()->clear();
        QVERIFY(rowOf(QStringLiteral("李公乐")).isValid());
    }

    void rejectsWithUndoAndAddsFromASelection()
    {
        open(QStringLiteral("安阳"));
        dock()->view()->setCurrentIndex(rowOf(QStringLiteral("李鹏")));
        dock()->rejectSelected();
        QVERIFY(!rowOf(QStringLiteral("李鹏")).isValid());
        m_window->session().undoStack()->undo();
        QVERIFY(rowOf(QStringLiteral("李鹏")).isValid());

        // A village the rules do not take for an organisation, added by hand from the reader.
        QVERIFY(!rowOf(QStringLiteral("董王度村")).isValid());
        QTextCursor cursor = reader()->document()->find(QStringLiteral("董王度村"));
        QVERIFY(!cursor.isNull());
        reader()->setTextCursor(cursor);
        dock()->addFromSelection(EntityType::Organization);
        const QModelIndex added = rowOf(QStringLiteral("董王度村"));
        QVERIFY(added.isValid());
        QCOMPARE(added.parent().row(), int(EntityType::Organization));
        QCOMPARE(m_window->session().undoStack()->undoText(), QStringLiteral("Add entity “董王度村”"));
        m_window->session().undoStack()->undo();
        QVERIFY(!rowOf(QStringLiteral("董王度村")).isValid());
    }

    void listsArticlesMentioningAnEntity()
    {
        auto *dialog = new CorpusEntitiesDialog(m_window->session(), m_window.get());
        QObject::connect(dialog, &CorpusEntitiesDialog::articlesMentioningRequested, list(),
                         [this](const QString &type, const QString &key, const QString &name) {
                             list()->setEntityFilter(type, key, name);
                         });
        const int everything = dialog->model()->rowCount();
        QVERIFY(everything > 1);
        dialog->filterBox()->setText(QStringLiteral("张杰"));
        QCOMPARE(dialog->model()->rowCount(), everything); // not yet: typing may go on
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        Q_EMIT dialog->view()->activated(dialog->model()->index(0, 0));
        QCOMPARE(list()->view()->model()->rowCount(), 1);
        QVERIFY(list()->view()->model()->index(0, 0).data().toString().contains(QStringLiteral("鹿泉")));
        list()->setEntityFilter({}, {}, {});
        QCOMPARE(list()->view()->model()->rowCount(), 5);
        delete dialog;
    }

    void adaptsTheModelFromAHandAddedName()
    {
        open(QStringLiteral("安阳"));
        QTextCursor cursor = reader()->document()->find(QStringLiteral("董王度村"));
        QVERIFY(!cursor.isNull());
        reader()->setTextCursor(cursor);
        dock()->addFromSelection(EntityType::Organization);
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
        m_window->findChild<QAction *>(QStringLiteral("actionAdaptModel"))->trigger();
        m_window->findChild<JobRunner *>()->waitForDone();
        const auto told = [&messages] {
            for (int i = 0; i < messages.count(); ++i) {
                if (messages.at(i).first().toString().startsWith(QStringLiteral("The entity model knows")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(told());
        QVERIFY(CorpusEntityModel(m_window->corpus()).info());
    }

    void correctsAnEntityInEveryArticle()
    {
        CorpusEntitiesDialog dialog(m_window->session(), m_window.get());
        dialog.filterBox()->setText(QStringLiteral("张杰"));
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        const QModelIndex row = dialog.model()->index(0, EntityTableModel::NameColumn);
        QMenu menu;
        EntityCorrectionMenu::addTo(&menu, m_window->session(), EntityType(row.data(EntityTypeRole).toInt()),
                                    row.data(EntityKeyRole).toString(), row.data().toString(), &dialog);
        const auto action = [&menu](const QString &text) {
            const QList<QAction *> actions =
                menu.findChild<QMenu *>(QStringLiteral("menuEverywhere"))->actions();
            const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) {
                return a->text().remove(QLatin1Char('&')) == text;
            });
            return it == actions.cend() ? nullptr : *it;
        };
        QVERIFY(action(QStringLiteral("Always an Organisation")));
        QVERIFY(!action(QStringLiteral("Always a Person"))); // it is one
        QVERIFY(!action(QStringLiteral("Forget the Corpus Rule"))->isEnabled());

        // Rejected everywhere, the name leaves the corpus table at once; undo brings it back.
        action(QStringLiteral("Reject Everywhere"))->trigger();
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(m_window->session().undoStack()->undoText(), QStringLiteral("Reject “張傑” everywhere"));
        m_window->session().undoStack()->undo();
        QCOMPARE(dialog.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestEntityDock)
#include "tst_entitydock.moc"
