// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/chinesenumber.h"
#include "extract/figureextractor.h"

#include <QTest>

using namespace Pizhu;

class TestFigureExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal with 万") << QStringLiteral("9.9万") << 99000.0;
        QTest::newRow("digits with 万") << QStringLiteral("1900万") << 19000000.0;
        QTest::newRow("thousands comma") << QStringLiteral("11,800") << 11800.0;
        QTest::newRow("full-width") << QStringLiteral("１９９７") << 1997.0;
        QTest::newRow("四") << QStringLiteral("四") << 4.0;
        QTest::newRow("十二") << QStringLiteral("十二") << 12.0;
        QTest::newRow("两千三百") << QStringLiteral("两千三百") << 2300.0;
        QTest::newRow("一万二千五百") << QStringLiteral("一万二千五百") << 12500.0;
        QTest::newRow("三亿") << QStringLiteral("三亿") << 3e8;
        QTest::newRow("digits with 亿") << QStringLiteral("2.5亿") << 2.5e8;
    }

    void parsesNumbers()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const std::optional<double> parsed = ChineseNumber::parse(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, value);
    }

    void refusesWhatIsNotANumber()
    {
        QVERIFY(!ChineseNumber::parse(QString()));
        QVERIFY(!ChineseNumber::parse(QStringLiteral("党员")));
        QVERIFY(!ChineseNumber::parse(QStringLiteral("12个")));
    }

    void findsFigures_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("approx");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("counts");
        QTest::newRow("9.9万名党员") << QStringLiteral("廊坊市9.9万名党员投身防疫一线")
                                     << QStringLiteral("9.9万名") << 99000.0 << QString()
                                     << QStringLiteral("名") << QStringLiteral("党员");
        QTest::newRow("7800多个") << QStringLiteral("设立党员先锋岗7800多个,成立")
                                  << QStringLiteral("7800多个") << 7800.0 << QStringLiteral("more than")
                                  << QStringLiteral("个") << QString();
        QTest::newRow("11800余名居民")
            << QStringLiteral("面对着11800余名居民,她") << QStringLiteral("11800余名") << 11800.0
            << QStringLiteral("more than") << QStringLiteral("名") << QStringLiteral("居民");
        QTest::newRow("近1900万元") << QStringLiteral("共筹集近1900万元资金") << QStringLiteral("近1900万元")
                                    << 19000000.0 << QStringLiteral("nearly") << QStringLiteral("元")
                                    << QString();
        QTest::newRow("370多万斤") << QStringLiteral("收购杨梅370多万斤") << QStringLiteral("370多万斤")
                                   << 3700000.0 << QStringLiteral("more than") << QStringLiteral("斤")
                                   << QString();
        QTest::newRow("36岁") << QStringLiteral("36岁的张杏姿是") << QStringLiteral("36岁") << 36.0
                              << QString() << QStringLiteral("岁") << QString();
        QTest::newRow("6个小时") << QStringLiteral("历时6个小时,检测完毕") << QStringLiteral("6个小时") << 6.0
                                 << QString() << QStringLiteral("个小时") << QString();
        QTest::newRow("24小时") << QStringLiteral("开展24小时疫情防控值守") << QStringLiteral("24小时")
                                << 24.0 << QString() << QStringLiteral("小时") << QString();
        QTest::newRow("四名") << QStringLiteral("派出四名党员") << QStringLiteral("四名") << 4.0 << QString()
                              << QStringLiteral("名") << QStringLiteral("党员");
        QTest::newRow("约 and 万人") << QStringLiteral("约3万人参加") << QStringLiteral("约3万人") << 30000.0
                                     << QStringLiteral("about") << QStringLiteral("人") << QString();
        QTest::newRow("duration 5年") << QStringLiteral("他在这里工作了5年。") << QStringLiteral("5年") << 5.0
                                      << QString() << QStringLiteral("年") << QString();
        QTest::newRow("two-digit duration 20年")
            << QStringLiteral("我们相识20年，他很幽默") << QStringLiteral("20年") << 20.0 << QString()
            << QStringLiteral("年") << QString();
        QTest::newRow("two-digit duration before 春天")
            << QStringLiteral("等了17年，春天终于来了") << QStringLiteral("17年") << 17.0 << QString()
            << QStringLiteral("年") << QString();
        QTest::newRow("duration 十多天")
            << QStringLiteral("持续了十多天,") << QStringLiteral("十多天") << 10.0
            << QStringLiteral("more than") << QStringLiteral("天") << QString();
        QTest::newRow("duration 两个月") << QStringLiteral("已经过去两个月了") << QStringLiteral("两个月")
                                         << 2.0 << QString() << QStringLiteral("个月") << QString();
        QTest::newRow("currency RMB") << QStringLiteral("售价RMB145,比去年") << QStringLiteral("RMB145")
                                      << 145.0 << QString() << QStringLiteral("RMB") << QString();
        QTest::newRow("currency US$ with 亿") << QStringLiteral("投资US$5亿建厂") << QStringLiteral("US$5亿")
                                              << 5e8 << QString() << QStringLiteral("US$") << QString();
        QTest::newRow("currency ￥") << QStringLiteral("票价￥80,") << QStringLiteral("￥80") << 80.0
                                     << QString() << QStringLiteral("￥") << QString();
        QTest::newRow("300多万元") << QStringLiteral("筹得300多万元善款") << QStringLiteral("300多万元")
                                   << 3e6 << QStringLiteral("more than") << QStringLiteral("元") << QString();
        QTest::newRow("英镑") << QStringLiteral("罚款2000英镑。") << QStringLiteral("2000英镑") << 2000.0
                              << QString() << QStringLiteral("英镑") << QString();
        QTest::newRow("fraction 三分之二") << QStringLiteral("三分之二的受访者") << QStringLiteral("三分之二")
                                           << 2.0 / 3.0 << QString() << QString() << QString();
        QTest::newRow("Hong Kong fraction 近四分一")
            << QStringLiteral("近四分一市民反对") << QStringLiteral("近四分一") << 0.25
            << QStringLiteral("nearly") << QString() << QString();
        QTest::newRow("fraction 3/4") << QStringLiteral("约3/4的学生") << QStringLiteral("约3/4") << 0.75
                                      << QStringLiteral("about") << QString() << QString();
        QTest::newRow("tenths 九成") << QStringLiteral("九成受访者支持") << QStringLiteral("九成") << 9.0
                                     << QString() << QStringLiteral("成") << QString();
        QTest::newRow("percent in words")
            << QStringLiteral("增长了百分之三十。") << QStringLiteral("百分之三十") << 30.0 << QString()
            << QStringLiteral("%") << QString();
        QTest::newRow("per mille in words") << QStringLiteral("不到千分之五,") << QStringLiteral("千分之五")
                                            << 5.0 << QString() << QStringLiteral("‰") << QString();
        QTest::newRow("percent") << QStringLiteral("下降12.5%,") << QStringLiteral("12.5%") << 12.5
                                 << QString() << QStringLiteral("%") << QString();
        QTest::newRow("score 3:1") << QStringLiteral("主队以3:1获胜") << QStringLiteral("3:1") << 3.0
                                   << QString() << QStringLiteral("比") << QString();
        QTest::newRow("score 25:22") << QStringLiteral("以25:22拿下首局") << QStringLiteral("25:22") << 25.0
                                     << QString() << QStringLiteral("比") << QString();
        QTest::newRow("score 3比1") << QStringLiteral("最终3比1战胜对手") << QStringLiteral("3比1") << 3.0
                                    << QString() << QStringLiteral("比") << QString();
        QTest::newRow("record 6连胜") << QStringLiteral("取得6连胜。") << QStringLiteral("6连胜") << 6.0
                                      << QString() << QStringLiteral("连胜") << QString();
        QTest::newRow("a few with what they count")
            << QStringLiteral("两位老师来了") << QStringLiteral("两位") << 2.0 << QString()
            << QStringLiteral("位") << QStringLiteral("老师");
    }

    void findsFigures()
    {
        QFETCH(QString, sentence);
        const QList<Figure> figures = FigureExtractor::instance().extract(sentence);
        QCOMPARE(figures.size(), 1);
        const Figure &figure = figures.first();
        QTEST(figure.text, "text");
        QTEST(figure.value, "value");
        QTEST(figure.approx, "approx");
        QTEST(figure.unit, "unit");
        QTEST(figure.counts, "counts");
        QCOMPARE(sentence.mid(figure.span.start, figure.span.end - figure.span.start), figure.text);
    }

    void leavesOutWhatIsNotAQuantity_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("date") << QStringLiteral("2022年3月25日发布");
        QTest::newRow("clock time") << QStringLiteral("16:43:49 来源");
        QTest::newRow("evening hour") << QStringLiteral("1月28日晚8时接到通知");
        QTest::newRow("ordinal") << QStringLiteral("第一时间成立了工作组");
        QTest::newRow("idiom 一线") << QStringLiteral("党员投身防疫一线");
        QTest::newRow("idiom 三天三夜") << QStringLiteral("她已经连续奋战了三天三夜");
        QTest::newRow("indefinite 一") << QStringLiteral("我是一名党员");
        QTest::newRow("phone") << QStringLiteral("新闻热线:0371-65700861");
        QTest::newRow("code") << QStringLiteral("京ICP备05004340号-1");
        QTest::newRow("image file") << QStringLiteral("1.jpg");
        QTest::newRow("no unit") << QStringLiteral("编号2020,大年初一");
        QTest::newRow("year before 大年初一") << QStringLiteral("农历2020年大年初一");
        QTest::newRow("year") << QStringLiteral("2020年,他回到家乡");
        QTest::newRow("year in numerals") << QStringLiteral("一九九八年夏天");
        QTest::newRow("year in numerals with 〇") << QStringLiteral("二〇二〇年的春天");
        QTest::newRow("two-digit year with a leading 0") << QStringLiteral("我早在03年的时候就知道");
        QTest::newRow("two-digit year, end of") << QStringLiteral("预计17年底完工");
        QTest::newRow("two-digit year, spring festival") << QStringLiteral("他10年春节没回家");
        QTest::newRow("two-digit year, first half") << QStringLiteral("截至18年上半年");
        QTest::newRow("two-digit year, season") << QStringLiteral("18年秋季新剧");
        QTest::newRow("school year") << QStringLiteral("三年级的学生");
        QTest::newRow("decade") << QStringLiteral("80年代的歌");
        QTest::newRow("clock time 8:30") << QStringLiteral("晚上8:30开始");
        QTest::newRow("十分 as very") << QStringLiteral("意见十分一致");
        QTest::newRow("points and rebounds") << QStringLiteral("他拿下7分6篮板");
        QTest::newRow("month/day") << QStringLiteral("3/25发布");
        QTest::newRow("date with slashes") << QStringLiteral("2022/3/25");
        QTest::newRow("year that lost its 年") << QStringLiteral("于2015成立");
        QTest::newRow("bare count 两个") << QStringLiteral("他们两个都来了");
        QTest::newRow("bare count 三人") << QStringLiteral("三人同行");
        QTest::newRow("bare count 两位") << QStringLiteral("两位都说");
        QTest::newRow("comparison, not a score") << QStringLiteral("2021年比2020年多");
        QTest::newRow("Latin before a currency sign") << QStringLiteral("ABC$5");
    }

    void leavesOutWhatIsNotAQuantity()
    {
        QFETCH(QString, sentence);
        const QList<Figure> figures = FigureExtractor::instance().extract(sentence);
        QVERIFY2(figures.isEmpty(), qPrintable(figures.isEmpty() ? QString() : figures.first().text));
    }
};

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
