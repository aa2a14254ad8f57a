// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "itemmodels/tagtreemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "readertheme.h"
#include "readerview.h"
#include "sqlconsoledialog.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/libraryversions.h"
#include "syntaxsupport.h"
#include "tagdock.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QWheelEvent>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openWindow(const QString &name, bool withSamples = true)
    {
        return openWindowOn(m_dir.filePath(name), withSamples);
    }

    static QTreeView *list(MainWindow *window)
    {
        return window->findChild<QTreeView *>(QStringLiteral("articleList"));
    }
    static ReaderView *reader(MainWindow *window)
    {
        return window->findChild<ReaderView *>(QStringLiteral("reader"));
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void opensOnTheSampleCorpusWithTheFirstArticle()
    {
        auto window = openWindow(QStringLiteral("samples.pizhu"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(list(window.get())->model()->rowCount(), 5);
        QVERIFY(window->windowTitle().contains(QLatin1String("samples.pizhu")));
        // Newest first: the 2022-06-17 Zhangzhou article opens.
        QTRY_VERIFY(
            reader(window.get())->toPlainText().startsWith(QStringLiteral("漳州开发区:战疫情 党员“最”先行")));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Article 1 of 5")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void speaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("status");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File")
                                 << QStringLiteral("Article 1 of 5");
        QTest::newRow("简体中文") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                                  << QStringLiteral("第 1 篇，共 5 篇");
        QTest::newRow("繁體中文") << QStringLiteral("zh_TW") << QStringLiteral("檔案(&F)")
                                  << QStringLiteral("第 1 篇，共 5 篇");
    }

    void speaksTheChosenLanguage()
    {
        QFETCH(QString, language);
        LanguageManager::instance().setLanguage(language);
        auto window = openWindow(QStringLiteral("language-%1.pizhu").arg(language));
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
        QVERIFY(window);
        QTEST(window->menuBar()->actions().first()->text(), "fileMenu");
        QTEST(window->statusBar()->currentMessage(), "status");
    }

    void keysStepThroughArticlesAndZoom()
    {
        auto window = openWindow(QStringLiteral("keys.pizhu"));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
        reader->setFocus();
        QTRY_COMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(window.get(), Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(window.get(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(window.get(), Qt::Key_K);
        QTest::keyClick(window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(window.get(), Qt::Key_K); // already first: stays
        QCOMPARE(list->currentIndex().row(), 0);
        // Zoom makes the whole article bigger, its title included, and is kept.
        const int zoom = reader->zoom();
        auto titleSize = [reader] {
            return QTextCursor(reader->document()->firstBlock()).charFormat().fontPointSize();
        };
        auto bodySize = [reader] {
            return reader->document()->defaultFont().pointSizeF();
        };
        const qreal title = titleSize();
        const qreal body = bodySize();
        window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        QCOMPARE(reader->zoom(), zoom + 1);
        QVERIFY2(
            titleSize() > title && bodySize() > body,
            qPrintable(QStringLiteral("%1→%2, %3→%4").arg(title).arg(titleSize()).arg(body).arg(bodySize())));
        QCOMPARE(Preferences::readerZoom.value(), zoom + 1);
        // Ctrl+wheel zooms the same way, and is remembered too.
        QWheelEvent wheel(QPointF(20, 20), reader->viewport()->mapToGlobal(QPointF(20, 20)), {},
                          {0, QWheelEvent::DefaultDeltasPerStep}, Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(reader->viewport(), &wheel);
        QCOMPARE(reader->zoom(), zoom + 2);
        QCOMPARE(Preferences::readerZoom.value(), zoom + 2);
        QVERIFY(titleSize() > title * 1.15);
        window->findChild<QAction *>(QStringLiteral("actionZoomReset"))->trigger();
        QCOMPARE(reader->zoom(), 0);
        QCOMPARE(titleSize(), title / (1.0 + 0.1 * zoom)); // the size without zoom
        window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        // Typing j in the search box types a j.
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_J);
        QCOMPARE(search->text(), QStringLiteral("j"));
        QCOMPARE(list->currentIndex().row(), 0);
        window->findChild<QAction *>(QStringLiteral("actionZoomOut"))->trigger();
    }

    void remembersLayoutZoomAndRecentCorpora()
    {
        {
            auto window = openWindow(QStringLiteral("layout.pizhu"));
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 900});
            window->findChild<QDockWidget *>(QStringLiteral("annotationDock"))->hide();
            window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
            window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
            window->close();
        }
        auto again = openWindow(QStringLiteral("layout.pizhu"));
        QCOMPARE(again->findChild<ReaderView *>(QStringLiteral("reader"))->zoom(), 2);
        QVERIFY(again->findChild<QDockWidget *>(QStringLiteral("annotationDock"))->isHidden());
        // The list keeps its quarter of the width (the window's own size may differ offscreen).
        const QList<int> sizes = again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
        QVERIFY2(std::abs(double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)) - 0.25) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(sizes.at(0)).arg(sizes.at(1))));
        again->findChild<QAction *>(QStringLiteral("actionZoomOut"))->trigger();
        again->findChild<QAction *>(QStringLiteral("actionZoomOut"))->trigger();
        again->findChild<QDockWidget *>(QStringLiteral("annotationDock"))->show();

        CorpusFiles::remember(m_dir.filePath(QStringLiteral("layout.pizhu")));
        CorpusFiles::remember(m_dir.filePath(QStringLiteral("keys.pizhu")));
        QCOMPARE(Preferences::recentCorpora.value().first(), m_dir.filePath(QStringLiteral("keys.pizhu")));
        QMenu recent;
        CorpusFiles::fillRecentMenu(&recent, again.get());
        QVERIFY(recent.actions().size() >= 2);
    }

    void refusesToOpenWhatIsNotACorpus()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.pizhu"));
        QVERIFY(writeFile(notes, "not a corpus"));
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(QLatin1String("left as it is")) &&
                         box->text().contains(QLatin1String("not an SQLite database")),
                     qPrintable(box->text()));
            box->accept();
        });
        QCOMPARE(CorpusFiles::open(notes, nullptr), nullptr);
        QCOMPARE(fileBytes(notes), QByteArray("not a corpus"));

        // An empty file is not silently made a corpus: Pizhu asks, and No leaves it empty.
        const QString empty = m_dir.filePath(QStringLiteral("empty.pizhu"));
        QVERIFY(writeFile(empty, QByteArray()));
        const auto answer = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY2(box->text().contains(QLatin1String("is an empty file, not a corpus")),
                         qPrintable(box->text()));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QCOMPARE(CorpusFiles::open(empty, nullptr), nullptr);
        QCOMPARE(QFileInfo(empty).size(), 0);
        answer(QMessageBox::Yes);
        std::unique_ptr<MainWindow> made(CorpusFiles::open(empty, nullptr));
        QVERIFY(made);
        QVERIFY(QFileInfo(empty).size() > 0);
    }

    void preferencesOpenFromTheMenuAndApply()
    {
        auto window = openWindow(QStringLiteral("preferences.pizhu"));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
        QAction *action = window->findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        const QList<QAction *> editMenu = window->menuBar()->actions().at(1)->menu()->actions();
        QVERIFY(editMenu.contains(action));
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = true;
            auto *script = dialog->findChild<QComboBox *>(QStringLiteral("preferenceScript"));
            script->setCurrentIndex(script->findData(QStringLiteral("hongkong")));
            dialog->findChild<QSpinBox *>(QStringLiteral("preferenceFontSize"))->setValue(17);
            dialog->findChild<QLineEdit *>(QStringLiteral("preferenceCoder"))
                ->setText(QStringLiteral("研究员甲"));
            dialog->findChild<QCheckBox *>(QStringLiteral("preferenceBom"))->setChecked(false);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        // By its key, as a user would open it.
        QTest::keySequence(window.get(), action->shortcut());
        QVERIFY(shown);
        QCOMPARE(reader->scriptMode(), ScriptMode::HongKong);
        QCOMPARE(window->session().coder(), QStringLiteral("研究员甲"));
        QCOMPARE(Preferences::csvByteOrderMark.value(), false);
        QCOMPARE(Preferences::readerFontSize.value(), 17);
        QCOMPARE(reader->document()->defaultFont().pointSizeF(), 17.0 * (1 + 0.1 * reader->zoom()));
        // Cancel changes nothing.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(QStringLiteral("preferenceFontSize"))->setValue(30);
            dialog->reject();
        });
        action->trigger();
        QCOMPARE(Preferences::readerFontSize.value(), 17);
        window->setScriptMode(ScriptMode::Original);
        Preferences::csvByteOrderMark.setValue(true);
        Preferences::readerFontSize.reset();
    }

    void aDarkAppearanceIsDarkEverywhere()
    {
        // Preferences → Appearance: Dark turns the whole application dark, the reader included,
        // whatever the system is; "As the system is" brings the system's look back.
        auto window = openWindow(QStringLiteral("dark.pizhu"));
        auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!ReaderTheme::isDark(QApplication::palette()));
        const auto choose = [&](const QString &appearance) {
            QTimer::singleShot(0, this, [appearance] {
                auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *box = dialog->findChild<QComboBox *>(QStringLiteral("preferenceAppearance"));
                box->setCurrentIndex(box->findData(appearance));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
        };
        choose(QStringLiteral("dark"));
        QCOMPARE(Preferences::appearance.value(), QStringLiteral("dark"));
        QVERIFY(ReaderTheme::isDark(QApplication::palette()));
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(reader->theme().dark);
        QVERIFY(reader->palette().color(QPalette::Base).lightness() < 100);
        QVERIFY(reader->palette().color(QPalette::Text).lightness() > 150);
        choose(QStringLiteral("system"));
        QVERIFY(!ReaderTheme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QVERIFY(!reader->theme().dark);
    }

    void sqlConsoleReadsAndRefusesWrites()
    {
        auto window = openWindow(QStringLiteral("console.pizhu"));
        window->findChild<QAction *>(QStringLiteral("actionSqlConsole"))->trigger();
        auto *console = window->findChild<SqlConsoleDialog *>();
        QVERIFY(console);
        auto *status = console->findChild<QLabel *>(QStringLiteral("sqlStatus"));
        auto *table = console->findChild<QTableView *>(QStringLiteral("sqlResult"));
        console->setQuery(QStringLiteral("SELECT id, title FROM articles ORDER BY id"));
        console->runQuery();
        QTRY_COMPARE(status->text(), QStringLiteral("5 rows."));
        QCOMPARE(table->model()->rowCount(), 5);
        console->setQuery(QStringLiteral("DELETE FROM articles"));
        console->runQuery();
        QTRY_VERIFY2(status->text().contains(QLatin1String("Only reading is allowed")),
                     qPrintable(status->text()));
        QCOMPARE(ArticleStore(window->corpus()).count(), 5);
        QCOMPARE(table->model()->rowCount(), 5); // the last good result stays
        const QString csv = m_dir.filePath(QStringLiteral("query.csv"));
        QVERIFY(console->exportResult(csv));
        QCOMPARE(QString::fromUtf8(fileBytes(csv)).count(QStringLiteral("\r\n")), 6);
        QVERIFY(console->findChild<QComboBox *>(QStringLiteral("sqlHistory"))->count() >= 2);

        // A query that would run for hours: the window stays live and Stop ends it.
        console->setQuery(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                                         " SELECT count(*) FROM n"));
        auto *run = console->findChild<QPushButton *>(QStringLiteral("sqlRun"));
        run->click();
        QVERIFY(console->isRunning());
        QCOMPARE(run->text(), QStringLiteral("Stop"));
        QTest::qWait(300); // events keep flowing meanwhile
        QVERIFY(console->isRunning());
        run->click();
        QTRY_COMPARE(status->text(), QStringLiteral("The query was stopped."));
        QVERIFY(!console->isRunning());
        QCOMPARE(table->model()->rowCount(), 5); // the last good result stays
    }

    void checksTheCorpusInTheBackground()
    {
        auto window = openWindow(QStringLiteral("check.pizhu"));
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("actionCheckCorpus"))->trigger();
        QMessageBox *report = nullptr;
        QTRY_VERIFY((report = window->findChild<QMessageBox *>(QStringLiteral("checkReport"))) != nullptr);
        QVERIFY2(report->text().startsWith(QLatin1String("The corpus is sound")), qPrintable(report->text()));
        QVERIFY(report->text().contains(QLatin1String("5 texts")));
        report->close();
    }

    void followsChangesFromAnotherProcess()
    {
        auto window = openWindow(QStringLiteral("shared.pizhu"));
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QTRY_COMPARE(list->model()->rowCount(), 5);
        // Another program imports into the same corpus: `pizhu import` in a terminal.
        const QString file = m_dir.filePath(QStringLiteral("elsewhere.txt"));
        QVERIFY(writeFile(file, QStringLiteral("另一个进程导入的文章\n正文。\n").toUtf8()));
        QProcess other;
        other.start(QStringLiteral(PIZHU_EXECUTABLE_FOR_TESTS),
                    {QStringLiteral("import"), QStringLiteral("--db"), window->corpus().path(), file});
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        window->session().checkForChangesElsewhere(); // the timer does this every two seconds
        QTRY_COMPARE(list->model()->rowCount(), 6);
        // And the tag someone else adds shows in the codebook.
        CorpusDatabase second;
        QVERIFY(second.open(window->corpus().path()));
        CorpusSession(second).addTag(QStringLiteral("来自别处"));
        window->session().checkForChangesElsewhere();
        QCOMPARE(window->findChild<TagDock *>()->model()->rowCount(), 1);
    }

    void aboutNamesTheLibraries()
    {
        QCOMPARE(LibraryVersions::qt(), QString::fromLatin1(qVersion()));
        QVERIFY(LibraryVersions::opencc().startsWith(QLatin1String("1.")));
        QVERIFY(LibraryVersions::sqlite().startsWith(QLatin1String("3.")));
        auto window = openWindow(QStringLiteral("about.pizhu"));
        const QString about = window->aboutText();
        for (const QString &version :
             {LibraryVersions::qt(), LibraryVersions::opencc(), LibraryVersions::sqlite()})
            QVERIFY2(about.contains(version), qPrintable(about));
        // Where KSyntaxHighlighting (KF6) is missing, About says why, and no reading aid pretends to be.
        QVERIFY2(about.contains(SyntaxSupport::aboutLine().toHtmlEscaped()), qPrintable(about));
        auto *aids = window->findChild<QAction *>(QStringLiteral("actionReadingAids"));
        QCOMPARE(aids != nullptr, SyntaxSupport::isAvailable());
        if (!SyntaxSupport::isAvailable()) {
            QVERIFY(about.contains(QLatin1String("Debian 12")));
            QVERIFY(SyntaxSupport::themeNames().isEmpty());
            QVERIFY(!window->findChild<ReaderView *>()->setReadingAids(true));
        }
    }

    void selectingAnArticleShowsItInTheReader()
    {
        auto window = openWindow(QStringLiteral("select.pizhu"));
        QVERIFY(window);
        QTreeView *articles = list(window.get());
        ReaderView *view = reader(window.get());
        QTRY_COMPARE(articles->model()->rowCount(), 5);

        for (int row = 0; row < 5; ++row) {
            const QModelIndex index = articles->model()->index(row, 0);
            articles->setCurrentIndex(index);
            QTRY_COMPARE(view->articleId(), index.data(Qt::UserRole + 1).toLongLong());
            const QString text = view->toPlainText();
            QVERIFY2(text.startsWith(index.data().toString()), qPrintable(text.left(80)));
            const auto article = ArticleStore(window->corpus()).article(view->articleId());
            QVERIFY(article && article->paragraphs.size() > 5);
            QVERIFY(text.contains(article->paragraphs.first()));
            QVERIFY(text.contains(article->paragraphs.last()));
            // The header shows what the parser found.
            QVERIFY(text.contains(article->outlet));
            if (!article->editor.isEmpty())
                QVERIFY(text.contains(article->editor));
        }

        // Clicking a row, as a user does, selects it too.
        const QModelIndex second = articles->model()->index(1, 0);
        // On its visible part: an earlier test may have left the list narrower than its columns.
        const QRect row = articles->visualRect(second);
        QTest::mouseClick(
            articles->viewport(), Qt::LeftButton, {},
            QPoint(std::min(row.center().x(), articles->viewport()->width() / 2), row.center().y()));
        QTRY_VERIFY(view->toPlainText().startsWith(second.data().toString()));
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Article 2 of 5")));
    }

    void showsImagesAndTogglesSetAsideLines()
    {
        auto window = openWindow(QStringLiteral("toggle.pizhu"));
        QVERIFY(window);
        QTreeView *articles = list(window.get());
        ReaderView *view = reader(window.get());
        QTRY_COMPARE(articles->model()->rowCount(), 5);
        const QModelIndexList langfang =
            articles->model()->match(articles->model()->index(0, 0), Qt::DisplayRole,
                                     QStringLiteral("“到人民群众最需要的地方去”"), 1, Qt::MatchStartsWith);
        QCOMPARE(langfang.size(), 1);
        articles->setCurrentIndex(langfang.first());
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("[image 1.jpg] 廊坊市安次区委组织部")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("扫码阅读手机版")));

        auto *toggle = window->findChild<QAction *>(QStringLiteral("actionShowSetAside"));
        QVERIFY(toggle && toggle->isCheckable());
        toggle->trigger();
        QVERIFY(view->toPlainText().contains(QStringLiteral("[navigation] 扫码阅读手机版")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("[footer] 凡注有")));
        toggle->trigger();
        QVERIFY(!view->toPlainText().contains(QStringLiteral("扫码阅读手机版")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
