// SPDX-License-Identifier: GPL-3.0-or-later
// The parser on the seed pages and on pages without structure. What it makes of each seed, field by
// field, is kept in tests/reference/ (tst_reference); here: nothing lost, boilerplate set aside.
#include "ingest/articleparser.h"
#include "testseeds.h"

#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

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
    void losesNoLine_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &seed : seedFileNames())
            QTest::newRow(qPrintable(seed)) << seed;
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
