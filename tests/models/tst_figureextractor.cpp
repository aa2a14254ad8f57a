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
        QTest::newRow("6个小时") << QStringLiteral("历时6个小时,检测完毕") << QStringLiteral("6个小时")
                                 << 6.0 << QString() << QStringLiteral("个小时") << QString();
        QTest::newRow("24小时") << QStringLiteral("开展24小时疫情防控值守") << QStringLiteral("24小时")
                                << 24.0 << QString() << QStringLiteral("小时") << QString();
        QTest::newRow("四名") << QStringLiteral("派出四名党员") << QStringLiteral("四名") << 4.0 << QString()
                              << QStringLiteral("名") << QStringLiteral("党员");
        QTest::newRow("约 and 万人") << QStringLiteral("约3万人参加") << QStringLiteral("约3万人") << 30000.0
                                     << QStringLiteral("about") << QStringLiteral("人") << QString();
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
        QTest::newRow("no unit") << QStringLiteral("农历2020年大年初一");
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
