// SPDX-License-Identifier: GPL-3.0-or-later
// Tagging in the real window: select in any script, tag by menu, keys and picker, see it, undo it.
#include "annotationdock.h"
#include "articlelistpane.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "export/exportjob.h"
#include "exportdialog.h"
#include "findbar.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/tagtreemodel.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/corpusdatabase.h"
#include "tagdock.h"
#include "taggingcontroller.h"
#include "tagpicker.h"
#include "testsupport.h"
#include "text/codepoints.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTagging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_frames = 0;
    qint64 m_conflict = 0;
    qint64 m_actors = 0;

    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }
    ArticleListPane *list() const { return m_window->findChild<ArticleListPane *>(); }
    CorpusSession &session() const { return m_window->session(); }

    void open(const QString &titleStart)
    {
        const qint64 id = selectArticleTitled(m_window.get(), titleStart);
        QVERIFY2(id, qPrintable(titleStart));
        QTRY_COMPARE(reader()->articleId(), id);
    }

    bool selectDisplayed(const QString &text)
    {
        const QTextCursor cursor = reader()->document()->find(text);
        reader()->setTextCursor(cursor);
        return cursor.hasSelection();
    }

    QString originalText(const Annotation &a) const
    {
        const QString body = reader()->article()->body();
        const qsizetype from = CodePoints::toUtf16(body, a.start);
        return body.mid(from, CodePoints::toUtf16(body, a.end) - from);
    }

    QList<Annotation> passages() const
    {
        return AnnotationStore(m_window->corpus()).forArticle(reader()->articleId());
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("tagging.pizhu")));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_frames = session().addTag(QStringLiteral("Frames"));
        m_conflict = session().addTag(QStringLiteral("Conflict"), m_frames);
        m_actors = session().addTag(QStringLiteral("Actors"));
        QVERIFY(m_frames && m_conflict && m_actors);
    }

    void tagsASelectionMadeInTraditionalScript()
    {
        open(QStringLiteral("安阳"));
        m_window->setScriptMode(ScriptMode::Traditional);
        QVERIFY(selectDisplayed(QStringLiteral("李公樂親自掛帥")));
        QVERIFY(m_window->tagging()->tagSelection(m_actors));
        const QList<Annotation> stored = passages();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(originalText(stored.first()), QStringLiteral("李公乐亲自挂帅"));
        QCOMPARE(stored.first().tagId, m_actors);
        // Drawn in the tag's colour, in every script, on the same characters.
        for (const ScriptMode mode : {ScriptMode::Traditional, ScriptMode::Original, ScriptMode::Taiwan}) {
            m_window->setScriptMode(mode);
            const QList<QTextEdit::ExtraSelection> marks = reader()->extraSelections();
            QCOMPARE(marks.size(), 1);
            QCOMPARE(marks.first().cursor.selectedText(),
                     ScriptConverter::forMode(mode).convertText(QStringLiteral("李公乐亲自挂帅")));
            QCOMPARE(marks.first().format.background().color().rgb(),
                     QColor(TagStore(m_window->corpus()).tag(m_actors)->color).rgb());
            // The Passages dock quotes, and the list titles, in the script the reader shows.
            const AnnotationListModel *dock = m_window->findChild<AnnotationDock *>()->model();
            QCOMPARE(dock->index(0, AnnotationListModel::QuoteColumn).data().toString(),
                     ScriptConverter::forMode(mode).convertText(QStringLiteral("李公乐亲自挂帅")));
            const QModelIndex title =
                list()->view()->currentIndex().siblingAtColumn(ArticleListModel::TitleColumn);
            QCOMPARE(title.data().toString(),
                     ScriptConverter::forMode(mode).convertText(reader()->article()->title));
        }
        m_window->setScriptMode(ScriptMode::Original);
    }

    void tagsWithNumberKeysAndOverlapsShow()
    {
        open(QStringLiteral("安阳"));
        // The codebook shows which key applies which tag; the key does what it shows.
        TagTreeModel *model = m_window->findChild<TagDock *>()->model();
        const auto keyOf = [model](qint64 tag) {
            return model->indexOfTag(tag).siblingAtColumn(TagTreeModel::KeyColumn).data().toString();
        };
        QCOMPARE(keyOf(m_frames), QStringLiteral("1"));
        QCOMPARE(keyOf(m_conflict), QStringLiteral("2"));
        QCOMPARE(keyOf(m_actors), QStringLiteral("3"));
        QCOMPARE(model->headerData(TagTreeModel::KeyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Key"));
        reader()->setFocus();
        QVERIFY(selectDisplayed(QStringLiteral("亲自挂帅任总指挥")));
        QTest::keyClick(reader(), Qt::Key_1); // the first tag in the codebook: Frames
        QTRY_COMPARE(passages().size(), 2);
        const QList<Annotation> tagged = passages();
        QVERIFY(std::any_of(tagged.cbegin(), tagged.cend(),
                            [this](const Annotation &a) { return a.tagId == m_frames; }));
        QTest::keyClick(reader(), Qt::Key_9); // no ninth tag: nothing happens
        QCOMPARE(passages().size(), 2);
        QCOMPARE(reader()->extraSelections().size(), 2); // overlapping passages, both drawn
        // Hovering over the overlap names both tags.
        const QTextCursor overlap = reader()->document()->find(QStringLiteral("挂帅"));
        QTextCursor at(reader()->document());
        at.setPosition(overlap.selectionStart() + 1);
        const QPoint inside = reader()->cursorRect(at).center();
        const QPoint inReader = reader()->viewport()->mapTo(reader(), inside);
        QHelpEvent help(QEvent::ToolTip, inReader, reader()->mapToGlobal(inReader));
        QCoreApplication::sendEvent(reader(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("Actors")) &&
                     QToolTip::text().contains(QLatin1String("Frames")),
                 qPrintable(QToolTip::text()));
    }

    void tagsWithTheTypeAheadPicker()
    {
        open(QStringLiteral("漳州"));
        QVERIFY(selectDisplayed(QStringLiteral("党员干部")));
        QTimer::singleShot(0, this, [] {
            auto *picker = qobject_cast<TagPicker *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            auto *field = picker->findChild<QLineEdit *>(QStringLiteral("tagPickerField"));
            QTest::keyClicks(field, QStringLiteral("confl"));
            QTest::keyClick(field, Qt::Key_Return);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionTagSelection"))->trigger();
        QTRY_COMPARE(passages().size(), 1);
        QCOMPARE(passages().first().tagId, m_conflict);
    }

    void thePickerMatchesAcrossScripts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("traditional for a simplified name") << QStringLiteral("敘事");
        QTest::newRow("as written") << QStringLiteral("叙事");
        QTest::newRow("part, traditional") << QStringLiteral("衝突敘");
    }

    void thePickerMatchesAcrossScripts()
    {
        QFETCH(QString, typed);
        const qint64 narrative = session().addTag(QStringLiteral("冲突叙事"));
        TagPicker picker(m_window->corpus());
        auto *field = picker.findChild<QLineEdit *>(QStringLiteral("tagPickerField"));
        field->insert(typed); // as an input method commits it
        QCOMPARE(picker.findChild<QListWidget *>()->currentItem()->text(), QStringLiteral("冲突叙事"));
        QVERIFY(session().deleteTag(narrative));
    }

    void undoAndRedoFromTheEditMenu()
    {
        open(QStringLiteral("漳州"));
        const int before = int(passages().size());
        QVERIFY(selectDisplayed(QStringLiteral("开发区党委第一时间")));
        QVERIFY(m_window->tagging()->tagSelection(m_actors));
        QCOMPARE(passages().size(), before + 1);
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo->text().contains(QLatin1String("Tag passage")));
        undo->trigger();
        QCOMPARE(passages().size(), before);
        QCOMPARE(reader()->extraSelections().size(), before);
        redo->trigger();
        QCOMPARE(passages().size(), before + 1);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    }

    void docksShowTagArticleAndPassages()
    {
        open(QStringLiteral("安阳"));
        auto *tags = m_window->findChild<TagDock *>();
        TagTreeModel *model = tags->model();
        const QModelIndex conflict = model->indexOfTag(m_conflict);
        QVERIFY(conflict.isValid());
        QCOMPARE(conflict.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(conflict, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->indexOfTag(m_conflict).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model->indexOfTag(m_conflict).siblingAtColumn(TagTreeModel::ArticlesColumn).data().toInt(),
                 2);
        QCOMPARE(model->indexOfTag(m_actors).siblingAtColumn(TagTreeModel::PassagesColumn).data().toInt(), 2);

        auto *passagesDock = m_window->findChild<AnnotationDock *>();
        AnnotationListModel *rows = passagesDock->model();
        QTRY_COMPARE(rows->rowCount(), 2);
        const QModelIndex quote = rows->index(0, AnnotationListModel::QuoteColumn);
        QCOMPARE(quote.data().toString(), QStringLiteral("李公乐亲自挂帅"));
        reader()->moveCursor(QTextCursor::Start);
        QTest::mouseClick(passagesDock->view()->viewport(), Qt::LeftButton, {},
                          passagesDock->view()->visualRect(quote).center());
        QTRY_COMPARE(reader()->textCursor().selectedText(), QStringLiteral("李公乐亲自挂帅"));

        passagesDock->showTag(m_actors);
        QCOMPARE(rows->rowCount(), 2); // the corpus-wide view: Actors in 安阳 and 漳州
        QVERIFY(!passagesDock->view()->isColumnHidden(AnnotationListModel::ArticleColumn));
    }

    void filtersTheArticleListByTag()
    {
        auto *tags = m_window->findChild<TagDock *>();
        Q_EMIT tags->articleFilterRequested(m_actors, false);
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        Q_EMIT tags->articleFilterRequested(m_actors, true);
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        // Frames includes Conflict below it: 安阳 (Frames passage, Conflict article tag) and 漳州 (Conflict
        // passage).
        Q_EMIT tags->articleFilterRequested(m_frames, false);
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        list()->setTagFilter({}, false, {});
        QCOMPARE(list()->model()->rowCount(), 5);

        // With a search as well, the list follows the coding as it is done and undone.
        const qint64 langfang = selectArticleTitled(m_window.get(), QStringLiteral("“到人民群众"));
        QVERIFY(langfang);
        Q_EMIT tags->articleFilterRequested(m_actors, false);
        list()->searchBox()->setText(QStringLiteral("疫情"));
        list()->applySearch();
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(list()->model()->rowOfArticle(langfang), -1);
        QVERIFY(session().setArticleTag(langfang, m_actors, true));
        QCOMPARE(list()->model()->rowCount(), 3);
        QVERIFY(list()->model()->rowOfArticle(langfang) >= 0);
        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(list()->model()->rowOfArticle(langfang), -1);
        list()->searchBox()->clear();
        list()->applySearch();
        list()->setTagFilter({}, false, {});
        QCOMPARE(list()->model()->rowCount(), 5);
        // The search's hits in the reader go with the find bar.
        QTest::keyClick(m_window->findChild<FindBar *>()->findChild<QLineEdit *>(), Qt::Key_Escape);
    }

    void deletingATagAsksAndUndoRestores()
    {
        auto *tags = m_window->findChild<TagDock *>();
        tags->view()->setCurrentIndex(tags->model()->indexOfTag(m_actors));
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        tags->deleteSelected();
        QVERIFY2(question.contains(QLatin1String("removes 2 tagged passage(s) and 0 article tag(s)")),
                 qPrintable(question));
        QVERIFY(!TagStore(m_window->corpus()).tag(m_actors));
        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(TagStore(m_window->corpus()).tag(m_actors));
        QCOMPARE(AnnotationStore(m_window->corpus()).forTags({m_actors}).size(), 2);
    }

    void followsTheSystemIntoTheDarkAndStaysReadable()
    {
        // The system turns dark (the application's palette changes): the reader's automatic theme
        // follows, passages blend darker with white text, and the header's greys are the theme's.
        open(QStringLiteral("安阳"));
        QVERIFY(!reader()->theme().dark);
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        QTRY_VERIFY(reader()->theme().dark);
        QVERIFY(reader()->palette().color(QPalette::Base).lightness() < 80);
        QList<QTextEdit::ExtraSelection> marks = reader()->extraSelections();
        QVERIFY(!marks.isEmpty());
        for (const QTextEdit::ExtraSelection &mark : marks)
            QCOMPARE(mark.format.foreground().color(), QColor(Qt::white));
        // The header's metadata line takes its grey from the theme.
        const QTextBlock metadata = reader()->document()->findBlockByNumber(2);
        QCOMPARE(metadata.charFormat().foreground().color(), reader()->theme().dimText);

        QApplication::setPalette(light);
        QTRY_VERIFY(!reader()->theme().dark);
        marks = reader()->extraSelections();
        for (const QTextEdit::ExtraSelection &mark : marks)
            QCOMPARE(mark.format.foreground().color(), QColor(Qt::black));
    }

    void exportsFromTheDialog()
    {
        ExportDialog dialog(m_window->corpus().path(), true, m_window.get());
        const QString out = m_dir.filePath(QStringLiteral("gui-annotations.csv"));
        dialog.findChild<QLineEdit *>(QStringLiteral("exportFile"))->setText(out);
        JobRunner *jobs = m_window->jobRunner();
        QSignalSpy finished(jobs, &JobRunner::jobFinished);
        jobs->start(dialog.createJob());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).toBool());
        const QString csv = QString::fromUtf8(fileBytes(out));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 1 + 4);
        QVERIFY(csv.contains(QStringLiteral("李公乐亲自挂帅")));
    }
};

QTEST_MAIN(TestTagging)
#include "tst_tagging.moc"
