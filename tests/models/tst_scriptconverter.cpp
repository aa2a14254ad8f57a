// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"
#include "testsupport.h"
#include "text/codepoints.h"
#include "text/scriptconverter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

Q_DECLARE_METATYPE(Pizhu::ScriptMode)

namespace {

QStringList seedTexts()
{
    QStringList texts;
    const QDir dir(QStringLiteral(PIZHU_SAMPLES_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        texts << QString::fromUtf8(fileBytes(dir.filePath(name)));
    return texts;
}

// The code points from \a start to \a end of \a text.
QString slice(const QString &text, int start, int end)
{
    const qsizetype from = CodePoints::toUtf16(text, start);
    return text.mid(from, CodePoints::toUtf16(text, end) - from);
}

} // namespace

class TestScriptConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsPhrases_data()
    {
        QTest::addColumn<ScriptMode>("mode");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("s2t phrase 头发")
            << ScriptMode::Traditional << QStringLiteral("头发") << QStringLiteral("頭髮");
        QTest::newRow("s2t phrase 发展")
            << ScriptMode::Traditional << QStringLiteral("发展") << QStringLiteral("發展");
        QTest::newRow("s2twp 软件") << ScriptMode::TaiwanPhrases << QStringLiteral("软件")
                                    << QStringLiteral("軟體");
        QTest::newRow("s2twp longer")
            << ScriptMode::TaiwanPhrases << QStringLiteral("U盘") << QStringLiteral("隨身碟");
        QTest::newRow("s2twp rewrites words") << ScriptMode::TaiwanPhrases << QStringLiteral("调度优化消息")
                                              << QStringLiteral("排程最佳化訊息");
        // Plain Taiwan keeps the writer's words and changes only the characters.
        QTest::newRow("s2tw keeps words")
            << ScriptMode::Taiwan << QStringLiteral("调度优化消息") << QStringLiteral("調度優化消息");
        QTest::newRow("s2tw 软件 U盘")
            << ScriptMode::Taiwan << QStringLiteral("软件U盘") << QStringLiteral("軟件U盤");
        QTest::newRow("s2tw Taiwan forms")
            << ScriptMode::Taiwan << QStringLiteral("里面的线") << QStringLiteral("裡面的線");
        QTest::newRow("s2hk") << ScriptMode::HongKong << QStringLiteral("里面的内存")
                              << QStringLiteral("裏面的內存");
        QTest::newRow("t2s") << ScriptMode::Simplified << QStringLiteral("黨員幹部頭髮")
                             << QStringLiteral("党员干部头发");
        QTest::newRow("original") << ScriptMode::Original << QStringLiteral("黨員党员")
                                  << QStringLiteral("黨員党员");
    }

    void convertsPhrases()
    {
        QFETCH(ScriptMode, mode);
        QFETCH(QString, input);
        const Conversion conversion = ScriptConverter::forMode(mode).convert(input);
        QTEST(conversion.text, "expected");
        QCOMPARE(conversion.map.originalLength(), CodePoints::count(input));
        QCOMPARE(conversion.map.convertedLength(), CodePoints::count(conversion.text));
    }

    void matchesOpenCCExactlyOnTheSeeds_data()
    {
        QTest::addColumn<ScriptMode>("mode");
        for (const ScriptMode mode : ScriptConverter::allModes())
            QTest::newRow(qPrintable(ScriptConverter::modeName(mode))) << mode;
    }

    void matchesOpenCCExactlyOnTheSeeds()
    {
        QFETCH(ScriptMode, mode);
        const ScriptConverter &converter = ScriptConverter::forMode(mode);
        for (const QString &text : seedTexts())
            QCOMPARE(converter.convert(text).text, converter.convertText(text));
    }

    void offsetsRoundTripOnEverySeed_data() { matchesOpenCCExactlyOnTheSeeds_data(); }

    void offsetsRoundTripOnEverySeed()
    {
        QFETCH(ScriptMode, mode);
        const ScriptConverter &converter = ScriptConverter::forMode(mode);
        QRandomGenerator random(20221123);
        for (const QString &text : seedTexts()) {
            const Conversion conversion = converter.convert(text);
            const OffsetMap &map = conversion.map;
            const int length = map.originalLength();
            // Every character: there and back lands on it, or, inside a piece whose length changed
            // (U盘 -> 隨身碟), on that piece's edges around it.
            for (int o = 0; o <= length; ++o) {
                const int down = map.toConverted(o, OffsetMap::Rounding::Down);
                const int up = map.toConverted(o, OffsetMap::Rounding::Up);
                QVERIFY(down >= 0 && up <= map.convertedLength() && down <= up);
                if (down == up)
                    QCOMPARE(map.toOriginal(down), o);
                else
                    QVERIFY(map.toOriginal(down) <= o && map.toOriginal(up, OffsetMap::Rounding::Up) >= o);
            }
            if (mode != ScriptMode::TaiwanPhrases)
                QVERIFY2(map.isIdentity(), "only s2twp changes lengths in the seeds");
            // Every paragraph (lines are segment boundaries): its mapped span is its conversion.
            int start = 0;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const int end = start + CodePoints::count(line);
                const QString mapped = slice(conversion.text, map.toConverted(start),
                                             map.toConverted(end, OffsetMap::Rounding::Up));
                QCOMPARE(mapped, converter.convertText(line));
                start = end + 1;
            }
            // Random spans map to spans that map back over them.
            for (int i = 0; i < 200; ++i) {
                const int a = int(random.bounded(length + 1));
                const int b = int(random.bounded(length + 1));
                const int s = std::min(a, b);
                const int e = std::max(a, b);
                const int cs = map.toConverted(s, OffsetMap::Rounding::Down);
                const int ce = map.toConverted(e, OffsetMap::Rounding::Up);
                QVERIFY(map.toOriginal(cs, OffsetMap::Rounding::Down) <= s);
                QVERIFY(map.toOriginal(ce, OffsetMap::Rounding::Up) >= e);
            }
        }
    }

    void mapsLengthChangingSegments()
    {
        // s2twp: U盘 (2) -> 隨身碟 (3); 软件 (2) -> 軟體 (2); 鼠标 -> 滑鼠.
        const QString original = QStringLiteral("买U盘和软件");
        const Conversion conversion = ScriptConverter::forMode(ScriptMode::TaiwanPhrases).convert(original);
        QCOMPARE(conversion.text, QStringLiteral("買隨身碟和軟體"));
        const OffsetMap &map = conversion.map;
        QVERIFY(!map.isIdentity());
        QCOMPARE(map.toConverted(0), 0);
        QCOMPARE(map.toConverted(1), 1);                            // start of U盘
        QCOMPARE(map.toConverted(2, OffsetMap::Rounding::Down), 1); // inside U盘: its start
        QCOMPARE(map.toConverted(2, OffsetMap::Rounding::Up), 4);   // inside U盘: its end
        QCOMPARE(map.toConverted(3), 4);                            // 和
        QCOMPARE(map.toConverted(4), 5);                            // 软件 -> 軟體
        QCOMPARE(map.toConverted(6), 7);
        QCOMPARE(map.toOriginal(4), 3);
        QCOMPARE(map.toOriginal(2, OffsetMap::Rounding::Down), 1); // inside 隨身碟
        QCOMPARE(map.toOriginal(3, OffsetMap::Rounding::Up), 3);
        // A selection of 軟體 in the Taiwan display is 软件 in the original.
        QCOMPARE(slice(original, map.toOriginal(5), map.toOriginal(7, OffsetMap::Rounding::Up)),
                 QStringLiteral("软件"));
        QCOMPARE(OffsetMap::fromBytes(map.toBytes(), 0), map);
    }

    void countsCodePointsAcrossSurrogatePairs()
    {
        // 𠮷 (U+20BB7) is one code point and two UTF-16 units.
        const QString original = QStringLiteral("𠮷野家发展𠮷");
        QCOMPARE(original.size(), 8);
        QCOMPARE(CodePoints::count(original), 6);
        QCOMPARE(CodePoints::toUtf16(original, 1), 2);
        QCOMPARE(CodePoints::fromUtf16(original, 2), 1);
        QCOMPARE(CodePoints::fromUtf16(original, 1), 0); // inside the pair: the character's start
        const Conversion conversion = ScriptConverter::forMode(ScriptMode::Traditional).convert(original);
        QCOMPARE(conversion.text, QStringLiteral("𠮷野家發展𠮷"));
        QCOMPARE(conversion.map.originalLength(), 6);
        QCOMPARE(slice(conversion.text, conversion.map.toConverted(3), conversion.map.toConverted(5)),
                 QStringLiteral("發展"));
    }

    void handlesMixedScriptAndEmptyText()
    {
        const QString mixed = QStringLiteral("黨員和党员");
        QCOMPARE(ScriptConverter::forMode(ScriptMode::Simplified).convert(mixed).text,
                 QStringLiteral("党员和党员"));
        QCOMPARE(ScriptConverter::forMode(ScriptMode::Traditional).convert(mixed).text,
                 QStringLiteral("黨員和黨員"));
        const Conversion empty = ScriptConverter::forMode(ScriptMode::Taiwan).convert(QString());
        QVERIFY(empty.text.isEmpty());
        QCOMPARE(empty.map.toConverted(0), 0);
        QCOMPARE(empty.map.toConverted(5), 0); // clamped
    }

    void namesModes()
    {
        for (const ScriptMode mode : ScriptConverter::allModes())
            QCOMPARE(ScriptConverter::modeFromName(ScriptConverter::modeName(mode)), mode);
        QVERIFY(!ScriptConverter::modeFromName(QStringLiteral("klingon")));
    }
};

QTEST_GUILESS_MAIN(TestScriptConverter)
#include "tst_scriptconverter.moc"
