// SPDX-License-Identifier: GPL-3.0-or-later
// KSyntaxHighlighting in process (built only where KF6 is present): the reading aids in the real
// reader, in the original and converted scripts, under the find hits and passages; reader themes;
// the SQL console's colours. The colours expected are read from KSyntaxHighlighting's own themes.
#include "desktoptestsupport.h"
#include "display/articledocumentbuilder.h"
#include "editing/corpussession.h"
#include "findbar.h"
#include "preferences.h"
#include "readerview.h"
#include "sqlconsoledialog.h"
#include "store/tagstore.h"
#include "syntaxsupport.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;
using KSyntaxHighlighting::Theme;

namespace {

QStringList g_messages;

void collectMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message);
}

QColor styleColor(const QString &theme, Theme::TextStyle style)
{
    const KSyntaxHighlighting::Repository repository;
    return QColor::fromRgb(repository.theme(theme).textColor(style));
}

} // namespace

class TestReadingAids : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }

    void openArticle(const QString &titleStart)
    {
        const qint64 id = selectArticleTitled(m_window.get(), titleStart);
        QVERIFY2(id, qPrintable(titleStart));
        QTRY_COMPARE(reader()->articleId(), id);
    }

    /** The original span of the first text in the open article's body from \a start to \a end. */
    TextSpan originalSpan(const QString &start, const QString &end) const
    {
        const QString body = reader()->article()->body();
        const qsizetype from = body.indexOf(start);
        const qsizetype to = body.indexOf(end, from + start.size() - end.size());
        if (from < 0 || to < 0)
            return {};
        return {int(from), int(to + end.size())}; // the seeds' bodies are all in the BMP
    }

    /** The colour the layout gives the character at document position \a position; invalid: none. */
    QColor aidColorAt(int position) const
    {
        const QTextBlock block = reader()->document()->findBlock(position);
        const int inBlock = position - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= inBlock && inBlock < range.start + range.length)
                return range.format.foreground().color();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("aids.pizhu")));
        QVERIFY(m_window);
    }

    void theDefinitionLoadsInProcessWithoutWarnings()
    {
        // The first use reads the definition from the program's resources.
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
        QTextDocument document(QStringLiteral("他说：“好。”见《人民日报》2020年3月5日，共9.9万名党员。"));
        QTextBlockFormat paragraph;
        paragraph.setProperty(ArticleDocumentBuilder::ParagraphProperty, 0);
        QTextCursor(&document).setBlockFormat(paragraph);
        QSyntaxHighlighter *aids = SyntaxSupport::addReadingAids(&document, SyntaxSupport::theme({}, false));
        qInstallMessageHandler(previous);
        QVERIFY(aids);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        const QString text = document.firstBlock().text();
        const QColor plain = SyntaxSupport::theme({}, false).text;
        QStringList marked;
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            if (range.format.foreground().color() != plain)
                marked << text.mid(range.start, range.length);
        }
        QCOMPARE(marked, (QStringList{QStringLiteral("“好。”"), QStringLiteral("《人民日报》"),
                                      QStringLiteral("2020年3月5日"), QStringLiteral("9.9万")}));
    }

    void theReaderHasTheAidsOnByDefault()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionReadingAids"));
        QVERIFY(action);
        QVERIFY(action->isChecked());
        QVERIFY(reader()->showsReadingAids());
        QVERIFY(m_window->aboutText().contains(QLatin1String("KSyntaxHighlighting 6.")));
    }

    void marksTheRightCharactersInEveryScript_data()
    {
        QTest::addColumn<ScriptMode>("mode");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("style");
        const QList<std::pair<const char *, ScriptMode>> modes = {{"original", ScriptMode::Original},
                                                                  {"traditional", ScriptMode::Traditional},
                                                                  {"Taiwan", ScriptMode::Taiwan},
                                                                  {"Hong Kong", ScriptMode::HongKong}};
        for (const auto &[name, mode] : modes) {
            QTest::addRow("quotation, %s", name)
                << mode << QStringLiteral("“请书记放心") << QStringLiteral("”") << int(Theme::String);
            QTest::addRow("title of a work, %s", name) << mode << QStringLiteral("《疫情就是命令")
                                                       << QStringLiteral("》") << int(Theme::SpecialString);
            QTest::addRow("date, %s", name)
                << mode << QStringLiteral("1月27日") << QStringLiteral("下午") << int(Theme::Constant);
            QTest::addRow("figure, %s", name)
                << mode << QStringLiteral("317") << QStringLiteral("7") << int(Theme::DecVal);
        }
    }

    void marksTheRightCharactersInEveryScript()
    {
        QFETCH(ScriptMode, mode);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, style);
        openArticle(QStringLiteral("安阳"));
        m_window->setScriptMode(mode);
        const TextSpan span = originalSpan(start, end);
        QVERIFY(span.end > span.start);
        const QTextCursor shown = reader()->cursorFor(span);
        const QColor expected = styleColor(reader()->theme().name, Theme::TextStyle(style));
        for (int position = shown.selectionStart(); position < shown.selectionEnd(); ++position)
            QVERIFY2(aidColorAt(position) == expected,
                     qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                    .arg(shown.selectedText())
                                    .arg(position - shown.selectionStart())
                                    .arg(aidColorAt(position).name(), expected.name())));
        // Not one character more on either side.
        QVERIFY(aidColorAt(shown.selectionStart() - 1) != expected);
        QVERIFY(aidColorAt(shown.selectionEnd()) != expected);
        m_window->setScriptMode(ScriptMode::Original);
    }

    void onlyTheBodyGetsAids()
    {
        openArticle(QStringLiteral("安阳"));
        // The metadata line under the title holds a date and a time; it keeps the reader's grey.
        const QTextBlock metadata = reader()->document()->findBlockByNumber(2);
        QVERIFY(metadata.text().contains(QLatin1String("2020-02-01")));
        QVERIFY(metadata.layout()->formats().isEmpty());
    }

    void hitsAndPassagesAreDrawnOverTheAids()
    {
        openArticle(QStringLiteral("安阳"));
        const TextSpan quote = originalSpan(QStringLiteral("“请书记放心"), QStringLiteral("”"));
        // A passage over the first words of the quotation, and a find hit further in.
        const qint64 tag = m_window->session().addTag(QStringLiteral("引语"), 0, QStringLiteral("#3daee9"));
        QVERIFY(tag);
        QVERIFY(m_window->session().addAnnotation(reader()->articleId(), tag,
                                                  {quote.start + 1, quote.start + 5}));
        auto *find = m_window->findChild<FindBar *>();
        find->showHitsOf(QStringLiteral("守好防线"));
        QCOMPARE(find->hitCount(), 1);
        const TextSpan hit = originalSpan(QStringLiteral("守好防线"), QStringLiteral("线"));

        const QImage page = reader()->viewport()->grab().toImage();
        const auto backgroundAt = [&](const TextSpan &span) {
            const QTextCursor cursor = reader()->cursorFor({span.start, span.start});
            const QRect caret = reader()->cursorRect(cursor);
            return page.pixelColor(caret.left() + 2, caret.top() + 1);
        };
        QCOMPARE(backgroundAt(hit), reader()->theme().findCurrent);
        const QColor passage = backgroundAt({quote.start + 2, quote.start + 2});
        QVERIFY2(passage != reader()->theme().page, qPrintable(passage.name()));
        // The marks set their text colour over the aid's.
        for (const QTextEdit::ExtraSelection &mark : reader()->extraSelections())
            QVERIFY(mark.format.hasProperty(QTextFormat::ForegroundBrush));
        QTest::keyClick(find->findChild<QLineEdit *>(QStringLiteral("findField")), Qt::Key_Escape);
        m_window->session().undoStack()->undo(); // the passage
        m_window->session().undoStack()->undo(); // the tag
    }

    void aThemeColoursTheWholeReader()
    {
        openArticle(QStringLiteral("安阳"));
        const TextSpan quote = originalSpan(QStringLiteral("“请书记放心"), QStringLiteral("”"));
        const int at = reader()->cursorFor(quote).selectionStart() + 1;
        const QColor lightString = aidColorAt(at);
        for (const QString &name : {QStringLiteral("Breeze Dark"), QStringLiteral("Solarized Light")}) {
            QVERIFY(SyntaxSupport::themeNames().contains(name));
            Preferences::readerTheme.setValue(name);
            m_window->applyPreferences();
            const KSyntaxHighlighting::Theme theme = KSyntaxHighlighting::Repository().theme(name);
            QCOMPARE(reader()->theme().name, name);
            QCOMPARE(reader()->palette().color(QPalette::Base),
                     QColor::fromRgb(theme.editorColor(Theme::BackgroundColor)));
            QCOMPARE(aidColorAt(at), QColor::fromRgb(theme.textColor(Theme::String)));
            QVERIFY(aidColorAt(at) != lightString);
            QCOMPARE(reader()->theme().person.rgb(), theme.textColor(Theme::Function));
        }
        QVERIFY(reader()->theme().dark == false); // Solarized Light
        Preferences::readerTheme.reset();
        m_window->applyPreferences();
        QCOMPARE(aidColorAt(at), lightString);
    }

    void theAidsCanBeTurnedOff()
    {
        openArticle(QStringLiteral("安阳"));
        const TextSpan quote = originalSpan(QStringLiteral("“请书记放心"), QStringLiteral("”"));
        const int at = reader()->cursorFor(quote).selectionStart() + 1;
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionReadingAids"));
        action->trigger();
        QVERIFY(!reader()->showsReadingAids());
        QVERIFY(!aidColorAt(at).isValid());
        QVERIFY(!Preferences::readingAids.value());
        action->trigger();
        QVERIFY(aidColorAt(at).isValid());
    }

    void theSqlConsoleColoursKeywords()
    {
        SqlConsoleDialog console(m_window->corpus().location());
        auto *editor = console.findChild<QPlainTextEdit *>(QStringLiteral("sqlEditor"));
        editor->setPlainText(QStringLiteral("SELECT title FROM articles"));
        const QTextBlock block = editor->document()->firstBlock();
        const QColor keyword = styleColor(SyntaxSupport::theme({}, false).name, Theme::Keyword);
        bool selectIsKeyword = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start == 0 && range.length == 6)
                selectIsKeyword = range.format.foreground().color() == keyword;
        }
        QVERIFY(selectIsKeyword);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestReadingAids)
#include "tst_readingaids.moc"
