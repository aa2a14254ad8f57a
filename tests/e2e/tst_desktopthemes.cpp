// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's themes and reading aids in the real application window on an X server (Xvfb),
// built only where KSyntaxHighlighting's KF6 build is (Debian 13): a light and a dark theme, each
// checked on the pixels drawn, and saved as the README's screenshots (build/tests/artifacts).
#include "appearance.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "entitydock.h"
#include "itemmodels/entitytreemodel.h"
#include "preferences.h"
#include "readerview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QDir>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;
using KSyntaxHighlighting::Theme;

class TestDesktopThemes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    static QString artifact(const QString &name)
    {
        const QString folder = QStringLiteral(PIZHU_ARTIFACTS_DIR);
        QDir().mkpath(folder);
        return QDir(folder).filePath(name);
    }

    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }

    /** How many pixels of \a image inside \a area are within a small distance of \a color. */
    static int pixelsNear(const QImage &image, const QRect &area, const QColor &color)
    {
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                        std::abs(pixel.blue() - color.blue()) <
                    24)
                    ++count;
            }
        }
        return count;
    }

    /** Shows the theme \a name, the quotation of the 安阳 article in view, and checks the pixels. */
    void showAndCheck(const QString &name, const QString &screenshot)
    {
        Preferences::readerTheme.setValue(name);
        m_window->applyPreferences();
        QCOMPARE(reader()->theme().name, name);
        QTest::qWait(100); // a new style or palette lays the window out again, in posted events
        const QString body = reader()->article()->body();
        const int quote = int(body.indexOf(QStringLiteral("“请书记放心")));
        QVERIFY(quote > 0);
        QTextCursor cursor = reader()->cursorFor({quote, quote + 9});
        reader()->setTextCursor(QTextCursor(reader()->document()));
        reader()->verticalScrollBar()->setValue(0);
        cursor.clearSelection();
        reader()->setTextCursor(cursor);
        reader()->centreCursor(); // the cursor has no selection, so the picture has no selection colour
        QTest::qWait(50);

        const Theme theme = KSyntaxHighlighting::Repository().theme(name);
        const QImage page = reader()->viewport()->grab().toImage();
        // The page is the theme's background...
        QCOMPARE(page.pixelColor(3, 3), QColor::fromRgb(theme.editorColor(Theme::BackgroundColor)));
        // ...and the quotation's glyphs are drawn in the theme's string colour.
        QTextCursor start = reader()->cursorFor({quote + 1, quote + 1});
        QTextCursor end = reader()->cursorFor({quote + 8, quote + 8});
        const QRect glyphs = reader()->cursorRect(start).united(reader()->cursorRect(end));
        QVERIFY2(glyphs.intersects(page.rect()), "the quotation is not in view");
        const int stringPixels = pixelsNear(page, glyphs.intersected(page.rect()),
                                            QColor::fromRgb(theme.textColor(Theme::String)));
        QVERIFY2(stringPixels > 40,
                 qPrintable(QStringLiteral("%1 pixels in the string colour").arg(stringPixels)));
        QVERIFY(m_window->grab().save(artifact(screenshot)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // a real window system
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("themes.pizhu")));
        QVERIFY(m_window);
        m_window->resize(1280, 780);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const qint64 anyang = selectArticleTitled(m_window.get(), QStringLiteral("安阳"));
        QVERIFY(anyang);
        QTRY_COMPARE(reader()->articleId(), anyang);
        // A person's mentions marked too, to show the entity colour beside the aids.
        QTreeView *entities = m_window->entityDock()->view();
        const QModelIndexList li =
            entities->model()->match(entities->model()->index(0, 0), Qt::DisplayRole,
                                     QStringLiteral("李公乐"), 1, Qt::MatchStartsWith | Qt::MatchRecursive);
        QCOMPARE(li.size(), 1);
        entities->setCurrentIndex(li.first());
    }

    void aLightTheme()
    {
        showAndCheck(QStringLiteral("Breeze Light"), QStringLiteral("reader-theme-light.png"));
    }

    void aDarkTheme()
    {
        Preferences::appearance.setValue(Appearance::modeName(Appearance::Mode::Dark));
        Appearance::apply(Appearance::Mode::Dark);
        showAndCheck(QStringLiteral("Breeze Dark"), QStringLiteral("reader-theme-dark.png"));
        QVERIFY(reader()->theme().dark);
        Appearance::apply(Appearance::Mode::System);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestDesktopThemes)
#include "tst_desktopthemes.moc"
