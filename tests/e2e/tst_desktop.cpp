// SPDX-License-Identifier: GPL-3.0-or-later
// The real application window on an X server (Xvfb under CTest): open the sample corpus, read an
// article, switch to traditional, tag a passage with the mouse and keyboard, export the
// annotations and check the CSV. Screenshots land in the build's tests/artifacts folder.
#include "chinesefonts.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "export/exportjob.h"
#include "exportdialog.h"
#include "ingest/samplecorpus.h"
#include "jobrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/corpusdatabase.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** \a text in \a font, large, as a label in \a window's status bar draws it on this X server. */
    static QImage drawnInStatusBar(MainWindow &window, QFont font, const QString &text)
    {
        font.setPointSize(40);
        auto *label = new QLabel(text);
        label->setFont(font);
        window.statusBar()->addWidget(label);
        label->show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        QCoreApplication::processEvents();
        QImage image = label->grab().toImage();
        window.statusBar()->removeWidget(label);
        delete label;
        return image;
    }

    static QString artifact(const QString &name)
    {
        const QString folder = QStringLiteral(PIZHU_ARTIFACTS_DIR);
        QDir().mkpath(folder);
        return QDir(folder).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        QCOMPARE(QGuiApplication::platformName(),
                 QStringLiteral("xcb")); // a real window system, not offscreen
    }

    void uiHanInTheGlyphFormsOfItsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("family");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Noto Sans CJK SC");
        QTest::newRow("简体中文") << QStringLiteral("zh_CN") << QStringLiteral("Noto Sans CJK SC");
        QTest::newRow("繁體中文") << QStringLiteral("zh_TW") << QStringLiteral("Noto Sans CJK TC");
    }

    void uiHanInTheGlyphFormsOfItsLanguage()
    {
        // LANG=C.UTF-8 here, where fontconfig alone draws Han in the Japanese face: the window's own
        // font (the platform's, with Chinese fonts behind it) must draw 直骨令 in the language's forms.
        QFETCH(QString, language);
        QFETCH(QString, family);
        LanguageManager::instance().setLanguage(language);
        ChineseFonts::applyToApplication(language);
        auto corpus = std::make_unique<CorpusDatabase>();
        QVERIFY(SampleCorpus::openWithSamplesIfNew(
            *corpus, m_dir.filePath(QStringLiteral("glyphs-%1.pizhu").arg(language))));
        MainWindow window(std::move(corpus));
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString han = QStringLiteral("直骨令");
        const QImage ui = drawnInStatusBar(window, QApplication::font(), han);
        QVERIFY(!ui.isNull());
        QVERIFY(window.grab().save(artifact(QStringLiteral("main-window-ui-%1.png").arg(language))));
        QVERIFY(ui.save(artifact(QStringLiteral("ui-glyphs-%1.png").arg(language))));
        QCOMPARE(QFontInfo(QFont(QStringLiteral("Noto Sans CJK JP"))).family(),
                 QStringLiteral("Noto Sans CJK JP"));
        QCOMPARE(ui, drawnInStatusBar(window, QFont(family), han));
        QVERIFY(ui != drawnInStatusBar(window, QFont(QStringLiteral("Noto Sans CJK JP")), han));
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
        ChineseFonts::applyToApplication(QStringLiteral("en"));
    }

    void readTagExportInARealWindow()
    {
        auto corpus = std::make_unique<CorpusDatabase>();
        QVERIFY(SampleCorpus::openWithSamplesIfNew(*corpus, m_dir.filePath(QStringLiteral("desktop.pizhu"))));
        MainWindow window(std::move(corpus));
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Select an article with the mouse.
        auto *list = window.findChild<QTreeView *>(QStringLiteral("articleList"));
        auto *reader = window.findChild<ReaderView *>(QStringLiteral("reader"));
        const QModelIndexList anyang = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                            QStringLiteral("安阳"), 1, Qt::MatchStartsWith);
        QCOMPARE(anyang.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(anyang.first()).center());
        QTRY_VERIFY(reader->toPlainText().startsWith(QStringLiteral("安阳")));
        QVERIFY(window.grab().save(artifact(QStringLiteral("main-window-simplified.png"))));

        // Switch to traditional from the toolbar.
        auto *scriptSwitch = window.findChild<QComboBox *>(QStringLiteral("scriptSwitch"));
        scriptSwitch->setCurrentIndex(scriptSwitch->findData(int(ScriptMode::Traditional)));
        Q_EMIT scriptSwitch->activated(scriptSwitch->currentIndex());
        QTRY_VERIFY(reader->toPlainText().startsWith(QStringLiteral("安陽")));

        // Make a tag, select a passage with the mouse, and tag it with the key 1.
        QVERIFY(window.session().addTag(QStringLiteral("Leadership")));
        const QTextCursor found = reader->document()->find(QStringLiteral("李公樂親自掛帥"));
        QVERIFY(found.hasSelection());
        reader->setTextCursor(QTextCursor(reader->document()));
        QTextCursor start(reader->document());
        start.setPosition(found.selectionStart());
        QTextCursor end(reader->document());
        end.setPosition(found.selectionEnd());
        reader->ensureCursorVisible();
        reader->setTextCursor(found);
        reader->ensureCursorVisible();
        const QPoint from = reader->cursorRect(start).center() + QPoint(1, 0);
        const QPoint to = reader->cursorRect(end).center() - QPoint(1, 0);
        reader->setTextCursor(QTextCursor(reader->document()));
        QTest::mousePress(reader->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(reader->viewport(), to);
        QTest::mouseRelease(reader->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(reader->textCursor().selectedText(), QStringLiteral("李公樂親自掛帥"));
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_1);
        QTRY_COMPARE(reader->extraSelections().size(), 1);
        QVERIFY(window.grab().save(artifact(QStringLiteral("main-window-traditional.png"))));

        // Export the annotations and check the CSV.
        ExportDialog dialog(window.corpus().path(), true, &window);
        const QString csv = m_dir.filePath(QStringLiteral("annotations.csv"));
        dialog.findChild<QLineEdit *>(QStringLiteral("exportFile"))->setText(csv);
        QSignalSpy finished(window.jobRunner(), &JobRunner::jobFinished);
        window.jobRunner()->start(dialog.createJob());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).toBool());
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(QStringLiteral(",Leadership,Leadership,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",李公乐亲自挂帅,")), qPrintable(lines.at(1)));
        window.setScriptMode(ScriptMode::Original);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
