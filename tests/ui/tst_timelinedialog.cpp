// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Counts Over Time on the sample corpus, checked against the articles' own dates, outlets
// and texts; a cell lists its articles in the main window; the table and the chart are saved.
#include "articlelistpane.h"
#include "csvrows.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/timelinetablemodel.h"
#include "search/articlelistquery.h"
#include "search/corpusentityquery.h"
#include "store/articlestore.h"
#include "store/tagstore.h"
#include "timelinechartview.h"
#include "timelinedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** The bucket of \a article as a researcher would sort it by hand. */
QString bucketByHand(const Article &article, TimeAxis axis)
{
    switch (axis) {
    case TimeAxis::Day:
        return article.published.left(10);
    case TimeAxis::Week: {
        const QDate date = QDate::fromString(article.published.left(10), Qt::ISODate);
        if (!date.isValid())
            return {};
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case TimeAxis::Month:
        return article.published.left(7);
    case TimeAxis::Year:
        return article.published.left(4);
    case TimeAxis::Outlet:
        return article.outlet;
    }
    return {};
}

bool mentionsPartyMembers(const Article &article)
{
    return article.body().contains(QStringLiteral("党员")) || article.body().contains(QStringLiteral("黨員"));
}

} // namespace

class TestTimelineDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ArticleListPane *list() const { return m_window->findChild<ArticleListPane *>(); }

    QList<Article> articles() const
    {
        QList<Article> all;
        const ArticleStore store(m_window->corpus());
        for (const qint64 id : ArticleListQuery(m_window->corpus(), {}).ids())
            all << *store.article(id);
        return all;
    }

    /** Opens the dialog from the menu with \a searchWords in the search box; counted when it returns. */
    TimelineDialog *openTimeline(const QString &searchWords)
    {
        qDeleteAll(m_window->findChildren<TimelineDialog *>());
        list()->setArticleSet({}, {}); // what an earlier cell listed
        auto *searchBox = list()->searchBox();
        searchBox->setText(searchWords);
        Q_EMIT searchBox->returnPressed();
        m_window->findChild<QAction *>(QStringLiteral("actionTimeline"))->trigger();
        auto *dialog = m_window->findChild<TimelineDialog *>();
        if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isCounting(); }))
            return nullptr;
        return dialog;
    }

    bool countAgain(TimelineDialog *dialog)
    {
        return QTest::qWaitFor([dialog] { return !dialog->isCounting(); });
    }

    QString status(TimelineDialog *dialog) const
    {
        return dialog->findChild<QLabel *>(QStringLiteral("timelineStatus"))->text();
    }

    /** The number in the table at \a row and \a column, as a model user reads it. */
    static double cell(const TimelineTableModel *model, int row, int column)
    {
        return model->index(row, column).data(Qt::UserRole).toDouble();
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("timeline.pizhu")));
        QVERIFY(m_window);
    }

    void countsAsTheArticlesSay_data()
    {
        QTest::addColumn<int>("axis");
        QTest::newRow("day") << int(TimeAxis::Day);
        QTest::newRow("week") << int(TimeAxis::Week);
        QTest::newRow("month") << int(TimeAxis::Month);
        QTest::newRow("year") << int(TimeAxis::Year);
        QTest::newRow("outlet") << int(TimeAxis::Outlet);
    }

    void countsAsTheArticlesSay()
    {
        QFETCH(int, axis);
        TimelineDialog *dialog = openTimeline(QStringLiteral("党员"));
        QVERIFY(dialog);
        dialog->setAxis(TimeAxis(axis));
        QVERIFY(countAgain(dialog));
        QMap<QString, int> totals;
        QMap<QString, int> mentioning;
        for (const Article &article : articles()) {
            ++totals[bucketByHand(article, TimeAxis(axis))];
            mentioning[bucketByHand(article, TimeAxis(axis))] += mentionsPartyMembers(article) ? 1 : 0;
        }
        const TimelineTableModel *model = dialog->tableModel();
        const TimelineTable &table = model->table();
        QCOMPARE(table.series, QStringList{QStringLiteral("党员")});
        int counted = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString bucket = table.buckets.at(row);
            QCOMPARE(cell(model, row, 0), double(totals.value(bucket)));
            QCOMPARE(cell(model, row, 1), double(mentioning.value(bucket)));
            counted += int(cell(model, row, 0));
        }
        QCOMPARE(counted, int(articles().size()));
        // The undated (or outlet-less) articles, if any, come last, named as such.
        QCOMPARE(table.buckets.constLast().isEmpty(), totals.contains(QString()));
        if (totals.contains(QString()))
            QCOMPARE(model->headerData(model->rowCount() - 1, Qt::Vertical).toString(),
                     QStringLiteral("no date"));
        if (TimeAxis(axis) == TimeAxis::Month) // every month from the first to the last, empty ones too
            QCOMPARE(model->rowCount(), 29 + 1);
        QVERIFY(status(dialog).contains(QString::number(articles().size())));
        dialog->close();
    }

    void perThousandIsOfTheSamePeriod()
    {
        TimelineDialog *dialog = openTimeline(QStringLiteral("党员"));
        QVERIFY(dialog);
        dialog->setAxis(TimeAxis::Year);
        QVERIFY(countAgain(dialog));
        dialog->setMeasure(TimelineMeasure::PerThousand);
        const TimelineTableModel *model = dialog->tableModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const double total = cell(model, row, 0);
            const int count = model->table().counts.at(0).at(row);
            QCOMPARE(cell(model, row, 1), total > 0 ? 1000.0 * count / total : 0.0);
        }
        QCOMPARE(dialog->chart()->table().series, model->table().series);
        dialog->close();
    }

    void aCellListsItsArticles()
    {
        TimelineDialog *dialog = openTimeline(QStringLiteral("党员"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tabs = dialog->findChild<QTabWidget *>();
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("timelineTable"));
        tabs->setCurrentWidget(view);
        const int march = int(dialog->tableModel()->table().buckets.indexOf(QStringLiteral("2022-03")));
        QVERIFY(march >= 0);
        const QModelIndex index = dialog->tableModel()->index(march, 1);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
        QTest::keyClick(view, Qt::Key_Return); // as a double click would, it opens the cell
        QList<qint64> expected;
        for (const Article &article : articles()) {
            if (article.published.startsWith(QStringLiteral("2022-03")) && mentionsPartyMembers(article))
                expected << article.id;
        }
        QCOMPARE(list()->model()->totalCount(), int(expected.size()));
        QCOMPARE(list()->model()->index(0, 0).data(ArticleIdRole).toLongLong(), expected.value(0));
        QCOMPARE(list()->findChild<QLabel *>(QStringLiteral("tagFilterLabel"))->text(),
                 QStringLiteral("党员 in 2022-03 (1 article)"));
        QVERIFY(list()->searchBox()->text().isEmpty()); // the cell's articles, not narrowed by a search
        dialog->close();
    }

    void everyTagMakesTheCodeByOutletCrosstab()
    {
        const qint64 frontline = m_window->session().addTag(QStringLiteral("Frontline"));
        const qint64 rear = m_window->session().addTag(QStringLiteral("Rear"));
        QVERIFY(frontline && rear);
        const QList<Article> all = articles();
        QVERIFY(m_window->session().setArticleTag(all.at(0).id, frontline, true));
        QVERIFY(m_window->session().setArticleTag(all.at(1).id, frontline, true));
        QVERIFY(m_window->session().setArticleTag(all.at(1).id, rear, true));
        TimelineDialog *dialog = openTimeline(QString());
        QVERIFY(dialog);
        QCOMPARE(dialog->tableModel()->table().series, QStringList{QStringLiteral("All articles")});
        dialog->findChild<QListWidget *>(QStringLiteral("timelineSeries"))->setCurrentRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("timelineRemove"))->click();
        QCOMPARE(dialog->tableModel()->table().series.size(), 0);
        QCOMPARE(status(dialog), QStringLiteral("Add words, a tag, a person or an organisation to count."));
        dialog->findChild<QPushButton *>(QStringLiteral("timelineAddEveryTag"))->click();
        dialog->setAxis(TimeAxis::Outlet);
        QVERIFY(countAgain(dialog));
        dialog->findChild<QCheckBox *>(QStringLiteral("timelineTransposed"))->setChecked(true);
        const TimelineTableModel *model = dialog->tableModel();
        QCOMPARE(model->rowCount(), 1 + 2); // all articles, then each series
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("Frontline"));
        QCOMPARE(model->headerData(2, Qt::Vertical).toString(), QStringLiteral("Rear"));
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString outlet = model->table().buckets.at(column);
            int tagged[2] = {0, 0};
            for (int article = 0; article < 2; ++article) {
                if (all.at(article).outlet == outlet) {
                    tagged[0] += 1;
                    tagged[1] += article == 1 ? 1 : 0;
                }
            }
            QCOMPARE(cell(model, 1, column), double(tagged[0]));
            QCOMPARE(cell(model, 2, column), double(tagged[1]));
        }

        const QString path = m_dir.filePath(QStringLiteral("crosstab.csv"));
        QString error;
        QVERIFY2(dialog->saveData(path, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.value(0).mid(0, 3), (QStringList{QStringLiteral("outlet"), QStringLiteral("articles"),
                                                       QStringLiteral("Frontline")}));
        QVERIFY(rows.value(0).contains(QStringLiteral("Frontline")));
        QCOMPARE(rows.size(), 1 + model->columnCount()); // a row per outlet, whatever is shown
        dialog->close();
        QVERIFY(m_window->session().deleteTag(frontline) && m_window->session().deleteTag(rear));
    }

    void namesAPersonOrSaysThereIsNone()
    {
        const QList<CorpusEntity> entities = CorpusEntityQuery(m_window->corpus()).run();
        const auto person = std::find_if(entities.cbegin(), entities.cend(), [](const CorpusEntity &entity) {
            return entity.type == EntityType::Person;
        });
        QVERIFY(person != entities.cend());
        TimelineDialog *dialog = openTimeline(QString());
        QVERIFY(dialog);
        QVERIFY(dialog->addEntity(person->name));
        QVERIFY(countAgain(dialog));
        QCOMPARE(dialog->tableModel()->table().series.constLast(), person->name);
        QCOMPARE(dialog->tableModel()->table().seriesTotal(1), person->articles);
        QVERIFY(!dialog->addEntity(QStringLiteral("查无此人")));
        QCOMPARE(status(dialog),
                 QStringLiteral("no person or organisation in this corpus is named “查无此人”"));
        QCOMPARE(dialog->tableModel()->table().series.size(), 2);
        dialog->close();
    }

    void badWordsAreSaidAndAddNothing()
    {
        TimelineDialog *dialog = openTimeline(QStringLiteral("党员"));
        QVERIFY(dialog);
        dialog->addWords(QStringLiteral("“,”"));
        QVERIFY2(status(dialog).startsWith(QStringLiteral("““,””: ")), qPrintable(status(dialog)));
        QCOMPARE(dialog->tableModel()->table().series, QStringList{QStringLiteral("党员")});
        dialog->close();
    }

    void onlyTheListedArticlesWhenAsked()
    {
        TimelineDialog *dialog = openTimeline(QStringLiteral("安阳"));
        QVERIFY(dialog);
        dialog->addWords(QStringLiteral("党员"));
        QVERIFY(countAgain(dialog));
        const QList<Article> all = articles();
        QCOMPARE(dialog->tableModel()->table().seriesTotal(1),
                 int(std::count_if(all.cbegin(), all.cend(), mentionsPartyMembers)));
        dialog->findChild<QCheckBox *>(QStringLiteral("timelineOnlyListed"))->setChecked(true);
        QVERIFY(countAgain(dialog));
        const TimelineTable &table = dialog->tableModel()->table();
        int listed = 0;
        for (const int total : table.totals)
            listed += total;
        QCOMPARE(listed, 1);
        QCOMPARE(table.seriesTotal(1), 1);
        dialog->close();
    }

    void theListedArticlesAreASeries()
    {
        TimelineDialog *dialog = openTimeline(QStringLiteral("安阳"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("timelineAddListed"))->click();
        QVERIFY(countAgain(dialog));
        const TimelineTable &table = dialog->tableModel()->table();
        QCOMPARE(table.series.constLast(), QStringLiteral("Listed articles"));
        QCOMPARE(table.seriesTotal(int(table.series.size()) - 1), list()->model()->totalCount());
        dialog->close();
        // Nothing narrows the list: there is no set to add.
        dialog = openTimeline(QString());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("timelineAddListed"))->isEnabled());
        dialog->close();
    }

    void savesTheChartAsPngAndSvg_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("saved");
        QTest::newRow("png") << QStringLiteral("timeline.png") << true;
        QTest::newRow("svg") << QStringLiteral("timeline.svg") << true;
        QTest::newRow("jpeg") << QStringLiteral("timeline.jpg") << false;
        QTest::newRow("no folder") << QStringLiteral("nowhere/timeline.png") << false;
    }

    void savesTheChartAsPngAndSvg()
    {
        QFETCH(QString, name);
        QFETCH(bool, saved);
        TimelineDialog *dialog = openTimeline(QStringLiteral("党员"));
        QVERIFY(dialog);
        const QString path = m_dir.filePath(name);
        QString error;
        QCOMPARE(dialog->saveChart(path, &error), saved);
        QCOMPARE(QFile::exists(path), saved);
        if (!saved)
            QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
        else if (name.endsWith(QLatin1String(".png")))
            QVERIFY(!QImage(path).isNull());
        dialog->close();
    }
};

QTEST_MAIN(TestTimelineDialog)
#include "tst_timelinedialog.moc"
