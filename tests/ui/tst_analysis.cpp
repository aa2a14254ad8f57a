// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis in the real window on the samples: the concordance from the Tools menu with the search
// box's words, its rows opening the reader at the hit, sorting, tagging chosen hits (or their
// sentences) in one step that Edit → Undo takes back, and saving it as CSV.
#include "annotationdock.h"
#include "articlelistpane.h"
#include "concordancedialog.h"
#include "csvrows.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/concordancemodel.h"
#include "itemmodels/itemroles.h"
#include "readerview.h"
#include "search/articlelistquery.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "tagpicker.h"
#include "testsupport.h"
#include "text/codepoints.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_quotes = 0;

    CorpusSession &session() const { return m_window->session(); }
    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("reader")); }

    QList<qint64> articleIds() const { return ArticleListQuery(m_window->corpus(), {}).ids(); }

    QList<Annotation> allPassages() const
    {
        QList<Annotation> all;
        for (const qint64 id : articleIds())
            all += AnnotationStore(m_window->corpus()).forArticle(id);
        return all;
    }

    /** Hits of 党员 or 黨員 in the stored texts, by plain string search. */
    int plainHitCount() const
    {
        int hits = 0;
        const ArticleStore store(m_window->corpus());
        for (const qint64 id : articleIds()) {
            const QString body = store.article(id)->body();
            hits += int(body.count(QStringLiteral("党员")) + body.count(QStringLiteral("黨員")));
        }
        return hits;
    }

    ConcordanceDialog *openConcordance(const QString &searchWords)
    {
        qDeleteAll(m_window->findChildren<ConcordanceDialog *>()); // the last one, closed
        auto *searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        searchBox->setText(searchWords);
        Q_EMIT searchBox->returnPressed(); // the list shows what the words find
        m_window->findChild<QAction *>(QStringLiteral("actionConcordance"))->trigger();
        return m_window->findChild<ConcordanceDialog *>();
    }

    void chooseTagInPicker(const QString &typed)
    {
        QTimer::singleShot(0, this, [typed] {
            auto *picker = qobject_cast<TagPicker *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            auto *field = picker->findChild<QLineEdit *>(QStringLiteral("tagPickerField"));
            QTest::keyClicks(field, typed);
            QTest::keyClick(field, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("analysis.pizhu")));
        QVERIFY(m_window);
        m_quotes = session().addTag(QStringLiteral("Quotes"));
        QVERIFY(m_quotes);
    }

    void theConcordanceStartsWithTheSearchBoxWords()
    {
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("党员"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("concordanceQuery"))->text(),
                 QStringLiteral("党员"));
        QVERIFY(dialog->model()->isComplete()); // fewer hits than a page in five articles
        QCOMPARE(dialog->model()->rowCount(), plainHitCount());
        dialog->close();
    }

    void theSearchBoxOffersItsConcordance()
    {
        auto *searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *action : menu->actions())
                offered << action->objectName();
            menu->close();
        });
        Q_EMIT searchBox->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(offered.contains(QStringLiteral("actionConcordance")));
    }

    void onlyTheListedArticlesWhenAsked()
    {
        // The list narrowed to one article: its hits alone.
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("安阳"));
        QCOMPARE(m_window->findChild<ArticleListPane *>()->model()->rowCount(), 1);
        const qint64 anyang =
            m_window->findChild<ArticleListPane *>()->model()->index(0, 0).data(ArticleIdRole).toLongLong();
        auto *onlyListed = dialog->findChild<QCheckBox *>(QStringLiteral("concordanceOnlyListed"));
        QVERIFY(onlyListed->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("concordanceQuery"))->setText(QStringLiteral("党员"));
        dialog->find();
        QCOMPARE(dialog->model()->rowCount(), plainHitCount());
        onlyListed->setChecked(true);
        dialog->find();
        QVERIFY(dialog->model()->rowCount() > 0);
        QVERIFY(dialog->model()->rowCount() < plainHitCount());
        for (const ConcordanceLine &line : dialog->model()->lines())
            QCOMPARE(line.articleId, anyang);
        dialog->close();
    }

    void aRowOpensTheArticleAtTheHit()
    {
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("黨員"));
        QVERIFY(dialog->model()->rowCount() > 3);
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("concordanceView"));
        const QModelIndex third = dialog->model()->index(2, ConcordanceModel::HitColumn);
        Q_EMIT view->activated(third);
        const qint64 articleId = third.data(ArticleIdRole).toLongLong();
        QTRY_COMPARE(reader()->articleId(), articleId);
        const std::optional<TextSpan> selected = reader()->originalSelection();
        QVERIFY(selected);
        QCOMPARE(*selected, third.data(SpanRole).value<TextSpan>());
        const QString body = ArticleStore(m_window->corpus()).article(articleId)->body();
        const qsizetype at = CodePoints::toUtf16(body, selected->start);
        QVERIFY(body.mid(at, 2) == QStringLiteral("党员") || body.mid(at, 2) == QStringLiteral("黨員"));
        dialog->close();
    }

    void sortsByTheContextBeforeTheHit()
    {
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("党员"));
        const int rows = dialog->model()->rowCount();
        dialog->setSort(Concordance::Sort::Left);
        dialog->find();
        // Sorting needs every hit first, found in the background; the rows come back reordered.
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("concordanceStatus"))
                        ->text()
                        .startsWith(QString::number(rows)));
        QCOMPARE(dialog->model()->rowCount(), rows);
        QList<ConcordanceLine> expected = dialog->model()->lines();
        Concordance::sort(expected, Concordance::Sort::Left);
        for (int row = 0; row < rows; ++row)
            QCOMPARE(dialog->model()->lines().at(row).left, expected.at(row).left);
        dialog->close();
    }

    void tagsTheChosenHitsInOneUndoableStep_data()
    {
        QTest::addColumn<bool>("sentences");
        QTest::newRow("the hits") << false;
        QTest::newRow("their sentences") << true;
    }

    void tagsTheChosenHitsInOneUndoableStep()
    {
        QFETCH(bool, sentences);
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("党员"));
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("concordanceView"));
        view->selectionModel()->select(dialog->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // The first hit and one in another article: two sentences for sure.
        const QList<ConcordanceLine> &lines = dialog->model()->lines();
        const int other = int(std::find_if(lines.cbegin(), lines.cend(),
                                           [&](const ConcordanceLine &line) {
                                               return line.articleId != lines.first().articleId;
                                           }) -
                              lines.cbegin());
        QVERIFY(other < lines.size());
        view->selectionModel()->select(dialog->model()->index(other, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        dialog->findChild<QCheckBox *>(QStringLiteral("concordanceSentences"))->setChecked(sentences);
        const int before = int(allPassages().size());
        chooseTagInPicker(QStringLiteral("Quot"));
        dialog->findChild<QPushButton *>(QStringLiteral("concordanceTag"))->click();
        QTRY_COMPARE(int(allPassages().size()), before + 2);

        for (const int row : {0, other}) {
            const qint64 articleId = dialog->model()->index(row, 0).data(ArticleIdRole).toLongLong();
            const TextSpan hit = dialog->model()->index(row, 0).data(SpanRole).value<TextSpan>();
            const QString body = ArticleStore(m_window->corpus()).article(articleId)->body();
            const TextSpan expected = sentences ? Concordance::sentenceAround(body, hit) : hit;
            if (sentences) {
                QVERIFY(expected.start <= hit.start && expected.end >= hit.end);
                QVERIFY(expected.end - expected.start > hit.end - hit.start);
            }
            const QList<Annotation> passages = AnnotationStore(m_window->corpus()).forArticle(articleId);
            QVERIFY2(std::any_of(passages.cbegin(), passages.cend(),
                                 [&](const Annotation &a) {
                                     return a.tagId == m_quotes && a.start == expected.start &&
                                            a.end == expected.end && a.coder == QStringLiteral("tester");
                                 }),
                     qPrintable(QStringLiteral("row %1: no passage at [%2, %3)")
                                    .arg(row)
                                    .arg(expected.start)
                                    .arg(expected.end)));
        }

        // One step in the Edit menu takes both away, and brings them back.
        QAction *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo->text().contains(QStringLiteral("党员")));
        undo->trigger();
        QCOMPARE(int(allPassages().size()), before);
        m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(int(allPassages().size()), before + 2);
        undo->trigger();
        QCOMPARE(int(allPassages().size()), before);
        dialog->close();
    }

    void nothingChosenTagsNothing()
    {
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("党员"));
        const int steps = session().undoStack()->count();
        QCOMPARE(dialog->tagChosen(m_quotes, false), 0);
        QCOMPARE(session().undoStack()->count(), steps);
        dialog->close();
    }

    void savesEveryLineAsCsv()
    {
        ConcordanceDialog *dialog = openConcordance(QStringLiteral("党员"));
        const QString path = m_dir.filePath(QStringLiteral("kwic.csv"));
        dialog->exportTo(path);
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("concordanceStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Saved")));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.value(0).value(0), QStringLiteral("article_id"));
        QCOMPARE(int(rows.size()) - 1, plainHitCount());
        dialog->close();
    }

    void anEmptyQueryIsSaidInTheDialog()
    {
        ConcordanceDialog *dialog = openConcordance(QString());
        QCOMPARE(dialog->model()->rowCount(), 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("concordanceQuery"))->setText(QStringLiteral("党员"));
        dialog->find();
        QVERIFY(dialog->model()->rowCount() > 0);
        // The old hits go: they are not what the box says any more.
        dialog->findChild<QLineEdit *>(QStringLiteral("concordanceQuery"))->setText(QStringLiteral("  "));
        dialog->find();
        QCOMPARE(dialog->model()->rowCount(), 0);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("concordanceStatus"))->text(),
                 SearchQuery::parse(QStringLiteral("  ")).error());
        dialog->close();
    }
};

QTEST_MAIN(TestAnalysis)
#include "tst_analysis.moc"
