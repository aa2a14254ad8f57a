// SPDX-License-Identifier: GPL-3.0-or-later
// The reader in every script, find in article, and the corpus search box, driven in a real window.
#include "articlelistpane.h"
#include "desktoptestsupport.h"
#include "display/articledocumentbuilder.h"
#include "findbar.h"
#include "ingest/articlewriter.h"
#include "ingest/samplecorpus.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_windows = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto corpus = std::make_unique<CorpusDatabase>();
        if (!SampleCorpus::openWithSamplesIfNew(*corpus,
                                                m_dir.filePath(QStringLiteral("w%1.pizhu").arg(++m_windows))))
            return nullptr;
        Article extra;
        extra.title = QStringLiteral("长度会变的文章");
        extra.paragraphs = {QStringLiteral("他买了U盘和软件。"), QStringLiteral("头发的发展。")};
        extra.contentHash = QStringLiteral("extra");
        extra.published = QStringLiteral("1999-01-01");
        ArticleWriter(*corpus).write(extra);
        auto window = std::make_unique<MainWindow>(std::move(corpus));
        window->show();
        return window;
    }

    static ReaderView *reader(MainWindow *w) { return w->findChild<ReaderView *>(QStringLiteral("reader")); }
    static ArticleListPane *pane(MainWindow *w) { return w->findChild<ArticleListPane *>(); }

    /** \a text drawn in \a font, large, black on white: equal images are equal glyph shapes. */
    static QImage glyph(QFont font, const QString &text)
    {
        font.setPixelSize(64);
        QImage image(80, 80, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(image.rect(), Qt::AlignCenter, text);
        return image;
    }

    static void open(MainWindow *window, const QString &titleStart)
    {
        QTreeView *view = pane(window)->view();
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                           titleStart, 1, Qt::MatchStartsWith);
        QVERIFY2(found.size() == 1, qPrintable(titleStart));
        view->setCurrentIndex(found.first());
        QTRY_VERIFY(reader(window)->toPlainText().startsWith(titleStart.left(2)) ||
                    reader(window)->articleId() > 0);
    }

    static QStringList highlighted(ReaderView *view)
    {
        QStringList texts;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            texts << selection.cursor.selectedText();
        return texts;
    }

    static int topParagraph(ReaderView *view)
    {
        return view->cursorForPosition(QPoint(0, 0))
            .block()
            .blockFormat()
            .property(ArticleDocumentBuilder::ParagraphProperty)
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void switchesScriptFromMenuAndToolbarAndRemembersIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        open(window.get(), QStringLiteral("安阳"));
        QVERIFY(reader(window.get())->toPlainText().contains(QStringLiteral("党员")));
        window->findChild<QAction *>(QStringLiteral("actionScript_traditional"))->trigger();
        QVERIFY(reader(window.get())->toPlainText().startsWith(QStringLiteral("安陽:黨員幹部勇擔當")));
        QVERIFY(!reader(window.get())->toPlainText().contains(QStringLiteral("党员")));
        auto *toolbarSwitch = window->findChild<QComboBox *>(QStringLiteral("scriptSwitch"));
        QCOMPARE(toolbarSwitch->currentData().toInt(), int(ScriptMode::Traditional));

        toolbarSwitch->setCurrentIndex(toolbarSwitch->findData(int(ScriptMode::Simplified)));
        Q_EMIT toolbarSwitch->activated(toolbarSwitch->currentIndex());
        QCOMPARE(reader(window.get())->scriptMode(), ScriptMode::Simplified);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionScript_simplified"))->isChecked());

        // Taiwan comes twice, labelled apart: characters only, or with Taiwanese vocabulary too.
        auto *phrases = window->findChild<QAction *>(QStringLiteral("actionScript_taiwan-phrases"));
        QVERIFY(phrases);
        QVERIFY2(phrases->text().contains(QStringLiteral("Taiwanese phrases")), qPrintable(phrases->text()));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionScript_taiwan"))->text() !=
                phrases->text());
        window->findChild<QAction *>(QStringLiteral("actionScript_taiwan"))->trigger();
        window.reset();
        auto again = openWindow();
        QCOMPARE(reader(again.get())->scriptMode(), ScriptMode::Taiwan);
        again->setScriptMode(ScriptMode::Original);
    }

    void highlightsLandOnTheSameCharactersInEveryScript()
    {
        auto window = openWindow();
        open(window.get(), QStringLiteral("安阳"));
        auto *find = window->findChild<FindBar *>();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find->isVisible());
        auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
        QTRY_VERIFY(field->hasFocus());
        field->insert(QStringLiteral("李公樂")); // as an input method commits it
        QCOMPARE(find->hitCount(), 4);
        const QMap<ScriptMode, QString> expected = {{ScriptMode::Original, QStringLiteral("李公乐")},
                                                    {ScriptMode::Traditional, QStringLiteral("李公樂")},
                                                    {ScriptMode::Taiwan, QStringLiteral("李公樂")},
                                                    {ScriptMode::TaiwanPhrases, QStringLiteral("李公樂")},
                                                    {ScriptMode::HongKong, QStringLiteral("李公樂")},
                                                    {ScriptMode::Simplified, QStringLiteral("李公乐")}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            window->setScriptMode(it.key());
            const QStringList texts = highlighted(reader(window.get()));
            QCOMPARE(texts.size(), 4 + 1); // every hit, and the current one again on top
            for (const QString &text : texts)
                QCOMPARE(text, it.value());
        }
        window->setScriptMode(ScriptMode::Original);
    }

    void findStepsThroughHits()
    {
        auto window = openWindow();
        open(window.get(), QStringLiteral("漳州"));
        window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
        auto *find = window->findChild<FindBar *>();
        auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
        auto *status = find->findChild<QLabel *>(QStringLiteral("findStatus"));
        field->insert(QStringLiteral("黨員"));
        const int hits = find->hitCount();
        QVERIFY(hits > 5);
        QCOMPARE(status->text(), QStringLiteral("1 of %1").arg(hits));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(status->text(), QStringLiteral("2 of %1").arg(hits));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(status->text(), QStringLiteral("%1 of %1").arg(hits));
        QCOMPARE(reader(window.get())->textCursor().block().text().isEmpty(), false);
        // Another script keeps the current hit, and F3 goes on from it.
        QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(status->text(), QStringLiteral("2 of %1").arg(hits));
        window->setScriptMode(ScriptMode::Traditional);
        QCOMPARE(status->text(), QStringLiteral("2 of %1").arg(hits));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(status->text(), QStringLiteral("3 of %1").arg(hits));
        window->setScriptMode(ScriptMode::Original);
        QTest::keyClick(window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(status->text(), QStringLiteral("2 of %1").arg(hits));
        field->clear();
        field->insert(QStringLiteral("不存在的词"));
        QCOMPARE(find->hitCount(), 0);
        QCOMPARE(status->text(), QStringLiteral("No hits"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!find->isVisible());
        QVERIFY(reader(window.get())->extraSelections().isEmpty());
    }

    void drawsHanInTheGlyphFormsOfTheScriptShown_data()
    {
        QTest::addColumn<QString>("titleStart");
        QTest::addColumn<ScriptMode>("mode");
        QTest::addColumn<QString>("family");
        const QString simplified = QStringLiteral("安阳");
        const QString traditional = QStringLiteral("打贏疫情阻擊戰");
        QTest::newRow("simplified article as written")
            << simplified << ScriptMode::Original << QStringLiteral("Noto Sans CJK SC");
        QTest::newRow("traditional article as written")
            << traditional << ScriptMode::Original << QStringLiteral("Noto Sans CJK TC");
        QTest::newRow("in simplified")
            << traditional << ScriptMode::Simplified << QStringLiteral("Noto Sans CJK SC");
        QTest::newRow("in traditional")
            << simplified << ScriptMode::Traditional << QStringLiteral("Noto Sans CJK TC");
        QTest::newRow("in Taiwan form")
            << simplified << ScriptMode::Taiwan << QStringLiteral("Noto Sans CJK TC");
        QTest::newRow("in Hong Kong form")
            << simplified << ScriptMode::HongKong << QStringLiteral("Noto Sans CJK HK");
    }

    void drawsHanInTheGlyphFormsOfTheScriptShown()
    {
        QFETCH(QString, titleStart);
        QFETCH(ScriptMode, mode);
        QFETCH(QString, family);
        // The tests run with LANG=C.UTF-8, where fontconfig alone would draw Han in the Japanese face.
        auto window = openWindow();
        open(window.get(), titleStart);
        window->setScriptMode(mode);
        ReaderView *view = reader(window.get());
        const QFont font = view->document()->defaultFont();
        QCOMPARE(QFontInfo(font).family(), family);
        // The shapes differ for real: 直 in this face is not the Japanese 直.
        const QFont japanese(QStringLiteral("Noto Sans CJK JP"));
        QCOMPARE(QFontInfo(japanese).family(), QStringLiteral("Noto Sans CJK JP"));
        QCOMPARE(glyph(font, QStringLiteral("直")), glyph(QFont(family), QStringLiteral("直")));
        QVERIFY(glyph(font, QStringLiteral("直")) != glyph(japanese, QStringLiteral("直")));
        window->setScriptMode(ScriptMode::Original);
    }

    void aChosenReaderFontIsUsedInEveryScript()
    {
        auto window = openWindow();
        open(window.get(), QStringLiteral("安阳"));
        ReaderView *view = reader(window.get());
        view->setReaderFont(QFont(QStringLiteral("Noto Sans CJK JP"), 14), ReaderView::FontFamily::AsGiven);
        for (const ScriptMode mode : {ScriptMode::Original, ScriptMode::Traditional, ScriptMode::HongKong}) {
            window->setScriptMode(mode);
            QCOMPARE(QFontInfo(view->document()->defaultFont()).family(), QStringLiteral("Noto Sans CJK JP"));
        }
        view->setReaderFont(QFont(QString(), 14), ReaderView::FontFamily::ByScript);
        QCOMPARE(QFontInfo(view->document()->defaultFont()).family(), QStringLiteral("Noto Sans CJK HK"));
        window->setScriptMode(ScriptMode::Original);
    }

    void theContextMenuOffersNoLinkCopying()
    {
        auto window = openWindow();
        open(window.get(), QStringLiteral("安阳"));
        ReaderView *view = reader(window.get());
        QStringList names;
        QTimer::singleShot(0, this, [&names] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (const QAction *action : menu->actions())
                names << action->objectName();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(60, 60),
                                view->viewport()->mapToGlobal(QPoint(60, 60)));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(names.contains(QStringLiteral("edit-copy")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(!names.contains(QStringLiteral("link-copy")), qPrintable(names.join(QLatin1Char(' '))));
    }

    void selectionsMapToTheOriginalWhateverTheScript()
    {
        auto window = openWindow();
        open(window.get(), QStringLiteral("长度会变的文章"));
        ReaderView *view = reader(window.get());
        window->setScriptMode(ScriptMode::TaiwanPhrases);
        QVERIFY(view->toPlainText().contains(QStringLiteral("他買了隨身碟和軟體。")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("頭髮的發展。")));
        const Article *article = view->article();
        const QString body = article->body();
        auto selectDisplayed = [view](const QString &text) {
            QTextCursor cursor = view->document()->find(text);
            view->setTextCursor(cursor);
            return cursor.hasSelection();
        };
        QVERIFY(selectDisplayed(QStringLiteral("軟體")));
        std::optional<TextSpan> span = view->originalSelection();
        QVERIFY(span);
        QCOMPARE(body.mid(span->start, span->end - span->start), QStringLiteral("软件"));
        // Part of a piece whose length changed widens to the whole piece.
        QVERIFY(selectDisplayed(QStringLiteral("身碟")));
        span = view->originalSelection();
        QCOMPARE(body.mid(span->start, span->end - span->start), QStringLiteral("U盘"));
        // A selection in the second paragraph, and back again.
        QVERIFY(selectDisplayed(QStringLiteral("頭髮")));
        span = view->originalSelection();
        QCOMPARE(body.mid(span->start, span->end - span->start), QStringLiteral("头发"));
        view->selectOriginal({span->start, span->end});
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("頭髮"));
        // The title is not body text: no original offsets.
        QVERIFY(selectDisplayed(QStringLiteral("長度")));
        QVERIFY(!view->originalSelection());
        window->setScriptMode(ScriptMode::Original);
    }

    void switchingKeepsTheParagraphInView()
    {
        auto window = openWindow();
        window->resize(900, 500);
        open(window.get(), QStringLiteral("打贏疫情阻擊戰"));
        ReaderView *view = reader(window.get());
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        const int start = int(view->article()->body().indexOf(view->article()->paragraphs.at(40)));
        view->selectOriginal({start, start + 2});
        view->verticalScrollBar()->setValue(view->cursorRect().top() + view->verticalScrollBar()->value() -
                                            2);
        const int before = topParagraph(view);
        QVERIFY(before > 20);
        for (const ScriptMode mode : {ScriptMode::Simplified, ScriptMode::Taiwan, ScriptMode::Original}) {
            window->setScriptMode(mode);
            QCOMPARE(topParagraph(view), before);
        }
        // Zoom keeps the place too.
        view->setZoom(view->zoom() + 3);
        QCOMPARE(topParagraph(view), before);
        view->setZoom(view->zoom() - 3);
        QCOMPARE(topParagraph(view), before);
        // At the top of the article the title stays in view, whatever the script.
        view->verticalScrollBar()->setValue(0);
        for (const ScriptMode mode : {ScriptMode::Traditional, ScriptMode::HongKong, ScriptMode::Original}) {
            window->setScriptMode(mode);
            QCOMPARE(view->verticalScrollBar()->value(), 0);
            QCOMPARE(view->cursorForPosition(QPoint(40, 40)).block().blockNumber(), 0); // the title
        }
    }

    void searchBoxFiltersTheListAcrossScripts()
    {
        auto window = openWindow();
        ArticleListPane *list = pane(window.get());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(list->searchBox()->hasFocus());
        list->searchBox()->insert(QStringLiteral("李公樂"));
        QTest::keyClick(list->searchBox(), Qt::Key_Return);
        QCOMPARE(list->model()->rowCount(), 1);
        const QModelIndex snippet = list->model()->index(0, ArticleListModel::SnippetColumn);
        QVERIFY(!list->view()->isColumnHidden(ArticleListModel::SnippetColumn));
        const Snippet value = snippet.data(SnippetRole).value<Snippet>();
        QVERIFY(value.marked(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[李公乐]")));
        QCOMPARE(snippet.data(HitCountRole).toInt(), 4);
        QTRY_VERIFY(reader(window.get())->toPlainText().startsWith(QStringLiteral("安阳")));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("1 article match")),
                 qPrintable(window->statusBar()->currentMessage()));
        // The article opened from the search shows every hit, in every script, and F3 steps on.
        auto *find = window->findChild<FindBar *>();
        auto *status = find->findChild<QLabel *>(QStringLiteral("findStatus"));
        QVERIFY(find->isVisible());
        QCOMPARE(status->text(), QStringLiteral("1 of 4"));
        QVERIFY(list->searchBox()->hasFocus()); // the search box keeps the focus
        window->setScriptMode(ScriptMode::Traditional);
        QCOMPARE(highlighted(reader(window.get())).count(QStringLiteral("李公樂")), 4 + 1);
        QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(status->text(), QStringLiteral("2 of 4"));
        window->setScriptMode(ScriptMode::Original);

        // The snippet's first hit is drawn inside the cell, however narrow the column.
        list->view()->setColumnWidth(ArticleListModel::SnippetColumn, 110);
        list->view()->scrollTo(snippet);
        const QRect cell = list->view()->visualRect(snippet);
        const QImage drawn = list->view()->viewport()->grab().toImage();
        int hitPixels = 0;
        for (int y = cell.top(); y <= cell.bottom(); ++y) {
            for (int x = cell.left(); x <= cell.right(); ++x)
                hitPixels += drawn.pixelColor(x * drawn.width() / list->view()->viewport()->width(),
                                              y * drawn.height() / list->view()->viewport()->height()) ==
                             QColor(255, 235, 120);
        }
        QVERIFY2(hitPixels > 50, qPrintable(QString::number(hitPixels)));

        list->searchBox()->setText(QStringLiteral("党"));
        list->applySearch();
        QCOMPARE(list->model()->rowCount(), 5);
        list->searchBox()->setText(QStringLiteral("***"));
        list->applySearch();
        QCOMPARE(list->model()->rowCount(), 6); // nothing to search for: everything listed
        QVERIFY(list->findChild<QLabel *>(QStringLiteral("searchMessage"))->isVisible());
        list->searchBox()->clear();
        list->applySearch();
        QVERIFY(list->view()->isColumnHidden(ArticleListModel::SnippetColumn));
        QCOMPARE(list->model()->rowCount(), 6);
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
