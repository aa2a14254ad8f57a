// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/bylineparser.h"
#include "ingest/datefinder.h"

#include <QTest>

using namespace Pizhu;

Q_DECLARE_METATYPE(QList<Pizhu::Byline>)

class TestBylineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCredits_data()
    {
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QList<Byline>>("expected");
        const QString r = QStringLiteral("记者");
        QTest::newRow("role then name")
            << QStringLiteral("记者 尚丽娟") << QList<Byline>{{QStringLiteral("尚丽娟"), r}};
        QTest::newRow("glued role, list")
            << QStringLiteral("通讯员闫文婧、贾光斌")
            << QList<Byline>{{QStringLiteral("闫文婧"), QStringLiteral("通讯员")},
                             {QStringLiteral("贾光斌"), QStringLiteral("通讯员")}};
        QTest::newRow("names only, traditional") << QStringLiteral("田桂雲 王永平 康會起")
                                                 << QList<Byline>{{QStringLiteral("田桂雲"), {}},
                                                                  {QStringLiteral("王永平"), {}},
                                                                  {QStringLiteral("康會起"), {}}};
        QTest::newRow("trailing role") << QStringLiteral("许小燕 文/图")
                                       << QList<Byline>{{QStringLiteral("许小燕"), QStringLiteral("文/图")}};
        QTest::newRow("outlet before role")
            << QStringLiteral("河南日报客户端记者 卢松 通讯员 赵君明 陆梦娇")
            << QList<Byline>{{QStringLiteral("卢松"), r},
                             {QStringLiteral("赵君明"), QStringLiteral("通讯员")},
                             {QStringLiteral("陆梦娇"), QStringLiteral("通讯员")}};
        QTest::newRow("compound surname")
            << QStringLiteral("记者 欧阳娜娜") << QList<Byline>{{QStringLiteral("欧阳娜娜"), r}};
        QTest::newRow("traditional role")
            << QStringLiteral("記者 陳志遠")
            << QList<Byline>{{QStringLiteral("陳志遠"), QStringLiteral("記者")}};
    }

    void parsesCredits()
    {
        QFETCH(QString, credit);
        const auto bylines = BylineParser::parse(credit);
        QVERIFY2(bylines, qPrintable(credit));
        QTEST(*bylines, "expected");
    }

    void refusesWhatIsNotACredit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("a heading") << QStringLiteral("一聲令下");
        QTest::newRow("a sentence") << QStringLiteral("疫情就是命令,防控就是责任。");
        QTest::newRow("a role alone") << QStringLiteral("记者");
        QTest::newRow("too long a name") << QStringLiteral("记者 王一二三四五");
        QTest::newRow("place in parentheses") << QStringLiteral("开发区");
    }

    void refusesWhatIsNotACredit()
    {
        QFETCH(QString, text);
        QVERIFY(!BylineParser::parse(text));
    }

    void standaloneLinesNeedARole()
    {
        QVERIFY(!BylineParser::parseLine(QStringLiteral("全民動員")));
        QVERIFY(!BylineParser::parseLine(QStringLiteral("王永平 康會起")));
        QVERIFY(BylineParser::parseLine(QStringLiteral("记者 尚丽娟")));
    }

    void findsDates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("iso");
        QTest::newRow("dash, seconds")
            << QStringLiteral("2022-03-25 16:43:49 来源:河北新闻网") << QStringLiteral("2022-03-25T16:43:49");
        QTest::newRow("Chinese, minutes")
            << QStringLiteral("2022年04月20日 14:06") << QStringLiteral("2022-04-20T14:06");
        QTest::newRow("dash, minutes")
            << QStringLiteral("2020-02-01 13:07") << QStringLiteral("2020-02-01T13:07");
        QTest::newRow("with site before") << QStringLiteral("zz.fjsen.com  2022-06-17 12:14:46   来源:东南网")
                                          << QStringLiteral("2022-06-17T12:14:46");
        QTest::newRow("date only") << QStringLiteral("发布时间:2018/11/5") << QStringLiteral("2018-11-05");
        QTest::newRow("Chinese single digits")
            << QStringLiteral("2022年6月5日下午") << QStringLiteral("2022-06-05");
        QTest::newRow("full-width colon")
            << QStringLiteral("2021-01-02 08：30") << QStringLiteral("2021-01-02T08:30");
        QTest::newRow("ISO 8601, as stored")
            << QStringLiteral("2022-03-25T16:43:49") << QStringLiteral("2022-03-25T16:43:49");
    }

    void findsDates()
    {
        QFETCH(QString, line);
        const auto date = DateFinder::find(line);
        QVERIFY2(date, qPrintable(line));
        QTEST(date->iso, "iso");
    }

    void refusesNonDates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("impossible month") << QStringLiteral("2022-13-01");
        QTest::newRow("impossible day") << QStringLiteral("2022年2月30日");
        QTest::newRow("phone number") << QStringLiteral("0371-65700861");
        QTest::newRow("year only") << QStringLiteral("農曆2020年大年初一");
        QTest::newRow("no year") << QStringLiteral("3月10日晚");
    }

    void refusesNonDates()
    {
        QFETCH(QString, line);
        QVERIFY(!DateFinder::find(line));
    }
};

QTEST_APPLESS_MAIN(TestBylineParser)
#include "tst_bylineparser.moc"
