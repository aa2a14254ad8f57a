// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/entityextractor.h"
#include "extract/organizationextractor.h"
#include "extract/personextractor.h"
#include "extract/sourcetextmap.h"
#include "text/codepointindex.h"
#include "text/codepoints.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;

namespace {

QStringList names(const QString &text, EntityType type)
{
    const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
    QStringList found;
    for (const ExtractedEntity &entity : EntityExtractor::instance().extract(text, shadow)) {
        if (entity.type == type)
            found << entity.text;
    }
    return found;
}

} // namespace

class TestEntityExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPeople_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("people");
        QTest::addColumn<QString>("role");
        QTest::newRow("title before, role kept")
            << QStringLiteral("廊坊市广阳区金桥社区党支部书记金艳英帮助居民注册。")
            << QStringList{QStringLiteral("金艳英")} << QStringLiteral("廊坊市广阳区金桥社区党支部书记");
        QTest::newRow("byline role") << QStringLiteral("（记者 尚丽娟）面对疫情，大家行动起来。")
                                     << QStringList{QStringLiteral("尚丽娟")} << QStringLiteral("记者");
        QTest::newRow("speech verb after") << QStringLiteral("李公乐说，当前是疫情防控的关键时期。")
                                           << QStringList{QStringLiteral("李公乐")} << QString();
        QTest::newRow("title after") << QStringLiteral("江泽民主席会见了代表团。")
                                     << QStringList{QStringLiteral("江泽民")} << QString();
        QTest::newRow("list after a name")
            << QStringLiteral("通讯员闫文婧、贾光斌报道。")
            << QStringList{QStringLiteral("闫文婧"), QStringLiteral("贾光斌")} << QStringLiteral("通讯员");
        QTest::newRow("single given name")
            << QStringLiteral("专职副书记刘彬与防疫人员商议。") << QStringList{QStringLiteral("刘彬")}
            << QStringLiteral("专职副书记");
        QTest::newRow("apposition") << QStringLiteral(
                                           "刘彬，霸州市委教育工委专职副书记，自3月10日起进入隔离点。")
                                    << QStringList{QStringLiteral("刘彬")}
                                    << QStringLiteral("霸州市委教育工委专职副书记");
        QTest::newRow("later mentions count")
            << QStringLiteral("干部张杏姿坚守一线。张杏姿还没歇息。") << QStringList{QStringLiteral("张杏姿")}
            << QStringLiteral("干部");
        QTest::newRow("foreign name with title")
            << QStringLiteral("美国总统克林顿表示欢迎。") << QStringList{QStringLiteral("克林顿")}
            << QStringLiteral("美国总统");
        QTest::newRow("traditional script")
            << QStringLiteral("區委書記楊國芳強調，要堅決打贏。") << QStringList{QStringLiteral("楊國芳")}
            << QStringLiteral("區委書記");
        // Exclusions: a surname with a title is an address, anonymised names are no names,
        // generic words and places are not people.
        QTest::newRow("surname and title")
            << QStringLiteral("张书记来到村里，王主任说了几句。") << QStringList{} << QString();
        QTest::newRow("anonymised") << QStringLiteral("村民和某某被确定为疑似病例，张某某说没有。")
                                    << QStringList{} << QString();
        QTest::newRow("word after a title")
            << QStringLiteral("共产党员和群众一起值守。") << QStringList{} << QString();
        QTest::newRow("country with speech verb")
            << QStringLiteral("俄罗斯表示反对。") << QStringList{} << QString();
        QTest::newRow("common words")
            << QStringLiteral("高度重视，周年纪念，方面军。") << QStringList{} << QString();
    }

    void findsPeople()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, people);
        QFETCH(QString, role);
        const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
        QStringList found;
        QString firstRole;
        for (const ExtractedEntity &entity : EntityExtractor::instance().extract(text, shadow)) {
            if (entity.type != EntityType::Person)
                continue;
            found << entity.text;
            if (found.size() == 1)
                firstRole = entity.role;
        }
        QCOMPARE(found, people);
        QCOMPARE(firstRole, role);
    }

    void findsOrganizations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("organizations");
        QTest::newRow("place prefix kept") << QStringLiteral("记者从廊坊市安次区委组织部获悉，")
                                           << QStringList{QStringLiteral("廊坊市安次区委组织部")};
        QTest::newRow("village branch") << QStringLiteral("汤阴县瓦岗乡瓦岗村党支部书记李国方号召，")
                                        << QStringList{QStringLiteral("汤阴县瓦岗乡瓦岗村党支部")};
        QTest::newRow("hospital") << QStringLiteral("疫情伊始，廊坊市妇幼保健院向全院职工发出倡议。")
                                  << QStringList{QStringLiteral("廊坊市妇幼保健院")};
        QTest::newRow("title marks") << QStringLiteral("据《明报》报道，香港《明报》称，")
                                     << QStringList{QStringLiteral("明报")};
        // The newspaper is the organisation; its app (客户端) is not part of its name.
        QTest::newRow("outlet") << QStringLiteral("（河南日报客户端记者 卢松）")
                                << QStringList{QStringLiteral("河南日报")};
        QTest::newRow("enumeration sharing a prefix")
            << QStringLiteral("区卫生健康局、市场监管局等部门联合检查。")
            << QStringList{QStringLiteral("区卫生健康局"), QStringLiteral("市场监管局")};
        QTest::newRow("known abbreviation")
            << QStringLiteral("据新华社报道，国务院召开会议。")
            << QStringList{QStringLiteral("新华社"), QStringLiteral("国务院")};
        QTest::newRow("traditional script") << QStringLiteral("鹿泉區人民醫院派出醫護人員。")
                                            << QStringList{QStringLiteral("鹿泉區人民醫院")};
        QTest::newRow("sports team") << QStringLiteral("中国队战胜了对手。")
                                     << QStringList{QStringLiteral("中国队")};
        QTest::newRow("Latin-script organisations")
            << QStringLiteral("NBA常规赛今天继续进行，TVB和Mozilla也发表了声明。")
            << QStringList{QStringLiteral("NBA"), QStringLiteral("TVB"), QStringLiteral("Mozilla")};
        QTest::newRow("Latin letters inside a word are no organisation")
            << QStringLiteral("XNBA和NBAX都不是。") << QStringList{};
        QTest::newRow("clubs a dictionary calls people")
            << QStringLiteral("切尔西与阿森纳的比赛中，切尔西以3:1获胜。")
            << QStringList{QStringLiteral("切尔西"), QStringLiteral("阿森纳")};
        // Clubs named by a common word, told by the text's sport; the same words elsewhere are none.
        QTest::newRow("clubs named by common words, in a basketball report")
            << QStringLiteral("季后赛首轮，火箭在主场以112:104击败勇士，哈登拿下35分和8个篮板。")
            << QStringList{QStringLiteral("火箭"), QStringLiteral("勇士")};
        QTest::newRow("a rocket in a launch report")
            << QStringLiteral("长征五号运载火箭在文昌发射场发射升空，火箭飞行正常。") << QStringList{};
        QTest::newRow("the sun, with one sports word only")
            << QStringLiteral("球员们在太阳下训练了两个小时。") << QStringList{};
        QTest::newRow("a word that holds a club's name")
            << QStringLiteral("季后赛期间，球队赞助商展示了太阳能汽车。") << QStringList{};
        // Generic nouns name no organisation.
        QTest::newRow("党组织") << QStringLiteral("成立临时党组织3500多个，各级党组织迅速响应。")
                                << QStringList{};
        QTest::newRow("suffix starting a word")
            << QStringLiteral("研究部署疫情处置工作，召开会议。") << QStringList{};
        QTest::newRow("society") << QStringLiteral("整个社会都动员起来。") << QStringList{};
    }

    void findsOrganizations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, organizations);
        QCOMPARE(names(text, EntityType::Organization), organizations);
    }

    void theShippedModelIsInUse()
    {
        QVERIFY2(EntityExtractor::instance().modelError().isEmpty(),
                 qPrintable(EntityExtractor::instance().modelError()));
    }

    void fallsBackToRulesWithoutAModel_data()
    {
        QTest::addColumn<QByteArray>("content"); // of the model file; empty: no file at all
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("Cannot read the entity model");
        QTest::newRow("not a model") << QByteArrayLiteral("weights\n")
                                     << QStringLiteral("is not a Pizhu entity model");
        QTest::newRow("damaged") << QByteArrayLiteral("PIZHU-ENTITY-MODEL\n\0\0\0\2garbage")
                                 << QStringLiteral("is damaged");
    }

    void fallsBackToRulesWithoutAModel()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("entity-model.bin"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(path)));
        const EntityExtractor byRule(path);
        QVERIFY2(byRule.modelError().contains(path) && byRule.modelError().contains(reason),
                 qPrintable(byRule.modelError()));
        const QString text =
            QStringLiteral("廊坊市广阳区金桥社区党支部书记金艳英帮助居民注册，据新华社报道。");
        const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
        QStringList found;
        for (const ExtractedEntity &entity : byRule.extract(text, shadow))
            found << entityTypeCode(entity.type) + QLatin1Char(':') + entity.text;
        QCOMPARE(found, (QStringList{QStringLiteral("ORG:廊坊市广阳区金桥社区党支部"),
                                     QStringLiteral("PER:金艳英"), QStringLiteral("ORG:新华社")}));
    }

    void figuresCarryTheirValues()
    {
        const QString text = QStringLiteral("廊坊市9.9万名党员投身防疫一线，总价值近1900万元。");
        const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
        QList<ExtractedEntity> figures;
        for (const ExtractedEntity &entity : EntityExtractor::instance().extract(text, shadow)) {
            if (entity.type == EntityType::Figure)
                figures << entity;
        }
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).text, QStringLiteral("9.9万名党员"));
        QCOMPARE(*figures.at(0).value, 99000.0);
        QCOMPARE(figures.at(0).counts, QStringLiteral("党员"));
        QCOMPARE(figures.at(1).text, QStringLiteral("近1900万元"));
        QCOMPARE(figures.at(1).approx, QStringLiteral("nearly"));
        QCOMPARE(figures.at(1).unit, QStringLiteral("元"));
    }

    void figuresHoldWhatTheyCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("a word, not two characters")
            << QStringLiteral("共招募30名志愿者参加服务。") << QStringList{QStringLiteral("30名志愿者")};
        QTest::newRow("two words ending in a head noun")
            << QStringLiteral("各地成立14个临时党支部。") << QStringList{QStringLiteral("14个临时党支部")};
        QTest::newRow("what follows is not counted")
            << QStringLiteral("全市9.9万名党员投身防疫。") << QStringList{QStringLiteral("9.9万名党员")};
        QTest::newRow("two counts of one number")
            << QStringLiteral("派出两名党员和两名记者。")
            << QStringList{QStringLiteral("两名党员"), QStringLiteral("两名记者")};
        QTest::newRow("traditional script")
            << QStringLiteral("派出兩名黨員和兩名記者。")
            << QStringList{QStringLiteral("兩名黨員"), QStringLiteral("兩名記者")};
        QTest::newRow("bare counts are left out")
            << QStringLiteral("他们两个都来了，三人同行。") << QStringList{};
    }

    void figuresHoldWhatTheyCount()
    {
        QFETCH(QString, text);
        QTEST(names(text, EntityType::Figure), "figures");
    }

    void mentionsAreOriginalCodePoints()
    {
        // Traditional text, a character outside the BMP before the name, and a length-changing
        // conversion: every mention must slice the original text to the name.
        const QString text = QStringLiteral("𠮷記者張傑說，張傑今天值班，9.9萬名黨員參加。");
        const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
        const QList<ExtractedEntity> entities = EntityExtractor::instance().extract(text, shadow);
        QVERIFY(!entities.isEmpty());
        QCOMPARE(entities.front().text, QStringLiteral("張傑"));
        QCOMPARE(entities.front().key, QStringLiteral("张杰"));
        QCOMPARE(entities.front().mentions.size(), 2);
        for (const ExtractedEntity &entity : entities) {
            for (const TextSpan &span : entity.mentions) {
                const qsizetype from = CodePoints::toUtf16(text, span.start);
                QCOMPARE(text.mid(from, CodePoints::toUtf16(text, span.end) - from), entity.text);
            }
        }
        QCOMPARE(entities.front().mentions.front(), (TextSpan{3, 5})); // 𠮷 is one code point
    }

    void mapsBodyOffsetsToTheFile()
    {
        const QString source =
            QStringLiteral("导航\n\n标题\n\n第一段正文。\n\n图片.jpg\n\n第二段李公乐说。\n\n版权所有");
        const SourceTextMap map(source, {QStringLiteral("第一段正文。"), QStringLiteral("第二段李公乐说。")});
        const int bodyStart = int(QStringLiteral("第一段正文。\n第二段").size());
        const TextSpan inFile = map.toSource(TextSpan{bodyStart, bodyStart + 3});
        QCOMPARE(source.mid(inFile.start, inFile.end - inFile.start), QStringLiteral("李公乐"));
        QCOMPARE(map.occurrencesOutsideBody(QStringLiteral("标题")).size(), 1);
        QCOMPARE(map.occurrencesOutsideBody(QStringLiteral("李公乐")).size(), 0);
    }

    void codePointIndexAgreesWithCodePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("BMP only") << QStringLiteral("廊坊市9.9万名党员");
        QTest::newRow("astral") << QStringLiteral("𠮷野家");
        QTest::newRow("astral between") << QStringLiteral("a𠮷b𠮷𠮷c");
        QTest::newRow("lone high surrogate") << (QStringLiteral("甲") + QChar(0xD800) + QStringLiteral("乙"));
        QTest::newRow("lone low surrogate")
            << (QStringLiteral("甲") + QChar(0xDC00) + QStringLiteral("乙𠮷"));
    }

    void codePointIndexAgreesWithCodePoints()
    {
        QFETCH(QString, text);
        const CodePointIndex index(text);
        for (qsizetype i = -1; i <= text.size() + 1; ++i)
            QCOMPARE(index.toCodePoint(i), CodePoints::fromUtf16(text, i));
        for (int cp = -1; cp <= CodePoints::count(text) + 1; ++cp)
            QCOMPARE(index.toIndex(cp), CodePoints::toUtf16(text, cp));
    }
};

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
