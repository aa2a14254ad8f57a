// SPDX-License-Identifier: GPL-3.0-or-later
// The list's filters on the articles' details and saved article sets, driven as a researcher
// drives them: Articles → Filters (Ctrl+Alt+F), the boxes of the filter bar, Save List as Set,
// undo and redo by keys, and an export limited to the articles listed.
#include "articlefilterbar.h"
#include "articlelistpane.h"
#include "articlesetactions.h"
#include "core/jobcontrol.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "export/exportjob.h"
#include "exportdialog.h"
#include "ingest/corpusimporter.h"
#include "ingest/samplecorpus.h"
#include "itemmodels/articlelistmodel.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "store/articlesetstore.h"
#include "store/corpusdatabase.h"
#include "testrecords.h"
#include "text/chinesecollation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestArticleFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ArticleListPane *pane() const { return m_window->findChild<ArticleListPane *>(); }
    ArticleFilterBar *bar() const { return pane()->detailsFilter(); }
    ArticleListModel *model() const { return pane()->model(); }
    CorpusSession *session() const { return &m_window->session(); }

    void keys(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, modifiers);
    }
    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }
    QStringList items(QComboBox *box) const
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.pizhu").arg(QString::fromLatin1(QTest::currentTestFunction())));
        {
            CorpusDatabase db;
            QVERIFY(SampleCorpus::openWithSamplesIfNew(db, path));
            const QString records = writeChannelRecords(m_dir.path());
            QVERIFY(!records.isEmpty());
            QCOMPARE(CorpusImporter(db).importFile(records).size(), 4);
        }
        m_window = openWindowOn(path);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(model()->totalCount(), 9);
    }

    void cleanup() { m_window.reset(); }

    void filtersNarrowTheListAndCombine()
    {
        QVERIFY(bar()->isHidden());
        keys(Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(bar()->isVisible());
        QVERIFY(pane()->filtersButton()->isChecked());
        QVERIFY(items(bar()->outletBox()).contains(QStringLiteral("网易")));
        choose(bar()->outletBox(), QStringLiteral("新浪"));
        QCOMPARE(model()->totalCount(), 3);
        choose(bar()->scriptBox(), QStringLiteral("Traditional"));
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->index(0, ArticleListModel::TitleColumn).data().toString(),
                 QStringLiteral("體育一"));
        // With a search in the other script: still the one article, with a match.
        pane()->searchBox()->setText(QStringLiteral("球队"));
        pane()->applySearch();
        QCOMPARE(model()->totalCount(), 1);
        pane()->searchBox()->setText(QStringLiteral("股市"));
        pane()->applySearch();
        QCOMPARE(model()->totalCount(), 0);
        pane()->searchBox()->clear();
        pane()->applySearch();
        QCOMPARE(model()->totalCount(), 1);
        // Hidden, the filters no longer narrow the list.
        keys(Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(bar()->isHidden());
        QCOMPARE(model()->totalCount(), 9);
        QVERIFY(model()->filter().outlets.isEmpty());
    }

    void attributesAndDatesNarrowTheList()
    {
        pane()->showDetailsFilter(true);
        QVERIFY(!bar()->valueBox()->isEnabled());
        choose(bar()->attributeBox(), QStringLiteral("editor_desk"));
        QCOMPARE(model()->totalCount(), 2); // any value: the articles that have the column
        choose(bar()->attributeBox(), QStringLiteral("category"));
        QCOMPARE(model()->totalCount(), 4);
        QVERIFY(bar()->valueBox()->isEnabled());
        QCOMPARE(items(bar()->valueBox()),
                 (QStringList{QStringLiteral("体育"), QStringLiteral("科技"), QStringLiteral("财经")}));
        choose(bar()->valueBox(), QStringLiteral("财经"));
        QCOMPARE(model()->totalCount(), 2);
        bar()->fromEdit()->setDate(QDate(2021, 4, 1));
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->index(0, ArticleListModel::TitleColumn).data().toString(),
                 QStringLiteral("财经二"));
        bar()->toEdit()->setDate(QDate(2021, 5, 8));
        QCOMPARE(model()->totalCount(), 0);
        bar()->toEdit()->setDate(QDate(2021, 5, 9)); // the last day is included
        QCOMPARE(model()->totalCount(), 1);
        // A value typed, not chosen, counts too.
        bar()->valueBox()->setEditText(QStringLiteral("科技"));
        Q_EMIT bar()->valueBox()->lineEdit()->editingFinished();
        QCOMPARE(model()->totalCount(), 0);
        bar()->findChild<QToolButton *>(QStringLiteral("clearDetailsFilter"))->click();
        QCOMPARE(model()->totalCount(), 9);
        QCOMPARE(bar()->fromEdit()->text(), QStringLiteral("any day"));
    }

    void savesTheListAsASetAndUndoes()
    {
        pane()->showDetailsFilter(true);
        choose(bar()->outletBox(), QStringLiteral("新浪"));
        auto *actions = m_window->findChild<ArticleSetActions *>();
        QVERIFY(actions->saveListed(QStringLiteral("新浪样本")));
        QCOMPARE(bar()->setBox()->currentText(), QStringLiteral("新浪样本 (3 articles)"));
        choose(bar()->outletBox(), QStringLiteral("Any outlet"));
        QCOMPARE(model()->totalCount(), 3); // the set alone
        QCOMPARE(session()->undoStack()->undoText(), QStringLiteral("Save article set “新浪样本”"));

        // A second set by the same name is refused, with the reason.
        QString warning;
        answerMessageBox(QMessageBox::Ok, &warning);
        QVERIFY(!actions->saveListed(QStringLiteral("新浪样本")));
        QCOMPARE(warning, QStringLiteral("there is already an article set named “新浪样本”"));

        keys(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(items(bar()->setBox()), QStringList{QStringLiteral("All articles")});
        QCOMPARE(model()->totalCount(), 9); // the set shown is gone: nothing narrows the list
        keys(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(items(bar()->setBox()),
                 (QStringList{QStringLiteral("All articles"), QStringLiteral("新浪样本 (3 articles)")}));

        // Deleting asks, names the set, and is undoable too.
        choose(bar()->setBox(), QStringLiteral("新浪样本 (3 articles)"));
        QCOMPARE(model()->totalCount(), 3);
        QString question;
        answerMessageBox(QMessageBox::Cancel, &question);
        bar()->findChild<QToolButton *>(QStringLiteral("deleteSet"))->click();
        QCOMPARE(question,
                 QStringLiteral(
                     "Delete the article set “新浪样本” (3 articles)? The articles stay in the corpus."));
        QCOMPARE(ArticleSetStore(m_window->corpus()).all().size(), 1);
        answerMessageBox(QMessageBox::Yes, &question);
        bar()->findChild<QToolButton *>(QStringLiteral("deleteSet"))->click();
        QCOMPARE(items(bar()->setBox()), QStringList{QStringLiteral("All articles")});
        QCOMPARE(model()->totalCount(), 9);
        keys(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(items(bar()->setBox()).size(), 2);
    }

    void sortsChineseByPinyinOrByStrokes()
    {
        model()->sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        const auto shownTitles = [this] {
            while (model()->canFetchMore({}))
                model()->fetchMore({});
            QStringList titles;
            for (int row = 0; row < model()->rowCount(); ++row)
                titles << model()->index(row, ArticleListModel::TitleColumn).data().toString();
            return titles;
        };
        const auto sortedBy = [](QStringList titles, ChineseCollation::Order order) {
            std::sort(titles.begin(), titles.end(), [order](const QString &a, const QString &b) {
                return ChineseCollation::sortKey(a, order) < ChineseCollation::sortKey(b, order);
            });
            return titles;
        };
        const QStringList byPinyin = shownTitles();
        QCOMPARE(byPinyin.size(), 9);
        QCOMPARE(byPinyin, sortedBy(byPinyin, ChineseCollation::Order::Pinyin));
        QVERIFY(byPinyin != sortedBy(byPinyin, ChineseCollation::Order::Stroke));

        auto *stroke = m_window->findChild<QAction *>(QStringLiteral("actionSortByStrokes"));
        QVERIFY(stroke && stroke->isEnabled() && !stroke->isChecked());
        stroke->trigger();
        QVERIFY(stroke->isChecked());
        QCOMPARE(m_window->corpus().sortOrder(), ChineseCollation::Order::Stroke);
        m_window->findChild<JobRunner *>()->waitForDone();
        QTRY_COMPARE(shownTitles(), sortedBy(byPinyin, ChineseCollation::Order::Stroke));
        // The choice is the corpus's: the next window on it sorts by strokes too.
        const QString path = m_window->corpus().path();
        m_window.reset();
        m_window = openWindowOn(path);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSortByStrokes"))->isChecked());
    }

    void anExportMayBeLimitedToTheArticlesListed()
    {
        pane()->showDetailsFilter(true);
        choose(bar()->attributeBox(), QStringLiteral("category"));
        choose(bar()->valueBox(), QStringLiteral("财经"));
        ExportDialog dialog(QString(), true, m_window.get());
        dialog.offerListed(model()->filter(), model()->totalCount());
        auto *listedOnly = dialog.findChild<QCheckBox *>(QStringLiteral("exportListedOnly"));
        QVERIFY(!listedOnly->isHidden());
        QCOMPARE(listedOnly->text(), QStringLiteral("Only the 2 articles listed, not the whole corpus"));
        QVERIFY(!listedOnly->isChecked()); // the whole corpus unless asked
        const QString csv = m_dir.filePath(QStringLiteral("listed.csv"));
        dialog.findChild<QComboBox *>(QStringLiteral("exportTable"))->setCurrentIndex(3); // articles
        dialog.findChild<QLineEdit *>(QStringLiteral("exportFile"))->setText(csv);
        JobControl control;
        CorpusDatabase db;
        QVERIFY(db.open(m_window->corpus().path()));
        QVERIFY(dialog.createJob()->run(db, control));
        QFile all(csv);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count('\n'), 1 + 9);
        listedOnly->setChecked(true);
        QVERIFY(dialog.createJob()->run(db, control));
        QFile listed(csv);
        QVERIFY(listed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(listed.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 1 + 2);
        QVERIFY(text.contains(QStringLiteral("财经一")) && text.contains(QStringLiteral("财经二")));

        // Without a filter there is nothing to offer.
        ExportDialog plain(QString(), true, m_window.get());
        plain.offerListed({}, 9);
        QVERIFY(plain.findChild<QCheckBox *>(QStringLiteral("exportListedOnly"))->isHidden());
    }
};

QTEST_MAIN(TestArticleFilters)
#include "tst_articlefilters.moc"
