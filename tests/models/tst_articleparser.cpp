// SPDX-License-Identifier: GPL-3.0-or-later
// The five seed pages, parsed, against metadata written out by hand from reading each page.
#include "ingest/articleparser.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

Q_DECLARE_METATYPE(QList<Pizhu::Byline>)

namespace {

QString seedText(const QString &name)
{
    return QString::fromUtf8(fileBytes(QStringLiteral(PIZHU_SAMPLES_DIR "/") + name));
}

int countRole(const Article &article, LineRole role)
{
    return int(std::count_if(article.asides.cbegin(), article.asides.cend(),
                             [role](const AsideLine &line) { return line.role == role; }));
}

} // namespace

class TestArticleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheSeeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subtitle");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QList<Byline>>("bylines");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<Script>("script");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("firstParagraphStart");
        QTest::addColumn<QString>("lastParagraphEnd");

        const QString reporter = QStringLiteral("记者");
        const QString correspondent = QStringLiteral("通讯员");
        QTest::newRow("000 Langfang")
            << QStringLiteral("000_b6144cfe9f80984f.txt")
            << QStringLiteral("“到人民群众最需要的地方去”——廊坊市党员干部疫情防控一线工作纪实") << QString()
            << QStringLiteral("2022-03-25T16:43:49") << QStringLiteral("河北新闻网")
            << QList<Byline>{{QStringLiteral("闫文婧"), correspondent},
                             {QStringLiteral("贾光斌"), correspondent}}
            << QStringLiteral("曹秦雨") << Script::Simplified << 19
            << QStringLiteral("河北新闻网讯(通讯员闫文婧、贾光斌)“在关键时刻")
            << QStringLiteral("用实际行动彰显着铁肩担当。");
        QTest::newRow("001 Luquan, traditional with simplified lines")
            << QStringLiteral("001_8ef87ac96af6a377.txt")
            << QStringLiteral(
                   "打贏疫情阻擊戰 不分“前方”和“後方”——石家莊市鹿泉區新型冠狀病毒疫情阻擊戰一線寫真")
            << QString() << QString() << QStringLiteral("長城網")
            << QList<Byline>{{QStringLiteral("田桂雲"), QString()},
                             {QStringLiteral("王永平"), QString()},
                             {QStringLiteral("康會起"), QString()}}
            << QString() << Script::Mixed << 70
            << QStringLiteral("長城網訊(田桂雲 王永平 康會起)疫情就是命令")
            << QStringLiteral("50萬鹿泉人民和你們堅定地在一起!");
        QTest::newRow("002 Anyang")
            << QStringLiteral("002_29e55f450c19d4d5.txt")
            << QStringLiteral("安阳:党员干部勇担当,抗疫一线党旗红")
            << QStringLiteral("把党旗插到抗疫第一线——看我市各级党组织和广大党员如何在疫情一线践初心担使命")
            << QStringLiteral("2020-02-01T13:07") << QStringLiteral("安阳日报-安阳网")
            << QList<Byline>{{QStringLiteral("尚丽娟"), reporter}} << QStringLiteral("孔德明")
            << Script::Simplified << 26 << QStringLiteral("新型冠状病毒感染的肺炎疫情发生以来")
            << QStringLiteral("让党旗更红,飘扬得更高。");
        QTest::newRow("003 Luohe") << QStringLiteral("003_2b1303eb1e3c31b9.txt")
                                   << QStringLiteral("同心战\"疫\" 漯河静谧街道流动着亮眼\"党旗红\"")
                                   << QString() << QStringLiteral("2022-04-20T14:06")
                                   << QStringLiteral("河南日报客户端")
                                   << QList<Byline>{{QStringLiteral("卢松"), reporter},
                                                    {QStringLiteral("赵君明"), correspondent},
                                                    {QStringLiteral("陆梦娇"), correspondent}}
                                   << QStringLiteral("李新贺") << Script::Simplified << 13
                                   << QStringLiteral("沙澧河畔流光溢彩的灯熄灭了")
                                   << QStringLiteral("(河南日报客户端记者 卢松 通讯员 赵君明 陆梦娇)");
        QTest::newRow("004 Zhangzhou")
            << QStringLiteral("004_625d2aff7cf93227.txt") << QStringLiteral("漳州开发区:战疫情 党员“最”先行")
            << QString() << QStringLiteral("2022-06-17T12:14:46") << QStringLiteral("东南网")
            << QList<Byline>{{QStringLiteral("许小燕"), QStringLiteral("文/图")}} << QStringLiteral("陈志远")
            << Script::Simplified << 25 << QStringLiteral("“大白”出发为封控区居民做核酸检测")
            << QStringLiteral("(许小燕 文/图)");
    }

    void parsesTheSeeds()
    {
        QFETCH(QString, seed);
        const Article article = ArticleParser::parse(seedText(seed));
        QTEST(article.title, "title");
        QTEST(article.subtitle, "subtitle");
        QTEST(article.published, "published");
        QTEST(article.outlet, "outlet");
        QTEST(article.bylines, "bylines");
        QTEST(article.editor, "editor");
        QTEST(article.script, "script");
        QTEST(int(article.paragraphs.size()), "paragraphs");
        QFETCH(QString, firstParagraphStart);
        QFETCH(QString, lastParagraphEnd);
        QVERIFY2(article.paragraphs.first().startsWith(firstParagraphStart),
                 qPrintable(article.paragraphs.first()));
        QVERIFY2(article.paragraphs.last().endsWith(lastParagraphEnd), qPrintable(article.paragraphs.last()));
    }

    void losesNoLine_data()
    {
        QTest::addColumn<QString>("seed");
        for (const char *seed :
             {"000_b6144cfe9f80984f.txt", "001_8ef87ac96af6a377.txt", "002_29e55f450c19d4d5.txt",
              "003_2b1303eb1e3c31b9.txt", "004_625d2aff7cf93227.txt"})
            QTest::newRow(seed) << QString::fromLatin1(seed);
    }

    void losesNoLine()
    {
        QFETCH(QString, seed);
        const QString text = seedText(seed);
        const Article article = ArticleParser::parse(text);
        QStringList kept = article.paragraphs;
        for (const AsideLine &line : article.asides)
            kept << line.text << line.caption;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString cleaned = line.trimmed().remove(QRegularExpression(QStringLiteral("^[•\\s]+")));
            if (!cleaned.isEmpty())
                QVERIFY2(kept.contains(cleaned), qPrintable(cleaned));
        }
        // Set-aside lines stand in page order.
        int previous = 0;
        for (const AsideLine &line : article.asides) {
            QVERIFY(line.beforeParagraph >= previous && line.beforeParagraph <= article.paragraphs.size());
            previous = line.beforeParagraph;
        }
    }

    void setsAsideBoilerplate()
    {
        const Article langfang = ArticleParser::parse(seedText(QStringLiteral("000_b6144cfe9f80984f.txt")));
        const QList<AsideLine> images = langfang.images();
        QCOMPARE(images.size(), 7);
        QCOMPARE(images.first().text, QStringLiteral("1.jpg"));
        QCOMPARE(images.first().caption,
                 QStringLiteral("廊坊市安次区委组织部党员干部在疫情防控一线排查重点人员信息。"));
        QCOMPARE(images.at(3).text, QStringLiteral("2(1).png"));
        QCOMPARE(images.first().beforeParagraph, 1);
        QVERIFY(!langfang.paragraphs.contains(QStringLiteral("扫码阅读手机版")));
        QCOMPARE(countRole(langfang, LineRole::Footer), 1);
        QVERIFY(!langfang.body().contains(QStringLiteral("版权")));

        const Article luquan = ArticleParser::parse(seedText(QStringLiteral("001_8ef87ac96af6a377.txt")));
        QCOMPARE(countRole(luquan, LineRole::RepeatedTitle), 6);
        QVERIFY(!luquan.body().contains(QStringLiteral("打赢疫情阻击战")));
        QCOMPARE(countRole(luquan, LineRole::Share), 1);
        QCOMPARE(countRole(luquan, LineRole::Related), 1);

        const Article luohe = ArticleParser::parse(seedText(QStringLiteral("003_2b1303eb1e3c31b9.txt")));
        QCOMPARE(countRole(luohe, LineRole::Contact), 2);
        QVERIFY(countRole(luohe, LineRole::Navigation) >= 3); // menu, search box, breadcrumb
        QCOMPARE(countRole(luohe, LineRole::Footer), 4);
        QVERIFY(!luohe.body().contains(QLatin1String("ICP")));

        const Article zhangzhou = ArticleParser::parse(seedText(QStringLiteral("004_625d2aff7cf93227.txt")));
        QVERIFY(!zhangzhou.body().contains(QStringLiteral("点击排行")));
        QVERIFY(!zhangzhou.body().contains(QStringLiteral("我来说两句")));
    }

    void handlesPagesWithoutStructure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("paragraphs");
        QTest::newRow("one line") << QStringLiteral("只有一行") << QStringLiteral("只有一行") << 0;
        QTest::newRow("title and body") << QStringLiteral("标题在这里\n\n正文第一段。\n正文第二段。")
                                        << QStringLiteral("标题在这里") << 2;
        QTest::newRow("no Chinese headline")
            << QStringLiteral("abc\n正文第一段。") << QStringLiteral("abc") << 1;
        QTest::newRow("image with caption")
            << QStringLiteral("标题在这里\n1.jpg\n图片说明\n正文。") << QStringLiteral("标题在这里") << 1;
        QTest::newRow("blank lines and indents")
            << QStringLiteral("\n\n\u3000\u3000标题\n\u3000\u3000正文。\n") << QStringLiteral("标题") << 1;
    }

    void handlesPagesWithoutStructure()
    {
        QFETCH(QString, text);
        const Article article = ArticleParser::parse(text);
        QTEST(article.title, "title");
        QTEST(int(article.paragraphs.size()), "paragraphs");
    }

    void emptyTextGivesNoTitle()
    {
        QVERIFY(ArticleParser::parse(QString()).title.isEmpty());
        QVERIFY(ArticleParser::parse(QStringLiteral("\n \n")).title.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
