// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/samplecorpus.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pizhu;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openWindow(const QString &name)
    {
        auto corpus = std::make_unique<CorpusDatabase>();
        if (!SampleCorpus::openWithSamplesIfNew(*corpus, m_dir.filePath(name)))
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(corpus));
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensOnTheSampleCorpus()
    {
        auto window = openWindow(QStringLiteral("samples.pizhu"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 5);
        QVERIFY(window->windowTitle().contains(QLatin1String("samples.pizhu")));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("5 article")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void selectingAnArticleShowsItInTheReader()
    {
        auto window = openWindow(QStringLiteral("select.pizhu"));
        QVERIFY(window);
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
        QVERIFY(list && reader);
        QTRY_COMPARE(list->model()->rowCount(), 5);
        QVERIFY(reader->toPlainText().isEmpty());

        for (int row = 0; row < 5; ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QString title = index.data().toString();
            list->setCurrentIndex(index);
            QTRY_VERIFY(reader->articleId() > 0);
            const QString text = reader->toPlainText();
            QVERIFY2(text.startsWith(title), qPrintable(text.left(80)));
            const auto article = ArticleStore(window->corpus()).article(reader->articleId());
            QVERIFY(article && article->paragraphs.size() > 5);
            QVERIFY(text.contains(article->paragraphs.first()));
            QVERIFY(text.contains(article->paragraphs.last()));
        }

        // Clicking a row, as a user does, selects it too.
        const QModelIndex first = list->model()->index(0, 0);
        list->setCurrentIndex(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QTRY_VERIFY(reader->toPlainText().startsWith(first.data().toString()));
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Article 1 of 5")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
