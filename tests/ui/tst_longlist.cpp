// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a list longer than its first reads: its total is counted off the window's thread,
// and what offers the articles listed asks without a number until the total comes.
#include "articlelistpane.h"
#include "articlesetactions.h"
#include "desktoptestsupport.h"
#include "exportdialog.h"
#include "ingest/articlewriter.h"
#include "itemmodels/articlelistmodel.h"
#include "mainwindow.h"
#include "models/testarticles.h"
#include "store/corpusdatabase.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestLongList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** The prompt of Articles → Save List as Set, which is then cancelled. */
    QString saveSetPrompt(MainWindow *window)
    {
        QString prompt;
        QTimer::singleShot(0, this, [&prompt] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            prompt = dialog->labelText();
            dialog->reject();
        });
        window->findChild<QAction *>(QStringLiteral("actionSaveArticleSet"))->trigger();
        return prompt;
    }

    /** The export dialog's offer of the articles listed, as the window would make it. */
    static QCheckBox *exportOffer(ExportDialog &dialog, const ArticleListModel &model)
    {
        dialog.offerListed(model.filter(), model.totalCount());
        return dialog.findChild<QCheckBox *>(QStringLiteral("exportListedOnly"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        CorpusDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("long.pizhu"))));
        ArticleWriter writer(db);
        for (int i = 0; i < 1200; ++i) {
            const QString paragraph = i % 3 != 0 ? QStringLiteral("党员大会开了第%1次。").arg(i)
                                                 : QStringLiteral("今天天气晴朗，第%1天。").arg(i);
            Article article = makeArticle(QStringLiteral("文章%1").arg(i), {paragraph},
                                          QDate(2022, 1, 1).addDays(i).toString(Qt::ISODate));
            QCOMPARE(writer.write(article), ArticleStore::InsertResult::Inserted);
        }
    }

    void countsALongListOffItsThread()
    {
        auto window = openWindowOn(m_dir.filePath(QStringLiteral("long.pizhu")), false);
        QVERIFY(window);
        ArticleListModel *model = window->findChild<ArticleListPane *>()->model();
        // The first pages are listed at once; the total comes later, from a count on another thread.
        QVERIFY(model->rowCount() >= ArticleListModel::PageSize && model->rowCount() < 1200);
        QCOMPARE(model->totalCount(), -1);
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Article 1 (counting the list…)"));
        QTRY_COMPARE(window->statusBar()->currentMessage(), QStringLiteral("Article 1 of 1200"));

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setText(QStringLiteral("党员"));
        window->findChild<ArticleListPane *>()->applySearch();
        // A search finds its articles once, and counts them as it finds them.
        QCOMPARE(model->totalCount(), 800);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Article 1 of 800 · 800 articles match"));
        // A list that fits its first page is counted by it, at once.
        search->setText(QStringLiteral("第1198天"));
        window->findChild<ArticleListPane *>()->applySearch();
        QCOMPARE(model->totalCount(), 0);
        search->setText(QStringLiteral("第1197天"));
        window->findChild<ArticleListPane *>()->applySearch();
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Article 1 of 1 · 1 article match"));
    }

    void offersTheListWithoutANumberUntilItIsCounted()
    {
        auto window = openWindowOn(m_dir.filePath(QStringLiteral("long.pizhu")), false);
        QVERIFY(window);
        ArticleListModel *model = window->findChild<ArticleListPane *>()->model();
        ArticleFilter since;
        since.dateFrom = QStringLiteral("2022-01-01");
        model->setDetailsFilter(since);
        QCOMPARE(model->totalCount(), -1);
        ExportDialog early(QString(), true, window.get());
        QCheckBox *offer = exportOffer(early, *model);
        QVERIFY(!offer->isHidden());
        QCOMPARE(offer->text(), QStringLiteral("Only the articles listed, not the whole corpus"));
        QCOMPARE(saveSetPrompt(window.get()), QStringLiteral("A name for the set of the articles listed:"));

        QTRY_COMPARE(model->totalCount(), 1200);
        ExportDialog counted(QString(), true, window.get());
        QCOMPARE(exportOffer(counted, *model)->text(),
                 QStringLiteral("Only the 1200 articles listed, not the whole corpus"));
        QCOMPARE(saveSetPrompt(window.get()),
                 QStringLiteral("A name for the set of the 1200 articles listed:"));
    }
};

QTEST_MAIN(TestLongList)
#include "tst_longlist.moc"
