// SPDX-License-Identifier: GPL-3.0-or-later
// Charts as a reader of the paper sees them: the bars drawn as high as the counts, the lines
// through the counts, and the saved pictures whole.
#include "chartpalette.h"
#include "pictureexport.h"
#include "timelinechartview.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Pizhu;

namespace {

TimelineTable monthsTable(const QList<int> &counts, const QList<int> &totals)
{
    TimelineTable table;
    table.axis = TimeAxis::Month;
    for (int month = 0; month < counts.size(); ++month)
        table.buckets << QStringLiteral("2021-%1").arg(month + 1, 2, 10, QLatin1Char('0'));
    table.series = {QStringLiteral("党员")};
    table.counts = {counts};
    table.totals = totals;
    return table;
}

bool isPaletteColour(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) < 6 && std::abs(qGreen(pixel) - colour.green()) < 6 &&
           std::abs(qBlue(pixel) - colour.blue()) < 6;
}

/** The heights, left to right, of the runs of columns in \a area painted in \a colour. */
QList<int> barHeights(const QImage &image, const QRect &area, const QColor &colour)
{
    QList<int> heights;
    bool inBar = false;
    for (int x = area.left(); x <= area.right(); ++x) {
        int top = -1;
        int bottom = -1;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            if (isPaletteColour(image.pixel(x, y), colour)) {
                if (top < 0)
                    top = y;
                bottom = y;
            }
        }
        if (top >= 0 && !inBar)
            heights << 0;
        if (top >= 0)
            heights.last() = std::max(heights.last(), bottom - top + 1);
        inBar = top >= 0;
    }
    return heights;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<TimelineChartView> shownChart(const TimelineTable &table, TimelineMeasure measure,
                                                  TimelineChartView::Style style)
    {
        auto view = std::make_unique<TimelineChartView>();
        view->resize(800, 500);
        view->setTable(table, measure, style);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QCoreApplication::processEvents();
        return view;
    }

private Q_SLOTS:
    void barsAreAsHighAsTheCounts_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<int>>("totals");
        QTest::addColumn<int>("measure");
        QTest::addColumn<QList<double>>("shown");
        QTest::newRow("articles") << QList<int>{2, 8, 4, 6} << QList<int>{10, 10, 10, 10}
                                  << int(TimelineMeasure::Articles) << QList<double>{2, 8, 4, 6};
        // Per 1,000: 2 of 4 is 500, 8 of 32 is 250, 4 of 4 is 1000, 6 of 12 is 500.
        QTest::newRow("per thousand")
            << QList<int>{2, 8, 4, 6} << QList<int>{4, 32, 4, 12} << int(TimelineMeasure::PerThousand)
            << QList<double>{500, 250, 1000, 500};
    }

    void barsAreAsHighAsTheCounts()
    {
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, totals);
        QFETCH(int, measure);
        QFETCH(QList<double>, shown);
        const auto view =
            shownChart(monthsTable(counts, totals), TimelineMeasure(measure), TimelineChartView::Style::Bars);
        QVERIFY(view);
        const QString path = m_dir.filePath(QStringLiteral("bars.png"));
        QString error;
        QVERIFY2(PictureExport::save(*view->scene(), view->chart()->geometry(), path, &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), view->chart()->geometry().size().toSize() * 2); // twice the size shown
        const QRectF plot = view->chart()->plotArea().translated(-view->chart()->geometry().topLeft());
        const QRect plotInImage(plot.topLeft().toPoint() * 2, plot.size().toSize() * 2);
        const QList<int> heights = barHeights(image, plotInImage, ChartPalette::color(0));
        QCOMPARE(heights.size(), shown.size());
        const double tallest = *std::max_element(shown.cbegin(), shown.cend());
        const int tallestHeight = *std::max_element(heights.cbegin(), heights.cend());
        for (int bar = 0; bar < shown.size(); ++bar) {
            const double expected = shown.at(bar) / tallest;
            const double drawn = double(heights.at(bar)) / tallestHeight;
            QVERIFY2(std::abs(drawn - expected) < 0.03,
                     qPrintable(QStringLiteral("bar %1: drawn %2 of the tallest, the data say %3")
                                    .arg(bar)
                                    .arg(drawn)
                                    .arg(expected)));
        }
    }

    void linesGoThroughTheCounts()
    {
        TimelineTable table = monthsTable({3, 0, 5}, {5, 5, 5});
        table.buckets << QString(); // undated articles: in the table, not on a time axis
        table.counts.first() << 7;
        table.totals << 9;
        const auto view = shownChart(table, TimelineMeasure::Articles, TimelineChartView::Style::Lines);
        QVERIFY(view);
        QCOMPARE(view->style(), TimelineChartView::Style::Lines);
        const auto *line = qobject_cast<QLineSeries *>(view->chart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->name(), QStringLiteral("党员"));
        const QList<QPointF> points = line->points();
        QCOMPARE(points.size(), 3);
        for (int month = 0; month < 3; ++month) {
            QCOMPARE(points.at(month).y(), double(table.counts.first().at(month)));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.at(month).x())).date(),
                     QDate(2021, month + 1, 1));
        }
    }

    void outletsAreAlwaysBars()
    {
        TimelineTable table;
        table.axis = TimeAxis::Outlet;
        table.buckets = {QStringLiteral("新华网"), QStringLiteral("人民网"), QString()};
        table.series = {QStringLiteral("a"), QStringLiteral("b")};
        table.counts = {{1, 2, 3}, {4, 5, 6}};
        table.totals = {10, 10, 10};
        const auto view = shownChart(table, TimelineMeasure::Articles, TimelineChartView::Style::Lines);
        QVERIFY(view);
        QCOMPARE(view->style(), TimelineChartView::Style::Bars);
        const auto *bars = qobject_cast<QBarSeries *>(view->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(1)->at(2), 6.0);
        QCOMPARE(bars->barSets().at(1)->color(), ChartPalette::color(1));
    }

    void clickingABarAsksForItsArticles()
    {
        const auto view = shownChart(monthsTable({2, 8}, {9, 9}), TimelineMeasure::Articles,
                                     TimelineChartView::Style::Bars);
        QVERIFY(view);
        QSignalSpy clicked(view.get(), &TimelineChartView::bucketClicked);
        // The middle of the second bar, where a researcher would click.
        const QRectF plot = view->chart()->plotArea();
        const QPointF secondBar(plot.left() + plot.width() * 0.75, plot.bottom() - 5);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(secondBar));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().value(0).toInt(), 0);
        QCOMPARE(clicked.first().value(1).toInt(), 1);
    }

    void savesSvgThatParses()
    {
        const auto view = shownChart(monthsTable({1, 2}, {3, 3}), TimelineMeasure::Articles,
                                     TimelineChartView::Style::Bars);
        QVERIFY(view);
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(PictureExport::save(*view->scene(), view->chart()->geometry(), path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader svg(&file);
        QStringList texts;
        QString root;
        QString title;
        while (!svg.atEnd()) {
            if (svg.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty())
                root = svg.name().toString();
            else if (svg.name() == QLatin1String("title") && title.isEmpty())
                title = svg.readElementText();
            else if (svg.name() == QLatin1String("text"))
                texts << svg.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QCOMPARE(title, QStringLiteral("chart"));
        // The series' name is written as text, not only as shapes.
        QVERIFY2(texts.contains(QStringLiteral("党员")), qPrintable(texts.join(u'|')));
    }

    void badPicturePathsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("suffix") << QStringLiteral("chart.jpg")
                                << QStringLiteral("a picture is saved as .png or .svg");
        QTest::newRow("folder") << QStringLiteral("missing/chart.png") << QString();
    }

    void badPicturePathsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const auto view =
            shownChart(monthsTable({1}, {1}), TimelineMeasure::Articles, TimelineChartView::Style::Bars);
        QVERIFY(view);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY(!PictureExport::save(*view->scene(), view->chart()->geometry(), path, &error));
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")), qPrintable(error));
        if (!reason.isEmpty())
            QVERIFY(error.endsWith(reason));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
