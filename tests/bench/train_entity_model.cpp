// SPDX-License-Identifier: GPL-3.0-or-later
// Trains Pizhu's entity model (models/extract/EntityModel) from the NER training data in
// ../shared/data/ner-train and the lexicon in Debian's python3-jieba, and writes the model file.
//   train_entity_model [--out FILE] [--epochs N] [--max-features N] [--sentences N]
//                      [--jieba-dict FILE] [--curated FILE]
//   train_entity_model --resave FILE --out FILE   (a model in today's file format, unchanged)
// The README says how the shipped model was made with it.
#include "extract/characterfeatures.h"
#include "extract/entitymodel.h"
#include "extract/entitymodeltrainer.h"
#include "testconfig.h"
#include "text/resourcetext.h"
#include "text/surnamelexicon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Pizhu;

namespace {

std::u32string codePoints(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.cbegin(), ucs4.cend());
}

/**
 * jieba's dictionary ("word frequency tag" per line): nr and nrt words are people, ns places,
 * nt organisations, n, ng and j (abbreviations such as 党支部) common nouns, a, b, v and vn
 * words that can qualify a noun, and every word is a word, for the boundaries.
 */
std::optional<EntityLexicon> jiebaLexicon(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s: %s (install python3-jieba)\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return std::nullopt;
    }
    EntityLexicon lexicon;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() < 3)
            continue;
        const QByteArray &tag = fields.at(2);
        quint8 classes = EntityLexicon::Word;
        if (tag == "nr" || tag == "nrt" || tag == "nrfg")
            classes |= EntityLexicon::Person;
        else if (tag == "ns")
            classes |= EntityLexicon::Place;
        else if (tag == "nt")
            classes |= EntityLexicon::Organization;
        else if (tag == "n" || tag == "ng" || tag == "j")
            classes |= EntityLexicon::Noun;
        else if (tag == "a" || tag == "b" || tag == "v" || tag == "vn")
            classes |= EntityLexicon::Modifier;
        lexicon.add(codePoints(QString::fromUtf8(fields.at(0))), classes);
    }
    return lexicon;
}

/**
 * Adds the organisations of Pizhu's own list (resources/lexicons/curated-organizations.txt) to the
 * model's lexicon, after training: the weights stay those the training data alone gave.
 */
bool addCurated(EntityModelTrainer &trainer, const QString &path)
{
    if (!QFileInfo(path).isReadable()) {
        std::fprintf(stderr, "%s: cannot be read\n", qPrintable(path));
        return false;
    }
    for (const QString &line : ResourceText::lines(path)) {
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            trainer.addToLexicon(codePoints(word), EntityLexicon::Organization | EntityLexicon::Word);
    }
    return true;
}

/** MSRA-style JSON lines: {"text", "entities": [{"start", "end", "type"}]}, code point offsets. */
qsizetype addJsonLines(EntityModelTrainer &trainer, const QString &path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 0;
    }
    static const QHash<QString, NameClass> classes = {{QStringLiteral("PER"), NameClass::Person},
                                                      {QStringLiteral("ORG"), NameClass::Organization},
                                                      {QStringLiteral("LOC"), NameClass::Place}};
    qsizetype added = 0;
    while (!file.atEnd() && added < limit) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        QList<LabelledSpan> names;
        for (const QJsonValue &value : object.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject entity = value.toObject();
            const auto nameClass = classes.constFind(entity.value(QStringLiteral("type")).toString());
            if (nameClass != classes.cend())
                names.append({*nameClass, entity.value(QStringLiteral("start")).toInt(),
                              entity.value(QStringLiteral("end")).toInt()});
        }
        trainer.add(CharacterFeatures::normalised(object.value(QStringLiteral("text")).toString()), names);
        ++added;
    }
    return added;
}

/**
 * People's Daily, January 1998 (PFR): one paragraph a line of "word/tag" separated by two spaces,
 * compounds in brackets with the whole's tag after "]". Names: nr (a surname and its given name
 * are two nr words, joined here), ns places, nt organisations, and bracketed ns and nt.
 */
qsizetype addPeoplesDaily(EntityModelTrainer &trainer, const QString &path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 0;
    }
    static const QHash<QString, NameClass> classes = {{QStringLiteral("nr"), NameClass::Person},
                                                      {QStringLiteral("ns"), NameClass::Place},
                                                      {QStringLiteral("nt"), NameClass::Organization}};
    const SurnameLexicon &surnames = SurnameLexicon::instance();
    qsizetype added = 0;
    while (!file.atEnd() && added < limit) {
        const QStringList tokens =
            QString::fromUtf8(file.readLine()).trimmed().split(QStringLiteral("  "), Qt::SkipEmptyParts);
        QString text;
        QList<LabelledSpan> names;
        qsizetype compoundStart = -1;
        QString previousTag;
        qsizetype previousStart = 0;
        for (qsizetype t = 1; t < tokens.size(); ++t) {
            QString token = tokens.at(t);
            if (token.startsWith(QLatin1Char('[')) && token.size() > 1) {
                token.remove(0, 1);
                compoundStart = text.size();
            }
            QString compoundTag;
            const qsizetype close = token.lastIndexOf(QLatin1Char(']'));
            if (close > 0 && token.indexOf(QLatin1Char('/')) < close) {
                compoundTag = token.mid(close + 1);
                token.truncate(close);
            }
            const qsizetype slash = token.lastIndexOf(QLatin1Char('/'));
            if (slash <= 0)
                continue;
            const QString word = token.left(slash);
            const QString tag = token.mid(slash + 1);
            const qsizetype start = text.size();
            text += word;
            const bool givenName =
                tag == QLatin1String("nr") && previousTag == QLatin1String("nr") && !names.isEmpty() &&
                names.last().end == start && start - previousStart <= 2 && word.size() <= 2 &&
                surnames.surnameLength(QStringView(text).mid(previousStart)) == start - previousStart;
            if (givenName)
                names.last().end = text.size();
            else if (classes.contains(tag) && compoundStart < 0)
                names.append({classes.value(tag), start, text.size()});
            if (!compoundTag.isEmpty() && compoundStart >= 0) {
                while (!names.isEmpty() && names.last().start >= compoundStart)
                    names.removeLast();
                if (classes.contains(compoundTag))
                    names.append({classes.value(compoundTag), compoundStart, text.size()});
                compoundStart = -1;
            }
            previousTag = tag;
            previousStart = start;
        }
        if (text.isEmpty())
            continue;
        // PFR text has no surrogates, so UTF-16 offsets are code point offsets.
        // Its organisations and places follow other conventions than MSRA's: only its people, and
        // the character on either side of each, teach.
        QList<LabelledSpan> people;
        QList<LabelledSpan> unknown;
        qsizetype taught = 0;
        for (const LabelledSpan &name : std::as_const(names)) {
            if (name.nameClass != NameClass::Person)
                continue;
            people.append(name);
            if (name.start - 1 > taught)
                unknown.append({NameClass::Person, taught, name.start - 1});
            taught = name.end + 1;
        }
        unknown.append({NameClass::Person, taught, text.size()});
        trainer.add(CharacterFeatures::normalised(text), people, unknown);
        ++added;
    }
    return added;
}

int resaved(const QString &from, const QString &to)
{
    QString error;
    const std::unique_ptr<EntityModel> model = EntityModel::load(from, &error);
    if (!model || !model->save(to, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s: %lld features, %lld bytes\n", qPrintable(to), qlonglong(model->featureCount()),
                qlonglong(QFile(to).size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The model file to write."),
                                 QStringLiteral("file"), QStringLiteral("entity-model.bin"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Passes over the data."),
                                    QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption maxFeatures(QStringLiteral("max-features"), QStringLiteral("Features kept."),
                                         QStringLiteral("n"), QStringLiteral("400000"));
    const QCommandLineOption sentences(QStringLiteral("sentences"), QStringLiteral("Sentences read at most."),
                                       QStringLiteral("n"), QStringLiteral("100000000"));
    const QCommandLineOption jieba(QStringLiteral("jieba-dict"), QStringLiteral("jieba's dict.txt."),
                                   QStringLiteral("file"),
                                   QStringLiteral("/usr/lib/python3/dist-packages/jieba/dict.txt"));
    const QCommandLineOption peoplesDaily(QStringLiteral("peoples-daily"),
                                          QStringLiteral("Also train on People's Daily January 1998."));
    const QCommandLineOption curated(
        QStringLiteral("curated"), QStringLiteral("Pizhu's own list of organisations jieba lacks."),
        QStringLiteral("file"),
        QStringLiteral(PIZHU_SOURCE_DIR "/resources/lexicons/curated-organizations.txt"));
    const QCommandLineOption resave(
        QStringLiteral("resave"),
        QStringLiteral("Write this model in today's file format, without training."), QStringLiteral("file"));
    parser.addOptions({out, epochs, maxFeatures, sentences, jieba, curated, peoplesDaily, resave});
    parser.process(app);
    if (parser.isSet(resave))
        return resaved(parser.value(resave), parser.value(out));

    QElapsedTimer timer;
    timer.start();
    std::optional<EntityLexicon> lexicon = jiebaLexicon(parser.value(jieba));
    if (!lexicon)
        return 1;
    std::printf("lexicon: %lld words from %s\n", qlonglong(lexicon->size()), qPrintable(parser.value(jieba)));
    EntityModelTrainer trainer(std::move(*lexicon));
    const qsizetype read =
        addJsonLines(trainer, QStringLiteral(PIZHU_SHARED_DATA_DIR "/ner-train/msra_train.jsonl"),
                     parser.value(sentences).toLongLong());
    if (read == 0)
        return 1;
    std::printf("msra_train: %lld sentences, %lld features (%.1f s)\n", qlonglong(read),
                qlonglong(trainer.featureCount()), timer.nsecsElapsed() / 1e9);
    if (parser.isSet(peoplesDaily)) {
        timer.restart();
        const qsizetype paragraphs =
            addPeoplesDaily(trainer, QStringLiteral(PIZHU_SHARED_DATA_DIR "/ner-train/pfr199801.txt"),
                            parser.value(sentences).toLongLong());
        std::printf("pfr199801: %lld paragraphs, %lld features (%.1f s)\n", qlonglong(paragraphs),
                    qlonglong(trainer.featureCount()), timer.nsecsElapsed() / 1e9);
    }
    const int passes = parser.value(epochs).toInt();
    for (int pass = 1; pass <= passes; ++pass) {
        timer.restart();
        const EntityModelTrainer::Pass result = trainer.train(quint32(pass));
        std::printf("pass %d: %.4f of %lld characters labelled wrongly (%.1f s)\n", pass,
                    double(result.wrong) / double(std::max<qsizetype>(result.positions, 1)),
                    qlonglong(result.positions), timer.nsecsElapsed() / 1e9);
        std::fflush(stdout);
    }
    if (!addCurated(trainer, parser.value(curated)))
        return 1;
    const std::unique_ptr<EntityModel> model = trainer.model(parser.value(maxFeatures).toLongLong());
    QString error;
    if (!model->save(parser.value(out), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s: %lld features, %lld bytes\n", qPrintable(parser.value(out)),
                qlonglong(model->featureCount()), qlonglong(QFile(parser.value(out)).size()));
    return 0;
}
