// SPDX-License-Identifier: GPL-3.0-or-later
// Scores entity extraction against gold data and jieba's part-of-speech baseline, and measures
// the speed of the whole pipeline (simplified shadow plus extraction) on one core.
//   bench_entities [--no-baseline] [--megabytes N] [--only
//   seeds|heldout|speed|large|msra_test.jsonl|...|/PATH.jsonl]
//                  [--model FILE]
// With --model, the NER test sets are scored by the entity model in FILE alone (train_entity_model).
// PIZHU_SHOW_MISSES=PER (or ORG) prints each missed and each false mention with its context.
#include "benchsupport.h"
#include "entityscore.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "ingest/articlesource.h"
#include "ingest/articlewriter.h"
#include "testconfig.h"
#include "text/scriptconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

const QStringList Types = {QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("FIG")};

QList<Span> ourSpans(const QString &text)
{
    const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
    QList<Span> spans;
    for (const ExtractedEntity &entity : EntityExtractor::instance().extract(text, shadow)) {
        for (const TextSpan &mention : entity.mentions)
            spans.append({entityTypeCode(entity.type), mention.start, mention.end});
    }
    return spans;
}

const EntityModel *model = nullptr; // --model

/** The people and organisations the entity model alone finds in \a text's simplified shadow. */
QList<Span> modelSpans(const QString &text)
{
    const Conversion shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(text);
    QList<Span> spans;
    for (const LabelledSpan &name : model->find(shadow.text)) {
        if (name.nameClass == NameClass::Place)
            continue;
        spans.append({name.nameClass == NameClass::Person ? QStringLiteral("PER") : QStringLiteral("ORG"),
                      shadow.map.toOriginal(int(name.start), OffsetMap::Rounding::Down),
                      shadow.map.toOriginal(int(name.end), OffsetMap::Rounding::Up)});
    }
    return spans;
}

/** jieba's entities for each text, from tests/bench/jieba_baseline.py under Debian's python3. */
std::optional<QList<QList<Span>>> jiebaSpans(const QStringList &texts)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(PIZHU_SOURCE_DIR "/tests/bench/jieba_baseline.py")});
    if (!python.waitForStarted())
        return std::nullopt;
    for (const QString &text : texts)
        python.write(
            QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact) + '\n');
    python.closeWriteChannel();
    python.waitForFinished(-1);
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    if (python.exitCode() != 0 || lines.size() < texts.size()) {
        std::fprintf(stderr, "jieba baseline failed: %s\n", python.readAllStandardError().constData());
        return std::nullopt;
    }
    QList<QList<Span>> result;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QList<Span> spans;
        for (const QJsonValue &v : QJsonDocument::fromJson(lines.at(i)).array()) {
            const QJsonArray a = v.toArray();
            spans.append({a.at(0).toString(), a.at(1).toInt(), a.at(2).toInt()});
        }
        result.append(spans);
    }
    return result;
}

void scoreNerFile(const QString &name, bool baseline)
{
    QFile file(QDir::isAbsolutePath(name) ? name : QStringLiteral(PIZHU_SHARED_DATA_DIR "/ner/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("%s: not found (development data in ../shared/data)\n", qPrintable(name));
        return;
    }
    QStringList texts;
    QList<QList<Span>> gold;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        texts.append(object.value(QStringLiteral("text")).toString());
        QList<Span> spans;
        for (const QJsonValue &e : object.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject o = e.toObject();
            spans.append({o.value(QStringLiteral("type")).toString(),
                          o.value(QStringLiteral("start")).toInt(), o.value(QStringLiteral("end")).toInt()});
        }
        gold.append(spans);
    }
    QMap<QString, EntityScore> ours;
    QMap<QString, EntityScore> theirs;
    const auto jieba = baseline ? jiebaSpans(texts) : std::nullopt;
    const QString showMisses = qEnvironmentVariable("PIZHU_SHOW_MISSES"); // PER or ORG: print the misses
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QList<Span> found = model ? modelSpans(texts.at(i)) : ourSpans(texts.at(i));
        for (const Span &g : gold.at(i)) {
            if (g.type != showMisses)
                continue;
            const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const Span &f) {
                return f.type == g.type && f.start == g.start && f.end == g.end;
            });
            if (!hit)
                std::printf("miss %s\t%s\n", qPrintable(texts.at(i).mid(g.start, g.end - g.start)),
                            qPrintable(texts.at(i).mid(std::max(0, g.start - 8), g.end - g.start + 16)));
        }
        for (const Span &f : found) {
            if (f.type != showMisses)
                continue;
            const bool hit = std::any_of(gold.at(i).cbegin(), gold.at(i).cend(), [&](const Span &g) {
                return f.type == g.type && f.start == g.start && f.end == g.end;
            });
            if (!hit)
                std::printf("false %s\t%s\n", qPrintable(texts.at(i).mid(f.start, f.end - f.start)),
                            qPrintable(texts.at(i).mid(std::max(0, f.start - 8), f.end - f.start + 16)));
        }
        for (const QString &type : {QStringLiteral("PER"), QStringLiteral("ORG")}) {
            ours[type].add(found, gold.at(i), type);
            if (jieba)
                theirs[type].add(jieba->at(i), gold.at(i), type);
        }
    }
    std::printf("\n%s (%lld sentences)\n", qPrintable(name), qlonglong(texts.size()));
    for (const QString &type : {QStringLiteral("PER"), QStringLiteral("ORG")}) {
        std::printf("  %s pizhu  %s\n", qPrintable(type), qPrintable(ours[type].summary()));
        if (jieba)
            std::printf("  %s jieba  %s\n", qPrintable(type), qPrintable(theirs[type].summary()));
    }
}

/** Gold entities written by hand: which types are complete for an article, and its entities. */
struct HandGold
{
    QMap<QString, QStringList> covers;               // article -> types
    QMap<QString, QMap<QString, QStringList>> names; // article -> type -> distinct names
};

HandGold readHandGold(const QString &path)
{
    HandGold gold;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return gold;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (line.startsWith(QLatin1Char('#')) || f.size() < 3)
            continue;
        if (f.at(0) == QLatin1String("covers"))
            gold.covers[f.at(1)] = f.at(2).split(QLatin1Char(' '));
        else
            gold.names[f.at(0)][f.at(1)].append(f.at(2));
    }
    return gold;
}

/** Scores the distinct entities extracted from each article (by its gold id) against \a gold. */
void scoreAgainstHandGold(const QList<std::pair<QString, Article>> &articles, HandGold &gold, bool baseline,
                          const char *heading)
{
    QMap<QString, EntityScore> ours;
    QMap<QString, EntityScore> theirs;
    for (const auto &[id, article] : articles) {
        QMap<QString, QStringList> found;
        for (const ExtractedEntity &entity : EntityExtractor::instance().extract(article)) {
            // The gold's figures end at the unit (9.9万名); ours hold what they count (9.9万名党员).
            const QString text =
                entity.type == EntityType::Figure ? entity.text.chopped(entity.counts.size()) : entity.text;
            found[entityTypeCode(entity.type)].append(text);
        }
        for (QStringList &texts : found)
            texts.removeDuplicates();
        std::optional<QList<QList<Span>>> jieba;
        if (baseline)
            jieba = jiebaSpans({article.body()});
        QMap<QString, QStringList> jiebaFound;
        if (jieba) {
            const QList<uint> body = article.body().toUcs4(); // jieba's offsets are code points
            for (const Span &s : jieba->front())
                jiebaFound[s.type].append(QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(body.constData()) + s.start, s.end - s.start));
            for (QStringList &names : jiebaFound)
                names.removeDuplicates();
        }
        for (const QString &type : gold.covers.value(id)) {
            ours[type].addNames(found.value(type), gold.names[id].value(type));
            if (jieba)
                theirs[type].addNames(jiebaFound.value(type), gold.names[id].value(type));
        }
    }
    std::printf("\n%s\n", heading);
    for (const QString &type : Types) {
        std::printf("  %s pizhu  %s\n", qPrintable(type), qPrintable(ours[type].summary()));
        if (baseline)
            std::printf("  %s jieba  %s\n", qPrintable(type), qPrintable(theirs[type].summary()));
    }
}

void scoreSeeds(bool baseline)
{
    HandGold gold = readHandGold(QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/seed-entities.tsv"));
    QList<std::pair<QString, Article>> articles;
    for (const QString &path : QDir(QStringLiteral(PIZHU_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")})) {
        QString error;
        auto source = ArticleSource::open(QStringLiteral(PIZHU_SAMPLES_DIR "/") + path, &error);
        std::optional<SourceRecord> record = source ? source->next() : std::nullopt;
        if (record && record->article)
            articles.append({path.left(3), std::move(*record->article)});
    }
    scoreAgainstHandGold(
        articles, gold, baseline,
        "seeds (hand-written gold, tests/data/seed-entities.tsv; distinct entities per article)");
}

/** The held-out sina2018 articles of tests/data/sina-heldout-entities.tsv, as Pizhu imports them. */
void scoreHeldOut(bool baseline)
{
    HandGold gold = readHandGold(QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/sina-heldout-entities.tsv"));
    QString error;
    const auto source =
        ArticleSource::open(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"), &error);
    if (!source) {
        std::printf("sina2018: %s (development data in ../shared/data)\n", qPrintable(error));
        return;
    }
    QList<std::pair<QString, Article>> articles;
    while (std::optional<SourceRecord> record = source->next()) {
        if (!record->article)
            continue;
        const QString id = record->article->attributes.value(QStringLiteral("id"));
        if (gold.covers.contains(id))
            articles.append({id, std::move(*record->article)});
    }
    std::printf("\nheld out: %lld of %lld sina2018 health articles found\n", qlonglong(articles.size()),
                qlonglong(gold.covers.size()));
    scoreAgainstHandGold(articles, gold, baseline,
                         "held-out sina2018 (hand-written gold, tests/data/sina-heldout-entities.tsv; "
                         "distinct entities per article)");
}

void measureSpeed(double megabytes)
{
    QString error;
    auto source =
        ArticleSource::open(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"), &error);
    if (!source)
        return;
    QList<Article> articles;
    qint64 bytes = 0;
    while (bytes < megabytes * 1e6) {
        std::optional<SourceRecord> record = source->next();
        if (!record)
            break;
        if (record->article) {
            bytes += record->article->body().toUtf8().size();
            articles.append(*record->article);
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (Article &article : articles)
        article.shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(article.body());
    const double shadowSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    qsizetype mentions = 0;
    for (Article &article : articles) {
        for (const ExtractedEntity &entity : EntityExtractor::instance().extract(article))
            mentions += entity.mentions.size();
    }
    const double extractSeconds = timer.nsecsElapsed() / 1e9;
    const double seconds = shadowSeconds + extractSeconds;
    std::printf(
        "\nspeed: %lld sina2018 articles, %.1f MB UTF-8, one thread: shadow %.2f s + extraction %.2f s = "
        "%.2f s = %.2f MB/s (extraction alone %.2f MB/s; %lld mentions)\n",
        qlonglong(articles.size()), bytes / 1e6, shadowSeconds, extractSeconds, seconds,
        bytes / 1e6 / seconds, bytes / 1e6 / extractSeconds, qlonglong(mentions));
}

/**
 * One article of 1, 4 and 16 MB (sina2018 articles joined as its paragraphs): the time must grow
 * with the size, not its square, so a 40 MB page is read in seconds.
 */
void measureLargeArticles()
{
    QString error;
    auto source =
        ArticleSource::open(QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl"), &error);
    if (!source)
        return;
    QStringList paragraphs;
    qint64 bytes = 0;
    std::printf("\nlarge articles (one article, shadow plus extraction, one thread)\n");
    for (const int megabytes : {1, 4, 16}) {
        while (bytes < megabytes * 1000000LL) {
            std::optional<SourceRecord> record = source->next();
            if (!record)
                return;
            if (!record->article)
                continue;
            for (const QString &paragraph : std::as_const(record->article->paragraphs)) {
                paragraphs.append(paragraph);
                bytes += paragraph.toUtf8().size() + 1;
            }
        }
        Article article;
        article.paragraphs = paragraphs;
        QElapsedTimer timer;
        timer.start();
        const PreparedArticle prepared = ArticleWriter::prepare(article, EntityExtractor::instance());
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("  %5.1f MB: %6.2f s (%.2f s per MB), %lld entities\n", bytes / 1e6, seconds,
                    seconds / (bytes / 1e6), qlonglong(prepared.entities.size()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool baseline = !args.contains(QStringLiteral("--no-baseline"));
    const qsizetype mb = args.indexOf(QStringLiteral("--megabytes"));
    const qsizetype only = args.indexOf(QStringLiteral("--only"));
    const QString part = only > 0 ? args.value(only + 1) : QString(); // seeds, a NER file name, or speed
    const qsizetype modelOption = args.indexOf(QStringLiteral("--model"));
    std::unique_ptr<EntityModel> loaded;
    if (modelOption > 0) {
        QString error;
        const double before = currentRssMb();
        QElapsedTimer timer;
        timer.start();
        loaded = EntityModel::load(args.value(modelOption + 1), &error);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double loadMs = timer.nsecsElapsed() / 1e6;
        std::printf("model %s: %lld features, %lld lexicon words, loaded in %.0f ms, %.0f MB resident "
                    "(peak RSS %.0f MB)\n",
                    qPrintable(args.value(modelOption + 1)), qlonglong(loaded->featureCount()),
                    qlonglong(loaded->lexicon().size()), loadMs, currentRssMb() - before, peakRssMb());
        model = loaded.get();
    }
    if (part.isEmpty() || part == QLatin1String("seeds"))
        scoreSeeds(baseline);
    if (part.isEmpty() || part == QLatin1String("heldout"))
        scoreHeldOut(baseline);
    for (const QString &name :
         {QStringLiteral("msra_test.jsonl"), QStringLiteral("msra_test.s2tw.jsonl"),
          QStringLiteral("msra_test.s2hk.jsonl"), QStringLiteral("peoples_daily_test.jsonl"),
          QStringLiteral("peoples_daily_test.s2tw.jsonl")}) {
        if (part.isEmpty() || part == name)
            scoreNerFile(name, baseline);
    }
    if (QDir::isAbsolutePath(part)) // a set of one's own, such as a part of the training data held back
        scoreNerFile(part, baseline);
    if (part.isEmpty() || part == QLatin1String("speed"))
        measureSpeed(mb > 0 ? args.value(mb + 1).toDouble() : 10.0);
    if (part.isEmpty() || part == QLatin1String("large"))
        measureLargeArticles();
    return 0;
}
