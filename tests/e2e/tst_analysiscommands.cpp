// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis commands of the real `pizhu` executable, checked against what other commands
// print: kwic against the texts `pizhu show --json` gives, counted here by plain string search.
#include "commandrun.h"
#include "csvrows.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>
#include <set>

using namespace Pizhu::TestSupport;

namespace {

using Hit = std::tuple<qint64, int, int>; // article, start, end in code points

int codePointsBefore(const QString &text, qsizetype utf16)
{
    return int(QStringView(text).left(utf16).toUcs4().size());
}

QString codePointSlice(const QString &text, int from, int to)
{
    const QList<uint> all = QStringView(text).toUcs4();
    from = std::clamp(from, 0, int(all.size()));
    to = std::clamp(to, from, int(all.size()));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(all.constData()) + from, to - from);
}

} // namespace

class TestAnalysisCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QMap<qint64, QString> m_texts;     ///< what `pizhu show --json` prints as each article's text
    QMap<qint64, QJsonObject> m_shown; ///< all that `pizhu show --json` prints of each article

    CommandRun pizhu(const QStringList &arguments, const QStringList &unset = {})
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path(), unset);
    }

    std::set<Hit> plainHits(const QStringList &spellings) const
    {
        std::set<Hit> hits;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            for (const QString &word : spellings) {
                for (qsizetype at = it->indexOf(word); at >= 0; at = it->indexOf(word, at + 1))
                    hits.insert(
                        {it.key(), codePointsBefore(*it, at), codePointsBefore(*it, at + word.size())});
            }
        }
        return hits;
    }

    /** The bucket of an article as a researcher sorts it by hand: the date's first characters, or the outlet.
     */
    QString bucketByHand(qint64 id, const QString &by) const
    {
        const QJsonObject &shown = m_shown[id];
        const QString published = shown.value(QStringLiteral("published")).toString();
        if (by == QLatin1String("outlet"))
            return shown.value(QStringLiteral("outlet")).toString();
        return published.left(by == QLatin1String("year") ? 4 : by == QLatin1String("month") ? 7 : 10);
    }

    /** `pizhu timeline --json` as {bucket: [articles in all, the first series' count]}. */
    QMap<QString, std::pair<int, int>> timelineJson(const QStringList &arguments)
    {
        const CommandRun run = pizhu(
            QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
            arguments);
        if (run.exitCode != 0)
            qWarning("pizhu timeline: %s", qPrintable(run.err));
        const QJsonObject table = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray buckets = table.value(QStringLiteral("buckets")).toArray();
        const QJsonArray totals = table.value(QStringLiteral("totals")).toArray();
        const QJsonArray counts = table.value(QStringLiteral("series"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("counts"))
                                      .toArray();
        QMap<QString, std::pair<int, int>> byBucket;
        for (int bucket = 0; bucket < buckets.size(); ++bucket) {
            if (totals.at(bucket).toInt() > 0) // the empty periods between are checked apart
                byBucket.insert(buckets.at(bucket).toString(),
                                {totals.at(bucket).toInt(), counts.at(bucket).toInt()});
        }
        return byBucket;
    }

    QList<QJsonObject> kwicJson(const QStringList &arguments)
    {
        const CommandRun run = pizhu(
            QStringList{QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
            arguments);
        if (run.exitCode != 0)
            qWarning("pizhu kwic: %s", qPrintable(run.err));
        QList<QJsonObject> objects;
        for (const QString &line : run.outLines())
            objects << QJsonDocument::fromJson(line.toUtf8()).object();
        return objects;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("seeds.pizhu"));
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        for (const QString &line : pizhu({QStringLiteral("list"), QStringLiteral("--db"), m_db}).outLines()) {
            const QString id = line.section(QLatin1Char('\t'), 0, 0);
            const CommandRun show =
                pizhu({QStringLiteral("show"), QStringLiteral("--db"), m_db, id, QStringLiteral("--json")});
            QCOMPARE(show.exitCode, 0);
            const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
            m_texts.insert(id.toLongLong(), shown.value(QStringLiteral("text")).toString());
            m_shown.insert(id.toLongLong(), shown);
        }
        QCOMPARE(m_texts.size(), 5);
    }

    void kwicFindsWhatThePlainTextsHold_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("spellings");
        const QStringList partyMembers{QStringLiteral("党员"), QStringLiteral("黨員")};
        QTest::newRow("党员") << QStringLiteral("党员") << partyMembers;
        QTest::newRow("黨員") << QStringLiteral("黨員") << partyMembers;
        QTest::newRow("疫情") << QStringLiteral("疫情") << QStringList{QStringLiteral("疫情")};
        // Punctuation between the words of a phrase does not part them, in search as here:
        // one sample has 站崗的黨員、幹部.
        QTest::newRow("党员干部 (a longer word)")
            << QStringLiteral("党员干部")
            << QStringList{QStringLiteral("党员干部"), QStringLiteral("黨員幹部"),
                           QStringLiteral("黨員、幹部")};
    }

    void kwicFindsWhatThePlainTextsHold()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, spellings);
        const int width = 7;
        std::set<Hit> found;
        for (const QJsonObject &line : kwicJson({QStringLiteral("--width"), QString::number(width), query})) {
            const qint64 id = line.value(QStringLiteral("article_id")).toInteger();
            const QJsonArray span = line.value(QStringLiteral("span")).toArray();
            const int start = span.at(0).toInt();
            const int end = span.at(1).toInt();
            found.insert({id, start, end});
            // The contexts are the characters around the offsets in the text show prints.
            const QString text = m_texts.value(id);
            QCOMPARE(line.value(QStringLiteral("hit")).toString(), codePointSlice(text, start, end));
            QCOMPARE(line.value(QStringLiteral("left")).toString(),
                     codePointSlice(text, start - width, start).replace(u'\n', u'¶'));
            QCOMPARE(line.value(QStringLiteral("right")).toString(),
                     codePointSlice(text, end, end + width).replace(u'\n', u'¶'));
        }
        QVERIFY(!found.empty());
        QVERIFY(found == plainHits(spellings));
    }

    void kwicShowsContextsInTheScriptAsked()
    {
        const QList<QJsonObject> lines =
            kwicJson({QStringLiteral("--script"), QStringLiteral("traditional"), QStringLiteral("党员")});
        QCOMPARE(int(lines.size()), int(plainHits({QStringLiteral("党员"), QStringLiteral("黨員")}).size()));
        for (const QJsonObject &line : lines)
            QCOMPARE(line.value(QStringLiteral("hit")).toString(), QStringLiteral("黨員"));
    }

    void kwicSortsByTheContextAfter()
    {
        const QList<QJsonObject> lines =
            kwicJson({QStringLiteral("--sort"), QStringLiteral("right"), QStringLiteral("党员")});
        QVERIFY(lines.size() > 10);
        QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY(pinyin.compare(lines.at(i - 1).value(QStringLiteral("right")).toString(),
                                   lines.at(i).value(QStringLiteral("right")).toString()) <= 0);
        }
    }

    void kwicWritesCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("kwic.csv"));
        const CommandRun run = pizhu({QStringLiteral("kwic"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--out"), out, QStringLiteral("黨員")});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("date"),
                              QStringLiteral("outlet"), QStringLiteral("start"), QStringLiteral("end"),
                              QStringLiteral("left"), QStringLiteral("hit"), QStringLiteral("right")}));
        std::set<Hit> found;
        for (const QStringList &row : rows.mid(1))
            found.insert({row.at(0).toLongLong(), row.at(4).toInt(), row.at(5).toInt()});
        QCOMPARE(int(rows.size()) - 1, int(found.size()));
        QVERIFY(found == plainHits({QStringLiteral("党员"), QStringLiteral("黨員")}));
    }

    void kwicRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("width 0") << QStringList{QStringLiteral("--width"), QStringLiteral("0"),
                                                QStringLiteral("党员")}
                                 << 2
                                 << QStringLiteral("--width needs a whole number from 1 to 1000, not “0”");
        QTest::newRow("width in words")
            << QStringList{QStringLiteral("--width"), QStringLiteral("wide"), QStringLiteral("党员")} << 2
            << QStringLiteral("not “wide”");
        QTest::newRow("unknown order")
            << QStringList{QStringLiteral("--sort"), QStringLiteral("pinyin"), QStringLiteral("党员")} << 2
            << QStringLiteral("there is no order “pinyin”");
        QTest::newRow("unknown script")
            << QStringList{QStringLiteral("--script"), QStringLiteral("klingon"), QStringLiteral("党员")} << 2
            << QStringLiteral("there is no script “klingon”");
        QTest::newRow("no query") << QStringList{} << 2 << QStringLiteral("name what to find");
        QTest::newRow("only punctuation")
            << QStringList{QStringLiteral("。，")} << 2 << QStringLiteral("pizhu kwic: ");
        QTest::newRow("csv into a missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/kwic.csv"),
                           QStringLiteral("党员")}
            << 1 << QStringLiteral("/nonexistent/folder/kwic.csv");
    }

    void kwicRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CommandRun run =
            pizhu(QStringList{QStringLiteral("kwic"), QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void timelineCountsAsTheArticlesSay_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("spellings");
        for (const char *by : {"day", "month", "year", "outlet"}) {
            QTest::addRow("%s, 党员", by) << QString::fromLatin1(by) << QStringLiteral("党员")
                                          << QStringList{QStringLiteral("党员"), QStringLiteral("黨員")};
            QTest::addRow("%s, 安阳", by) << QString::fromLatin1(by) << QStringLiteral("安阳")
                                          << QStringList{QStringLiteral("安阳"), QStringLiteral("安陽")};
        }
    }

    void timelineCountsAsTheArticlesSay()
    {
        QFETCH(QString, by);
        QFETCH(QString, query);
        QFETCH(QStringList, spellings);
        QMap<QString, std::pair<int, int>> expected;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            auto &[total, mentioning] = expected[bucketByHand(it.key(), by)];
            ++total;
            mentioning += std::any_of(spellings.cbegin(), spellings.cend(),
                                      [&](const QString &spelling) { return it->contains(spelling); });
        }
        QCOMPARE(timelineJson({QStringLiteral("--by"), by, QStringLiteral("--query"), query}), expected);
    }

    void timelineFillsTheEmptyMonths()
    {
        const CommandRun run = pizhu({QStringLiteral("timeline"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outLines();
        QCOMPARE(lines.value(0), QStringLiteral("month\tarticles\tAll articles"));
        // From the first article (2020-02) to the last (2022-06), every month, then the undated.
        QCOMPARE(lines.size(), 1 + 29 + 1);
        QCOMPARE(lines.value(1), QStringLiteral("2020-02\t1\t1"));
        QCOMPARE(lines.value(2), QStringLiteral("2020-03\t0\t0"));
        QCOMPARE(lines.constLast(), QStringLiteral("no date\t1\t1"));
    }

    void timelineKeepsToTheDatesAsked()
    {
        QMap<QString, std::pair<int, int>> expected;
        for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
            const QString month = bucketByHand(it.key(), QStringLiteral("month"));
            if (month >= QLatin1String("2022-01") && month <= QLatin1String("2022-04"))
                expected[month] = {expected[month].first + 1, expected[month].second + 1};
        }
        QCOMPARE(expected.size(), 2);
        QCOMPARE(timelineJson({QStringLiteral("--from"), QStringLiteral("2022"), QStringLiteral("--to"),
                               QStringLiteral("2022-04")}),
                 expected);
    }

    void timelineNamesAPersonAsTheEntityExportDoes()
    {
        const QString entities = m_dir.filePath(QStringLiteral("entities.csv"));
        QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--what"),
                        QStringLiteral("entities"), QStringLiteral("--out"), entities})
                     .exitCode,
                 0);
        const QList<QStringList> rows = readCsv(entities);
        const int type = int(rows.value(0).indexOf(QStringLiteral("type")));
        const int text = int(rows.value(0).indexOf(QStringLiteral("text")));
        const int status = int(rows.value(0).indexOf(QStringLiteral("status")));
        QString person;
        QMap<QString, std::pair<int, int>> expected;
        for (const QStringList &row : rows.mid(1)) {
            if (row.value(type) != QLatin1String("PER") || row.value(status) == QLatin1String("rejected"))
                continue;
            if (person.isEmpty())
                person = row.value(text);
            if (row.value(text) == person) {
                const QString outlet = bucketByHand(row.value(0).toLongLong(), QStringLiteral("outlet"));
                expected[outlet] = {1, 1};
            }
        }
        QVERIFY(!person.isEmpty());
        const QMap<QString, std::pair<int, int>> counted = timelineJson(
            {QStringLiteral("--by"), QStringLiteral("outlet"), QStringLiteral("--entity"), person});
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(counted.value(it.key()), it.value());
        int named = 0;
        for (const auto &[total, count] : counted)
            named += count;
        QCOMPARE(named, int(expected.size())); // one article per outlet in the samples
    }

    void timelineWritesCsvAndPictures()
    {
        const QString csv = m_dir.filePath(QStringLiteral("timeline.csv"));
        QCOMPARE(pizhu({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--by"),
                        QStringLiteral("year"), QStringLiteral("--query"), QStringLiteral("党员"),
                        QStringLiteral("--out"), csv})
                     .exitCode,
                 0);
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("year"), QStringLiteral("articles"),
                                             QStringLiteral("党员"), QStringLiteral("党员 per 1000")}));
        QCOMPARE(rows.size(), 1 + 4); // 2020, 2021, 2022, no date

        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        const CommandRun drawn =
            pizhu({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--query"),
                   QStringLiteral("党员"), QStringLiteral("--chart"), QStringLiteral("bars"),
                   QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--out"), png},
                  {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                   QStringLiteral("QT_QPA_PLATFORM")});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QFile picture(png);
        QVERIFY(picture.open(QIODevice::ReadOnly));
        const QByteArray header = picture.read(24);
        QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
        // The IHDR chunk: width and height, big-endian, twice the points asked for.
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), 1600u);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20), 1000u);

        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        QCOMPARE(
            pizhu({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), svg},
                  {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                   QStringLiteral("QT_QPA_PLATFORM")})
                .exitCode,
            0);
        QFile vector(svg);
        QVERIFY(vector.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&vector);
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
        }
        QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    }

    void timelineRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("axis") << QStringList{QStringLiteral("--by"), QStringLiteral("decade")} << 2
                              << QStringLiteral("--by takes day, week, month, year or outlet, not “decade”");
        QTest::newRow("chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie")} << 2
                               << QStringLiteral("--chart takes lines or bars, not “pie”");
        QTest::newRow("month 13") << QStringList{QStringLiteral("--from"), QStringLiteral("2020-13")} << 2
                                  << QStringLiteral("--from takes a year, a month or a day");
        QTest::newRow("date in words") << QStringList{QStringLiteral("--to"), QStringLiteral("yesterday")}
                                       << 2 << QStringLiteral("not “yesterday”");
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("10x10")} << 2
                              << QStringLiteral("--size takes a width and a height");
        QTest::newRow("no such tag") << QStringList{QStringLiteral("--tag"), QStringLiteral("Frames/Nope")}
                                     << 2 << QStringLiteral("the codebook has no tag “Frames/Nope”");
        QTest::newRow("no such person")
            << QStringList{QStringLiteral("--entity"), QStringLiteral("查无此人")} << 2
            << QStringLiteral("no person or organisation in this corpus is named “查无此人”");
        QTest::newRow("only punctuation") << QStringList{QStringLiteral("--query"), QStringLiteral("。，")}
                                          << 2 << QStringLiteral("pizhu timeline: “。，”: ");
        QTest::newRow("suffix") << QStringList{QStringLiteral("--out"), QStringLiteral("timeline.txt")} << 2
                                << QStringLiteral("timeline.txt: --out writes .csv, .png or .svg");
        QTest::newRow("picture into a missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/t.png")} << 1
            << QStringLiteral("/nonexistent/folder/t.png");
        QTest::newRow("csv into a missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/t.csv")} << 1
            << QStringLiteral("/nonexistent/folder/t.csv");
    }

    void timelineRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CommandRun run =
            pizhu(QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void cooccurrencePairsAsTheEntitiesExportSays()
    {
        const QString entities = m_dir.filePath(QStringLiteral("entities-pairs.csv"));
        QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--what"),
                        QStringLiteral("entities"), QStringLiteral("--out"), entities})
                     .exitCode,
                 0);
        const QList<QStringList> rows = readCsv(entities);
        const QStringList header = rows.value(0);
        QMap<qint64, QSet<QString>> named; // article → "PER:key"
        for (const QStringList &row : rows.mid(1)) {
            const QString type = row.value(int(header.indexOf(QStringLiteral("type"))));
            if (type != QLatin1String("FIG") &&
                row.value(int(header.indexOf(QStringLiteral("status")))) != QLatin1String("rejected"))
                named[row.value(0).toLongLong()].insert(
                    type + QLatin1Char(':') + row.value(int(header.indexOf(QStringLiteral("key")))));
        }
        const CommandRun run = pizhu(
            {QStringLiteral("cooccurrence"), QStringLiteral("--db"), m_db, QStringLiteral("--min-count"),
             QStringLiteral("1"), QStringLiteral("--top"), QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject network = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(network.value(QStringLiteral("units")).toInt(), 5);
        // With every node kept, every pair of names in an article is an edge, counted once per article.
        QMap<std::pair<QString, QString>, int> expected;
        for (const QSet<QString> &ids : std::as_const(named)) {
            QStringList sorted(ids.cbegin(), ids.cend());
            sorted.sort();
            for (int i = 0; i < sorted.size(); ++i) {
                for (int j = i + 1; j < sorted.size(); ++j)
                    ++expected[{sorted.at(i), sorted.at(j)}];
            }
        }
        QMap<std::pair<QString, QString>, int> printed;
        for (const QJsonValue &edge : network.value(QStringLiteral("edges")).toArray()) {
            QString a = edge[QStringLiteral("source")].toString();
            QString b = edge[QStringLiteral("target")].toString();
            if (b < a)
                std::swap(a, b);
            printed.insert({a, b}, edge[QStringLiteral("count")].toInt());
        }
        QCOMPARE(printed, expected);
    }

    void cooccurrenceWritesGraphMlAndPictures()
    {
        const QString graphml = m_dir.filePath(QStringLiteral("network.graphml"));
        QCOMPARE(pizhu({QStringLiteral("cooccurrence"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--min-count"), QStringLiteral("1"), QStringLiteral("--unit"),
                        QStringLiteral("paragraph"), QStringLiteral("--out"), graphml})
                     .exitCode,
                 0);
        QFile file(graphml);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int nodes = 0;
        int edges = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                nodes += xml.name() == QLatin1String("node");
                edges += xml.name() == QLatin1String("edge");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(nodes > 10);
        QVERIFY(edges > 10);

        const QString png = m_dir.filePath(QStringLiteral("network.png"));
        const CommandRun drawn = pizhu(
            {QStringLiteral("cooccurrence"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), png},
            {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
             QStringLiteral("QT_QPA_PLATFORM")});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QFile picture(png);
        QVERIFY(picture.open(QIODevice::ReadOnly));
        QVERIFY(picture.read(8) == QByteArray("\x89PNG\r\n\x1a\n"));
    }

    void cooccurrenceRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("kinds") << QStringList{QStringLiteral("--kinds"), QStringLiteral("PER,LOC")} << 2
                               << QStringLiteral("--kinds takes PER, ORG and TAG, not “PER,LOC”");
        QTest::newRow("no kinds") << QStringList{QStringLiteral("--kinds"), QStringLiteral(",")} << 2
                                  << QStringLiteral("not “,”");
        QTest::newRow("unit") << QStringList{QStringLiteral("--unit"), QStringLiteral("sentence")} << 2
                              << QStringLiteral("--unit takes article or paragraph, not “sentence”");
        QTest::newRow("top 0") << QStringList{QStringLiteral("--top"), QStringLiteral("0")} << 2
                               << QStringLiteral("--top takes a whole number from 1 to 1000, not “0”");
        QTest::newRow("min count in words")
            << QStringList{QStringLiteral("--min-count"), QStringLiteral("few")} << 2
            << QStringLiteral("not “few”");
        QTest::newRow("date") << QStringList{QStringLiteral("--from"), QStringLiteral("2020-02-30")} << 2
                              << QStringLiteral("--from takes a year, a month or a day (2020, 2020-02, "
                                                "2020-02-01), not “2020-02-30”");
        QTest::newRow("unknown set") << QStringList{QStringLiteral("--set"), QStringLiteral("没有")} << 2
                                     << QStringLiteral(
                                            "there is no article set “没有”; the corpus has none saved");
        QTest::newRow("attribute without a value")
            << QStringList{QStringLiteral("--attribute"), QStringLiteral("category")} << 2
            << QStringLiteral("--attribute takes NAME=VALUE (category=财经), not “category”");
        QTest::newRow("query") << QStringList{QStringLiteral("--query"), QStringLiteral("。")} << 2
                               << QStringLiteral("pizhu cooccurrence: “。”: ");
        QTest::newRow("suffix") << QStringList{QStringLiteral("--out"), QStringLiteral("network.xml")} << 2
                                << QStringLiteral(
                                       "network.xml: --out writes .csv, .graphml, .gexf, .png or .svg");
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/n.gexf")} << 1
            << QStringLiteral("/nonexistent/folder/n.gexf");
        QTest::newRow("matrix into a missing folder")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("/nonexistent/folder/m.csv")} << 1
            << QStringLiteral("/nonexistent/folder/m.csv");
    }

    void cooccurrenceRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CommandRun run =
            pizhu(QStringList{QStringLiteral("cooccurrence"), QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void kwicNeedsAnExistingCorpus()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.pizhu"));
        const CommandRun run =
            pizhu({QStringLiteral("kwic"), QStringLiteral("--db"), missing, QStringLiteral("党员")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCommands)
#include "tst_analysiscommands.moc"
