// SPDX-License-Identifier: GPL-3.0-or-later
// Several coders in one corpus, in the real window: who codes is asked once and shown in the
// status bar; each coder's whole-article tags and passages stay theirs; the codebook, the
// Passages dock and the reader show everyone's coding, one coder's, or two compared.
#include "agreementdialog.h"
#include "annotationdock.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "exchangeactions.h"
#include "ingest/samplecorpus.h"
#include "itemmodels/agreementtablemodel.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/disagreementlistmodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/tagtreemodel.h"
#include "preferences.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "tagdock.h"
#include "taggingcontroller.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCoders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    qint64 m_frames = 0;

    CorpusSession &session() const { return m_window->session(); }
    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }

    int passagesListed() const { return m_window->findChild<AnnotationDock *>()->model()->rowCount(); }

    int passagesCounted() const
    {
        TagTreeModel *model = m_window->findChild<TagDock *>()->model();
        const QModelIndex frames =
            model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("Frames")).value(0);
        return frames.siblingAtColumn(TagTreeModel::PassagesColumn).data().toInt();
    }

    QString status() const
    {
        return m_window->findChild<QToolButton *>(QStringLiteral("coderStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        Preferences::coderName.reset(); // nobody named: the first edit asks
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("coders.pizhu")));
        QVERIFY(m_window);
        m_article = selectArticleTitled(m_window.get(), QStringLiteral("安阳"));
        QVERIFY(m_article);
        QTRY_COMPARE(reader()->articleId(), m_article);
        m_frames = session().addTag(QStringLiteral("Frames"));
        QVERIFY(m_frames);
    }

    void theFirstEditAsksWhoCodesOnce()
    {
        int asked = 0;
        QTimer::singleShot(0, this, [&asked] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            ++asked;
            dialog->setTextValue(QStringLiteral("编码员甲"));
            dialog->accept();
        });
        QVERIFY(session().addAnnotation(m_article, m_frames, {10, 20}));
        QCOMPARE(asked, 1);
        QCOMPARE(AnnotationStore(m_window->corpus()).forArticle(m_article).value(0).coder,
                 QStringLiteral("编码员甲"));
        QCOMPARE(Preferences::coderName.value(), QStringLiteral("编码员甲"));
        QVERIFY2(status().contains(QStringLiteral("Coder: 编码员甲")), qPrintable(status()));
        // No second question.
        QVERIFY(session().addAnnotation(m_article, m_frames, {30, 40}));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void eachCoderHasTheirOwnArticleTags()
    {
        QVERIFY(session().setArticleTag(m_article, m_frames, true));
        session().setCoder(QStringLiteral("编码员乙"));
        // The codebook's check is this window's coder's: 乙 has not tagged the article yet.
        TagTreeModel *model = m_window->findChild<TagDock *>()->model();
        const QModelIndex frames =
            model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("Frames")).value(0);
        QCOMPARE(frames.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(session().setArticleTag(m_article, m_frames, true));
        QCOMPARE(frames.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(AnnotationStore(m_window->corpus()).articleTags(m_article).size(), 2);
        // 乙 untags: 甲's tag stays, and undo brings 乙's back.
        QVERIFY(session().setArticleTag(m_article, m_frames, false));
        const QList<ArticleTag> left = AnnotationStore(m_window->corpus()).articleTags(m_article);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().coder, QStringLiteral("编码员甲"));
        session().undoStack()->undo();
        QCOMPARE(AnnotationStore(m_window->corpus()).articleTags(m_article).size(), 2);
    }

    void theViewsShowOneCoderSeveralOrAll()
    {
        QVERIFY(session().addAnnotation(m_article, m_frames, {50, 60})); // 乙's one passage
        QCOMPARE(session().coders(), (QStringList{QStringLiteral("编码员乙"), QStringLiteral("编码员甲")}));
        QCOMPARE(passagesListed(), 3);
        QCOMPARE(passagesCounted(), 3);
        QCOMPARE(reader()->extraSelections().size(), 3);

        // View → Coders → Only Mine.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuCoders"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction *>(QStringLiteral("actionShowMyCoding"))->trigger();
        QCOMPARE(session().shownCoders(), QStringList{QStringLiteral("编码员乙")});
        QCOMPARE(passagesListed(), 1);
        QCOMPARE(passagesCounted(), 1);
        QCOMPARE(reader()->extraSelections().size(), 1);
        QVERIFY2(status().contains(QStringLiteral("showing 编码员乙")), qPrintable(status()));

        // Another coder added from the list, then everyone's again.
        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction *>(QStringLiteral("actionShowCoder_编码员甲"))->setChecked(true);
        QCOMPARE(passagesListed(), 3);
        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction *>(QStringLiteral("actionShowCoder_编码员乙"))->setChecked(false);
        QCOMPARE(session().shownCoders(), QStringList{QStringLiteral("编码员甲")});
        QCOMPARE(passagesListed(), 2);
        QCOMPARE(passagesCounted(), 2);
        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction *>(QStringLiteral("actionShowAllCoders"))->trigger();
        QVERIFY(session().shownCoders().isEmpty());
        QCOMPARE(passagesCounted(), 3);
        QCOMPARE(reader()->extraSelections().size(), 3);
    }

    void twoCodersComparedInTheReader()
    {
        m_window->tagging()->compareCoders(QStringLiteral("编码员甲"), QStringLiteral("编码员乙"));
        const QList<QTextEdit::ExtraSelection> marks = reader()->extraSelections();
        QCOMPARE(marks.size(), 3);
        int underlined = 0;
        int filled = 0;
        for (const QTextEdit::ExtraSelection &mark : marks) {
            if (mark.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                ++underlined;
                QVERIFY(!mark.format.hasProperty(QTextFormat::BackgroundBrush));
            } else {
                ++filled;
                QVERIFY(mark.format.background().style() != Qt::NoBrush);
            }
        }
        QCOMPARE(underlined, 1); // 乙's passage
        QCOMPARE(filled, 2);     // 甲's two
        QVERIFY2(status().contains(QStringLiteral("comparing 编码员甲 (filled) with 编码员乙 (underlined)")),
                 qPrintable(status()));
        // Undo removes only this window's own edits: 乙's passage, never 甲's.
        session().undoStack()->undo();
        const QList<Annotation> left = AnnotationStore(m_window->corpus()).forArticle(m_article);
        QCOMPARE(left.size(), 2);
        QVERIFY(std::all_of(left.cbegin(), left.cend(),
                            [](const Annotation &a) { return a.coder == QStringLiteral("编码员甲"); }));
    }

    void theAgreementDialogComputesAndOpensTheDisagreements()
    {
        // 甲 has [10,20) and [30,40); 乙's [50,60) was undone, so 乙 gets a passage of their own.
        session().setCoder(QStringLiteral("编码员乙"));
        QVERIFY(session().addAnnotation(m_article, m_frames, {10, 25}));
        m_window->findChild<QAction *>(QStringLiteral("actionCoderAgreement"))->trigger();
        auto *dialog = m_window->findChild<AgreementDialog *>();
        QVERIFY(dialog);
        dialog->compute();
        QTRY_COMPARE(dialog->figures()->rowCount(), 2); // Frames, then all tags together
        const QModelIndex frames = dialog->figures()->index(0, AgreementTableModel::TagColumn);
        QCOMPARE(frames.data().toString(), QStringLiteral("Frames"));
        // Both tagged the article as a whole: the article-level unit agrees.
        QCOMPARE(frames.siblingAtColumn(AgreementTableModel::ArticlePercentColumn).data().toString(),
                 QStringLiteral("1.000"));
        // The passages differ at [20,25) and [30,40).
        QCOMPARE(dialog->disagreements()->rowCount(), 2);
        const QModelIndex second = dialog->disagreements()->index(1, 0);
        QCOMPARE(second.data(SpanRole).value<TextSpan>(), (TextSpan{30, 40}));
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("agreementDisagreements"));
        Q_EMIT view->activated(second);
        const std::optional<TextSpan> selected = reader()->originalSelection();
        QVERIFY(selected);
        QCOMPARE(*selected, (TextSpan{30, 40}));
        // The reliability data behind it, as CSV.
        const QString raw = m_dir.filePath(QStringLiteral("raw.csv"));
        QVERIFY(dialog->saveRawData(raw, true));
        QVERIFY(fileBytes(raw).contains("编码员甲"));
        dialog->close();
    }

    void anotherCodersCorpusMergesFromTheFileMenu()
    {
        // A colleague's copy of the samples with a passage of theirs, merged in and undone again.
        const QString theirs = m_dir.filePath(QStringLiteral("colleague.pizhu"));
        {
            CorpusDatabase db;
            QVERIFY(SampleCorpus::openWithSamplesIfNew(db, theirs));
            CorpusSession colleague(db);
            colleague.setCoder(QStringLiteral("编码员丙"));
            const qint64 frames = colleague.addTag(QStringLiteral("Frames"));
            QVERIFY(colleague.addAnnotation(
                ArticleStore(db).idForHash(ArticleStore(m_window->corpus()).article(m_article)->contentHash),
                frames, {0, 8}));
        }
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionMergeCoder")));
        auto *exchange = m_window->findChild<ExchangeActions *>();
        m_window->tagging()->compareCoders({}, {});
        session().setShownCoders({}); // everyone's coding, the newcomer's included
        const int before = passagesListed();
        QVERIFY(exchange->mergeCoderCorpus(theirs));
        auto *report = m_window->findChild<QMessageBox *>(QStringLiteral("mergeReport"));
        QVERIFY(report);
        QVERIFY2(report->text().contains(QLatin1String("1 passage")), qPrintable(report->text()));
        report->close();
        QTRY_COMPARE(passagesListed(), before + 1);
        QVERIFY(session().coders().contains(QStringLiteral("编码员丙")));
        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(passagesListed(), before);

        // A file that is not a project is refused with the reason, and nothing changes.
        const QString notes = m_dir.filePath(QStringLiteral("notes.qdpx"));
        QVERIFY(writeFile(notes, "not a project"));
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(QLatin1String("not a zip file")), qPrintable(box->text()));
            box->accept();
        });
        QVERIFY(!exchange->importProject(notes));
        QCOMPARE(passagesListed(), before);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestCoders)
#include "tst_coders.moc"
