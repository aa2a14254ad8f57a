// SPDX-License-Identifier: GPL-3.0-or-later
// Does the corpus's adapted entity model learn from corrections? MSRA test sentences (never trained
// on) become articles of ten sentences; a simulated researcher corrects the first half to the gold
// annotation through CorpusSession, as the dock does (confirm, change the type, reject, add), then
// AdaptModelJob adapts the model; exact-span F1 of the second half, never corrected, is printed
// before and after.
//   bench_adaptation [--articles N] (corrected articles; the rest are held back)
#include "editing/corpussession.h"
#include "entityscore.h"
#include "extract/entityextractor.h"
#include "ingest/adaptmodeljob.h"
#include "ingest/articlewriter.h"
#include "ingest/corpusentitymodel.h"
#include "models/testarticles.h"
#include "store/corpusdatabase.h"
#include "testconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

constexpr int SentencesPerArticle = 10;

/** An article of the benchmark with its gold names, in code points of its body. */
struct GoldArticle
{
    qint64 id = 0;
    QStringList sentences;
    QList<Span> gold;
};

QList<GoldArticle> readArticles()
{
    QList<GoldArticle> articles;
    QFile file(QStringLiteral(PIZHU_SHARED_DATA_DIR "/ner/msra_test.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return articles;
    int offset = 0;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        const QString text = object.value(QStringLiteral("text")).toString();
        if (text.size() != text.toUcs4().size() || text.contains(QLatin1Char('\n')))
            continue; // offsets below count UTF-16 units, which are code points only in the BMP
        if (articles.isEmpty() || articles.constLast().sentences.size() == SentencesPerArticle) {
            articles.append(GoldArticle());
            offset = 0;
        }
        GoldArticle &article = articles.last();
        for (const QJsonValue &e : object.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject o = e.toObject();
            article.gold.append({o.value(QStringLiteral("type")).toString(),
                                 offset + o.value(QStringLiteral("start")).toInt(),
                                 offset + o.value(QStringLiteral("end")).toInt()});
        }
        article.sentences.append(text);
        offset += int(text.size()) + 1; // paragraphs are joined by a line break
    }
    return articles;
}

QString typeCode(EntityType type)
{
    return entityTypeCode(type);
}

/** The people and organisations stored for \a article, as spans; rejected ones are not. */
QList<Span> storedSpans(CorpusDatabase &db, qint64 article)
{
    QList<Span> spans;
    for (const StoredEntity &entity : EntityStore(db).forArticle(article)) {
        if (entity.status == EntityStatus::Rejected || entity.type == EntityType::Figure)
            continue;
        for (const TextSpan &mention : entity.mentions)
            spans.append({typeCode(entity.type), mention.start, mention.end});
    }
    return spans;
}

/** Corrects \a article to its gold names, as a researcher would in the dock. */
void correct(CorpusSession &session, const GoldArticle &article)
{
    CorpusDatabase &db = session.database();
    QList<Span> covered;
    for (const StoredEntity &entity : EntityStore(db).forArticle(article.id)) {
        if (entity.type == EntityType::Figure)
            continue;
        std::optional<QString> goldType;
        for (const TextSpan &mention : entity.mentions) {
            for (const Span &g : article.gold) {
                if (g.start == mention.start && g.end == mention.end && g.type != QLatin1String("LOC"))
                    goldType = g.type;
            }
        }
        if (!goldType) {
            session.setEntityStatus(entity.id, EntityStatus::Rejected);
            continue;
        }
        if (*goldType == typeCode(entity.type))
            session.setEntityStatus(entity.id, EntityStatus::Confirmed);
        else
            session.setEntityType(entity.id, *entityTypeFromCode(*goldType));
        for (const TextSpan &mention : entity.mentions)
            covered.append({*goldType, mention.start, mention.end});
    }
    for (const Span &g : article.gold) {
        if (g.type == QLatin1String("LOC"))
            continue;
        const bool found = std::any_of(covered.cbegin(), covered.cend(),
                                       [&](const Span &c) { return c.start == g.start && c.end == g.end; });
        if (!found && session.addEntity(article.id, *entityTypeFromCode(g.type), TextSpan{g.start, g.end}))
            covered.append(g);
    }
}

void score(CorpusDatabase &db, const QList<GoldArticle> &articles, const char *label)
{
    EntityScore people;
    EntityScore organizations;
    for (const GoldArticle &article : articles) {
        const QList<Span> found = storedSpans(db, article.id);
        people.add(found, article.gold, QStringLiteral("PER"));
        organizations.add(found, article.gold, QStringLiteral("ORG"));
    }
    std::printf("%-34s PER %s\n%-34s ORG %s\n", label, qPrintable(people.summary()), "",
                qPrintable(organizations.summary()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("corrected articles (default: half)"),
                      QStringLiteral("N")});
    parser.process(app);
    QList<GoldArticle> articles = readArticles();
    if (articles.isEmpty()) {
        std::printf("msra_test.jsonl: not found (development data in ../shared/data)\n");
        return 1;
    }
    const qsizetype corrected =
        std::min(articles.size(), qsizetype(parser.value(QStringLiteral("articles")).toInt()) > 0
                                      ? qsizetype(parser.value(QStringLiteral("articles")).toInt())
                                      : articles.size() / 2);
    QTemporaryDir dir;
    CorpusDatabase db;
    if (!db.open(dir.filePath(QStringLiteral("adaptation.pizhu"))))
        return 1;
    ArticleWriter writer(db);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article article =
            TestSupport::makeArticle(QStringLiteral("MSRA %1").arg(i + 1), articles[i].sentences);
        writer.write(article);
        articles[i].id = article.id;
    }
    const QList<GoldArticle> correctedPart = articles.mid(0, corrected);
    const QList<GoldArticle> heldBack = articles.mid(corrected);
    std::printf("%lld articles of %d MSRA test sentences: %lld corrected, %lld held back\n",
                qlonglong(articles.size()), SentencesPerArticle, qlonglong(correctedPart.size()),
                qlonglong(heldBack.size()));
    score(db, heldBack, "held back, shipped model");

    CorpusSession session(db);
    QElapsedTimer timer;
    timer.start();
    for (const GoldArticle &article : correctedPart)
        correct(session, article);
    std::printf("correcting took %.1f s (%d steps)\n", timer.nsecsElapsed() / 1e9,
                session.undoStack()->count());
    score(db, correctedPart, "corrected part, as corrected");

    // What every import and re-extraction pays to know the corrections at once (CorpusNames).
    timer.restart();
    const std::shared_ptr<const EntityExtractor> made = CorpusEntityModel(db).extractor();
    const qint64 makeNs = timer.nsecsElapsed();
    timer.restart();
    const std::shared_ptr<const EntityExtractor> reused = CorpusEntityModel(db).extractor();
    std::printf("the corpus's names in the extractor: %.0f ms to make it, %.1f ms to find it unchanged%s\n",
                makeNs / 1e6, timer.nsecsElapsed() / 1e6, made == reused ? "" : " (made again!)");

    timer.restart();
    AdaptModelJob adapt(QStringLiteral("bench"));
    JobControl control;
    if (!adapt.run(db, control)) {
        std::printf("adapting failed: %s\n", qPrintable(adapt.errorString()));
        return 1;
    }
    std::printf("adapting: %lld names of the corpus, %.1f s with re-extraction; %lld suggestions "
                "changed in %lld articles\n",
                qlonglong(adapt.names()), timer.nsecsElapsed() / 1e9, qlonglong(adapt.changedSuggestions()),
                qlonglong(adapt.changedArticles().size()));
    score(db, heldBack, "held back, adapted model");
    return 0;
}
