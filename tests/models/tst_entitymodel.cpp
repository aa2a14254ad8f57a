// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/characterfeatures.h"
#include "extract/entitymodel.h"
#include "extract/entitymodeltrainer.h"
#include "extract/namelistsplitter.h"
#include "testconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;

Q_DECLARE_METATYPE(QList<LabelledSpan>)

namespace {

std::u32string codePoints(const QString &text)
{
    return CharacterFeatures::normalised(text);
}

/** The names of \a spans in \a text, as "PER:王伟" and the like, for readable comparisons. */
QStringList named(const QString &text, const QList<LabelledSpan> &spans)
{
    const std::u32string points = codePoints(text);
    QStringList names;
    for (const LabelledSpan &span : spans) {
        const QString code = span.nameClass == NameClass::Person         ? QStringLiteral("PER")
                             : span.nameClass == NameClass::Organization ? QStringLiteral("ORG")
                                                                         : QStringLiteral("LOC");
        names.append(code + QLatin1Char(':') +
                     QString::fromUcs4(points.data() + span.start, span.end - span.start));
    }
    return names;
}

/**
 * Sentences made from templates, with people, organisations and places; \a heldOut picks
 * combinations of surname and given name, and of place and kind of body, that the other half
 * never has, so a model that learned the patterns, not the strings, finds them.
 */
QList<std::pair<QString, QList<LabelledSpan>>> generatedSentences(bool heldOut)
{
    const QString surnames = QStringLiteral("王李张刘陈杨赵黄周吴");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋");
    const QStringList places = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州"),
                                QStringLiteral("深圳"), QStringLiteral("南京"), QStringLiteral("杭州")};
    const QStringList bodies = {QStringLiteral("公司"), QStringLiteral("大学"), QStringLiteral("委员会"),
                                QStringLiteral("研究所")};
    const QStringList templates = {
        QStringLiteral("{P}说，{O}将在{L}举行会议。"), QStringLiteral("{O}的{P}表示同意。"),
        QStringLiteral("记者从{O}获悉，{P}已抵达{L}。"), QStringLiteral("昨天，{P}在{L}会见了{O}代表团。")};
    QList<std::pair<QString, QList<LabelledSpan>>> sentences;
    int n = 0;
    for (qsizetype s = 0; s < surnames.size(); ++s) {
        for (qsizetype g = 0; g < given.size(); ++g) {
            if (((s + g) % 5 == 0) != heldOut)
                continue;
            const QString person = surnames.at(s) + given.at(g) + given.at((g + s) % given.size());
            const QString place = places.at((s + g) % places.size());
            const QString body =
                places.at((s * 3 + g) % places.size()) + bodies.at((s + 2 * g) % bodies.size());
            QString text = templates.at(n++ % templates.size());
            QList<LabelledSpan> spans;
            for (const auto &[slot, name, nameClass] :
                 {std::tuple{QStringLiteral("{P}"), person, NameClass::Person},
                  std::tuple{QStringLiteral("{O}"), body, NameClass::Organization},
                  std::tuple{QStringLiteral("{L}"), place, NameClass::Place}}) {
                const qsizetype at = text.indexOf(slot);
                if (at < 0)
                    continue;
                text.replace(at, slot.size(), name);
                for (LabelledSpan &earlier : spans) {
                    if (earlier.start > at) {
                        earlier.start += name.size() - slot.size();
                        earlier.end += name.size() - slot.size();
                    }
                }
                spans.append({nameClass, at, at + name.size()});
            }
            std::sort(spans.begin(), spans.end(),
                      [](const LabelledSpan &a, const LabelledSpan &b) { return a.start < b.start; });
            sentences.append({text, spans});
        }
    }
    return sentences;
}

std::unique_ptr<EntityModel> trainedModel()
{
    EntityLexicon lexicon;
    lexicon.add(codePoints(QStringLiteral("杭州")), EntityLexicon::Place | EntityLexicon::Word);
    EntityModelTrainer trainer(lexicon);
    for (const auto &[text, spans] : generatedSentences(false))
        trainer.add(codePoints(text), spans);
    for (quint32 pass = 1; pass <= 6; ++pass)
        trainer.train(pass);
    return trainer.model(100000);
}

} // namespace

class TestEntityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexiconKnowsWordsAndTheirBeginnings()
    {
        EntityLexicon lexicon;
        const std::u32string club = codePoints(QStringLiteral("切尔西"));
        lexicon.add(club, EntityLexicon::Person | EntityLexicon::Word);
        lexicon.add(club, EntityLexicon::Word); // classes add up
        QCOMPARE(lexicon.size(), 1);
        QCOMPARE(lexicon.classesOf(club.data(), 3), quint8(EntityLexicon::Person | EntityLexicon::Word));
        QCOMPARE(lexicon.classesOf(club.data(), 2), quint8(0)); // a beginning, no word
        // A curated list says what a word is, whatever a dictionary said.
        lexicon.set(club, EntityLexicon::Organization | EntityLexicon::Word);
        QCOMPARE(lexicon.classesOf(club.data(), 3),
                 quint8(EntityLexicon::Organization | EntityLexicon::Word));
        QCOMPARE(lexicon.size(), 1);
        const std::u32string latin = codePoints(QStringLiteral("NBA"));
        lexicon.set(latin, EntityLexicon::Organization);
        QCOMPARE(lexicon.size(), 2);
        QCOMPARE(lexicon.classesOf(latin.data(), 3), quint8(EntityLexicon::Organization));
        // Many words: the table grows and keeps every one.
        for (int i = 0; i < 5000; ++i)
            lexicon.add(codePoints(QStringLiteral("词%1").arg(i)), EntityLexicon::Word);
        QCOMPARE(lexicon.size(), 5002);
        const std::u32string last = codePoints(QStringLiteral("词4999"));
        QCOMPARE(lexicon.classesOf(last.data(), int(last.size())), quint8(EntityLexicon::Word));
        QCOMPARE(lexicon.classesOf(club.data(), 3),
                 quint8(EntityLexicon::Organization | EntityLexicon::Word));
    }

    void labelsAndSpansRoundTrip_data()
    {
        QTest::addColumn<QList<LabelledSpan>>("spans");
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<LabelledSpan>>("expected");
        const LabelledSpan person{NameClass::Person, 0, 3};
        const LabelledSpan organization{NameClass::Organization, 3, 7};
        const LabelledSpan place{NameClass::Place, 8, 10};
        QTest::newRow("nothing") << QList<LabelledSpan>{} << 5 << QList<LabelledSpan>{};
        QTest::newRow("three touching and apart") << QList<LabelledSpan>{person, organization, place} << 10
                                                  << QList<LabelledSpan>{person, organization, place};
        QTest::newRow("two people touching stay two")
            << QList<LabelledSpan>{{NameClass::Person, 0, 2}, {NameClass::Person, 2, 4}} << 4
            << QList<LabelledSpan>{{NameClass::Person, 0, 2}, {NameClass::Person, 2, 4}};
        QTest::newRow("an overlapping span keeps the first")
            << QList<LabelledSpan>{person, {NameClass::Organization, 2, 5}} << 6
            << QList<LabelledSpan>{person};
        QTest::newRow("a span past the end is cut") << QList<LabelledSpan>{{NameClass::Place, 3, 9}} << 5
                                                    << QList<LabelledSpan>{{NameClass::Place, 3, 5}};
        QTest::newRow("an empty or reversed span is nothing")
            << QList<LabelledSpan>{{NameClass::Place, 3, 3}, {NameClass::Person, 4, 2}} << 5
            << QList<LabelledSpan>{};
    }

    void labelsAndSpansRoundTrip()
    {
        QFETCH(QList<LabelledSpan>, spans);
        QFETCH(int, length);
        QFETCH(QList<LabelledSpan>, expected);
        const std::vector<EntityLabel> labels = EntityLabels::fromSpans(spans, length);
        QCOMPARE(qsizetype(labels.size()), qsizetype(length));
        QCOMPARE(EntityLabels::toSpans(labels), expected);
    }

    void decoderNeverMakesANameWithoutABeginning_data()
    {
        QTest::addColumn<QList<int>>("favoured"); // the label each position's emission favours
        QTest::addColumn<QString>("expected");    // O, P (person begin), p (inside), G, g, L, l
        QTest::newRow("inside first") << QList<int>{2, 2, 0} << QStringLiteral("PpO");
        QTest::newRow("inside after outside") << QList<int>{0, 2, 2} << QStringLiteral("OPp");
        QTest::newRow("organisation inside after a person") << QList<int>{1, 4, 4} << QStringLiteral("PGg");
        QTest::newRow("well formed stays") << QList<int>{3, 4, 0, 5, 6} << QStringLiteral("GgOLl");
    }

    void decoderNeverMakesANameWithoutABeginning()
    {
        QFETCH(QList<int>, favoured);
        QFETCH(QString, expected);
        std::vector<float> emissions(size_t(favoured.size()) * EntityLabelCount, 0.0f);
        for (qsizetype i = 0; i < favoured.size(); ++i) {
            emissions[size_t(i) * EntityLabelCount + size_t(favoured.at(i))] = 2.0f;
            // The next best is always a beginning of the same class, so a legal path stays close.
            if (favoured.at(i) % 2 == 0 && favoured.at(i) > 0)
                emissions[size_t(i) * EntityLabelCount + size_t(favoured.at(i) - 1)] = 1.5f;
        }
        const ViterbiDecoder::Transitions transitions{};
        const ViterbiDecoder::Starts starts{};
        const std::vector<EntityLabel> labels = ViterbiDecoder(transitions, starts).decode(emissions);
        QString got;
        for (const EntityLabel label : labels)
            got.append(QStringLiteral("OPpGgLl").at(int(label)));
        QCOMPARE(got, expected);
    }

    void learnsNamesItHasNotSeen()
    {
        const std::unique_ptr<EntityModel> model = trainedModel();
        int sentences = 0;
        for (const auto &[text, spans] : generatedSentences(true)) {
            QCOMPARE(named(text, model->find(text)), named(text, spans));
            ++sentences;
        }
        QCOMPARE(sentences, 20);
    }

    void savesAndLoadsTheSameModel()
    {
        const std::unique_ptr<EntityModel> model = trainedModel();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.bin"));
        QString error;
        QVERIFY2(model->save(path, &error), qPrintable(error));
        const std::unique_ptr<EntityModel> loaded = EntityModel::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->featureCount(), model->featureCount());
        QCOMPARE(loaded->lexicon().size(), 1);
        QVERIFY(loaded->lexicon().classesOf(codePoints(QStringLiteral("杭州")).data(), 2) &
                EntityLexicon::Place);
        for (const auto &[text, spans] : generatedSentences(true))
            QCOMPARE(named(text, loaded->find(text)), named(text, model->find(text)));
    }

    void readsTheOneBlockFormatCorporaKeep()
    {
        // Written by Pizhu before the model file had two blocks (file format 2, the model of
        // trainedModel()): corpora keep adapted models in it, so it must go on loading.
        const QString path = QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/entity-model-v2.bin");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray old = file.readAll();
        QCOMPARE(old.at(QByteArrayLiteral("PIZHU-ENTITY-MODEL\n").size() + 3), char(2));
        QString error;
        const std::unique_ptr<EntityModel> loaded = EntityModel::fromBytes(old, path, &error);
        QVERIFY2(loaded, qPrintable(error));
        const std::unique_ptr<EntityModel> model = trainedModel();
        QCOMPARE(loaded->featureCount(), model->featureCount());
        for (const auto &[text, spans] : generatedSentences(true))
            QCOMPARE(named(text, loaded->find(text)), named(text, spans));
        // Saved again, it is in today's format, and the same model.
        const QByteArray resaved = loaded->bytes();
        QCOMPARE(resaved.at(QByteArrayLiteral("PIZHU-ENTITY-MODEL\n").size() + 3), char(3));
        QCOMPARE(resaved, model->bytes());
    }

    void findsInBothWidthsAndAfterSurrogates()
    {
        const std::unique_ptr<EntityModel> model = trainedModel();
        const auto sentences = generatedSentences(true);
        const auto &[text, spans] = sentences.constFirst();
        // 𠮷 is one code point and two UTF-16 units: offsets stay in code points.
        const QString shifted = QStringLiteral("𠮷𠮷。") + text;
        QList<LabelledSpan> expected;
        for (LabelledSpan span : spans) {
            span.start += 3;
            span.end += 3;
            expected.append(span);
        }
        QCOMPARE(model->find(shifted), expected);
        QVERIFY(model->find(QString()).isEmpty());
        QVERIFY(model->find(QStringLiteral("。。。\n\n")).isEmpty());
        // Full-width Latin and digits are seen as ASCII and keep their offsets.
        QCOMPARE(CharacterFeatures::normalised(QStringLiteral("ＮＢＡ１２　")), std::u32string(U"NBA12 "));
    }

    void hugeInputIsLabelledPieceByPiece()
    {
        const std::unique_ptr<EntityModel> model = trainedModel();
        const auto sentences = generatedSentences(true);
        const auto &[text, spans] = sentences.constFirst();
        QString huge;
        const int repeats = 20000; // about 300,000 characters
        for (int i = 0; i < repeats; ++i)
            huge += text;
        const QList<LabelledSpan> found = model->find(huge);
        QCOMPARE(found.size(), spans.size() * repeats);
        QCOMPARE(found.last().end, qsizetype(text.size()) * (repeats - 1) + spans.last().end);
    }

    void refusesWhatIsNotAModel_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const std::unique_ptr<EntityModel> model = trainedModel();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.bin"));
        QString error;
        QVERIFY(model->save(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        const qsizetype header = QByteArrayLiteral("PIZHU-ENTITY-MODEL\n").size();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is not a Pizhu entity model");
        QTest::newRow("text") << QByteArrayLiteral("王伟\t人名\n")
                              << QStringLiteral("is not a Pizhu entity model");
        QByteArray otherVersion = good;
        otherVersion[header + 3] = 9;
        QTest::newRow("another file format") << otherVersion << QStringLiteral("another file format (9;");
        QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("is damaged");
        QTest::newRow("word list cut short") << good.left(good.size() - 8) << QStringLiteral("is damaged");
        QByteArray weightsTooLong = good;
        weightsTooLong[header + 4] = char(0x7f);
        QByteArray announcesGigabytes = good;
        announcesGigabytes[header + 8] = char(0xf0); // the packed weights' announced size
        QTest::newRow("a block announcing gigabytes")
            << announcesGigabytes << QStringLiteral("is damaged: its weights cannot be unpacked");
        QTest::newRow("weights longer than the file")
            << weightsTooLong << QStringLiteral("is damaged: its weights cannot be unpacked");
        QByteArray scrambled = good;
        for (qsizetype i = header + 8; i < scrambled.size(); i += 7)
            scrambled[i] = char(scrambled.at(i) ^ 0x5a);
        QTest::newRow("scrambled") << scrambled << QStringLiteral("is damaged");
    }

    void refusesWhatIsNotAModel()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!EntityModel::load(path, &error));
        QVERIFY2(error.contains(path) && error.contains(reason), qPrintable(error));
    }

    void refusesAMissingFile()
    {
        QString error;
        QVERIFY(!EntityModel::load(QStringLiteral("/nonexistent/model.bin"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/model.bin")), qPrintable(error));
    }

    void splitsListsOfNames_data()
    {
        QTest::addColumn<QString>("span");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("delegates") << QStringLiteral("李鹏乔石李瑞环")
                                   << QStringList{QStringLiteral("PER:李鹏"), QStringLiteral("PER:乔石"),
                                                  QStringLiteral("PER:李瑞环")};
        QTest::newRow("with a transliterated name")
            << QStringLiteral("王丙乾帕巴拉·格列朗杰")
            << QStringList{QStringLiteral("PER:王丙乾"), QStringLiteral("PER:帕巴拉·格列朗杰")};
        QTest::newRow("one compound-surname name")
            << QStringLiteral("司马相如") << QStringList{QStringLiteral("PER:司马相如")};
        QTest::newRow("one transliterated name")
            << QStringLiteral("帕特里克·霍尔福德") << QStringList{QStringLiteral("PER:帕特里克·霍尔福德")};
        // Foreign names whose characters could also be read as Chinese surnames and given names.
        QTest::newRow("transliterated, no dot")
            << QStringLiteral("伊利埃斯库") << QStringList{QStringLiteral("PER:伊利埃斯库")};
        QTest::newRow("transliterated, a short first part")
            << QStringLiteral("扬·伊利埃斯库") << QStringList{QStringLiteral("PER:扬·伊利埃斯库")};
        QTest::newRow("dotted, a part outside the transliteration characters")
            << QStringLiteral("科特·马祖尔") << QStringList{QStringLiteral("PER:科特·马祖尔")};
        QTest::newRow("dotted, long parts")
            << QStringLiteral("古斯塔夫·哈格隆德") << QStringList{QStringLiteral("PER:古斯塔夫·哈格隆德")};
        QTest::newRow("a list ending in a dotted name")
            << QStringLiteral("李瑞环科特·马祖尔")
            << QStringList{QStringLiteral("PER:李瑞环"), QStringLiteral("PER:科特·马祖尔")};
        QTest::newRow("not names") << QStringLiteral("中华人民共和国")
                                   << QStringList{QStringLiteral("PER:中华人民共和国")};
    }

    void splitsListsOfNames()
    {
        QFETCH(QString, span);
        QFETCH(QStringList, names);
        EntityLexicon lexicon;
        for (const QString &known :
             {QStringLiteral("李鹏"), QStringLiteral("乔石"), QStringLiteral("李瑞环")})
            lexicon.add(codePoints(known), EntityLexicon::Person);
        const std::u32string text = codePoints(QStringLiteral("。") + span + QStringLiteral("。"));
        const LabelledSpan whole{NameClass::Person, 1, 1 + qsizetype(codePoints(span).size())};
        QCOMPARE(named(QStringLiteral("。") + span + QStringLiteral("。"),
                       NameListSplitter(lexicon).split(text, whole)),
                 names);
    }
};

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
