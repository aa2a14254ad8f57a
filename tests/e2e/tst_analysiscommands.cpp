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
    QMap<qint64, QString> m_texts; ///< what `pizhu show --json` prints as each article's text

    CommandRun pizhu(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(PIZHU_EXECUTABLE), arguments, m_dir.path());
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
            m_texts.insert(
                id.toLongLong(),
                QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("text")).toString());
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
