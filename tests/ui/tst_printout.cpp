// SPDX-License-Identifier: GPL-3.0-or-later
// The coded article on paper: passages in their tags' colours and numbered in place, the list of
// passages with quotes and notes, the legend, in the script shown, and the PDF written whole.
#include "articleprintout.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/corpusdatabase.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestPrintout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_frame = 0;
    qint64 m_actor = 0;

    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }
    CorpusSession &session() const { return m_window->session(); }

    /** Where \a text stands in the reader's original body, as a span. */
    TextSpan spanOf(const QString &text) const
    {
        const int at = int(reader()->article()->body().indexOf(text));
        return {at, at + int(text.size())};
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void init()
    {
        m_window = openWindowOn(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".pizhu")));
        QVERIFY(m_window);
        m_window->setScriptMode(ScriptMode::Original); // a test before may have left another kept
        QVERIFY(selectArticleTitled(m_window.get(), QStringLiteral("安阳")));
        m_frame = session().addTag(QStringLiteral("Frame"), 0, QStringLiteral("#ff0000"));
        m_actor = session().addTag(QStringLiteral("Actor"), 0, QStringLiteral("#0000ff"));
        // 广大党员 inside the longer passage, which ends after it: numbers must land where each ends.
        QVERIFY(session().addAnnotation(reader()->articleId(), m_frame,
                                        spanOf(QStringLiteral("广大党员把疫情防控"))));
        QVERIFY(session().addAnnotation(reader()->articleId(), m_actor, spanOf(QStringLiteral("广大党员")),
                                        QStringLiteral("谁是行动者")));
    }

    void cleanup() { m_window.reset(); }

    void marksNumbersListsAndLegend()
    {
        ArticlePrintout printout(session(), *reader());
        QCOMPARE(printout.passageCount(), 2);
        const QString text = printout.document()->toPlainText();
        // Numbered in text order, each number where its passage ends (the inner one first).
        QVERIFY2(text.contains(QStringLiteral("广大党员[1]把疫情防控[2]")), qPrintable(text.left(400)));
        const int first = int(text.indexOf(QStringLiteral("Passages\n")));
        QVERIFY(first > 0);
        const QString list = text.mid(first);
        QVERIFY2(list.contains(QStringLiteral("Frame — tester: “广大党员把疫情防控”")), qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("Actor — tester: “广大党员”\nNote: 谁是行动者")));
        QVERIFY(list.contains(QStringLiteral("Legend\n\u3000\u3000 Actor\n\u3000\u3000 Frame")));

        // The passage is drawn in its tag's colour, lightened for paper; text outside it is not.
        QTextCursor cursor(printout.document());
        cursor.setPosition(int(text.indexOf(QStringLiteral("把疫情防控"))) + 1);
        const QColor frame = cursor.charFormat().background().color();
        QVERIFY(cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush));
        QCOMPARE(frame, QColor(255, 141, 141)); // 45 % of red's distance from white
        cursor.setPosition(int(text.indexOf(QStringLiteral("把疫情防控[2]"))) + 9);
        QVERIFY(!cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush));
        // The passage inside the other shows its own tag's colour.
        cursor.setPosition(int(text.indexOf(QStringLiteral("广大党员[1]"))) + 1);
        QCOMPARE(cursor.charFormat().background().color(), QColor(141, 141, 255));
    }

    void followsTheScriptAndTheCodersShown()
    {
        m_window->setScriptMode(ScriptMode::Traditional);
        session().setCoder(QStringLiteral("other"));
        QVERIFY(session().addAnnotation(reader()->articleId(), m_frame,
                                        spanOf(QStringLiteral("李公乐亲自挂帅"))));
        session().setShownCoders({QStringLiteral("tester")});
        ArticlePrintout printout(session(), *reader());
        QCOMPARE(printout.passageCount(), 2); // the other coder's passage is not shown, so not printed
        const QString text = printout.document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("“廣大黨員把疫情防控”")), qPrintable(text.right(300)));
        QVERIFY(!text.contains(QStringLiteral("other")));
    }

    void writesAWholePdf()
    {
        ArticlePrintout printout(session(), *reader());
        const QString path = m_dir.filePath(QStringLiteral("安阳.pdf"));
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("an older file");
        stale.close();
        QVERIFY2(printout.writePdf(path), qPrintable(printout.errorString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".pizhu-*")}, QDir::Hidden | QDir::Files),
                 QStringList());

        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/a.pdf"));
        QVERIFY(!printout.writePdf(nowhere));
        QVERIFY2(printout.errorString().startsWith(nowhere + QStringLiteral(" cannot be written")),
                 qPrintable(printout.errorString()));
    }

    void theFileMenuOffersItForAnArticleOnly()
    {
        auto *pdf = m_window->findChild<QAction *>(QStringLiteral("actionExportArticlePdf"));
        auto *print = m_window->findChild<QAction *>(QStringLiteral("actionPrintArticle"));
        QVERIFY(pdf && print);
        QVERIFY(pdf->isEnabled() && print->isEnabled());
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        auto empty = openWindowOn(m_dir.filePath(QStringLiteral("empty.pizhu")), false);
        QVERIFY(empty);
        QVERIFY(!empty->findChild<QAction *>(QStringLiteral("actionExportArticlePdf"))->isEnabled());
    }
};

QTEST_MAIN(TestPrintout)
#include "tst_printout.moc"
