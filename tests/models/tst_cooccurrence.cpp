// SPDX-License-Identifier: GPL-3.0-or-later
// Co-occurrence checked the way a researcher would check it: tags placed by hand with their
// counts, PMI and Dice worked out on paper; people and organisations of a generated corpus
// against the entities export, article by article and paragraph by paragraph; the network written
// as GraphML and GEXF and read back; its layout keeps nodes apart.
#include "analysis/cooccurrence.h"
#include "analysis/networkexport.h"
#include "analysis/networklayout.h"
#include "analysis/occurrencereader.h"
#include "core/jobcontrol.h"
#include "corpusgenerator.h"
#include "csvrows.h"
#include "editing/corpussession.h"
#include "export/csvexport.h"
#include "search/searchquery.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/entitystore.h"
#include "testseeds.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

using Pair = std::pair<QString, QString>; // two node ids, the smaller first

Pair pairOf(const QString &a, const QString &b)
{
    return a < b ? Pair{a, b} : Pair{b, a};
}

QMap<Pair, int> edgeCounts(const CooccurrenceNetwork &network)
{
    QMap<Pair, int> counts;
    for (const CooccurrenceEdge &edge : network.edges)
        counts.insert(pairOf(network.nodes.at(edge.from).id(), network.nodes.at(edge.to).id()), edge.count);
    return counts;
}

} // namespace

class TestCooccurrence : public QObject
{
    Q_OBJECT

private:
    static constexpr int Articles = 300;
    QTemporaryDir m_dir;
    CorpusDatabase m_seeds;     ///< the five samples, with tags placed by hand
    CorpusDatabase m_generated; ///< generated news, for people and organisations
    QList<qint64> m_seedIds;
    qint64 m_a = 0, m_b = 0, m_c = 0;

    CooccurrenceNetwork compute(CorpusDatabase &db, const Cooccurrence::Options &options,
                                Cooccurrence *kept = nullptr)
    {
        Cooccurrence cooccurrence(options);
        JobControl control;
        const CooccurrenceNetwork network = cooccurrence.compute(db, control);
        if (!cooccurrence.errorString().isEmpty())
            qWarning("%s", qPrintable(cooccurrence.errorString()));
        if (kept)
            *kept = cooccurrence;
        return network;
    }

    static Cooccurrence::Options tagsOnly(CooccurrenceUnit unit)
    {
        Cooccurrence::Options options;
        options.kinds = {NodeKind::Tag};
        options.unit = unit;
        options.minCount = 1;
        return options;
    }

    /** The code point offset where paragraph \a paragraph of the sample \a article starts. */
    int paragraphStart(qint64 article, int paragraph) const
    {
        const QStringList paragraphs =
            ArticleStore(const_cast<CorpusDatabase &>(m_seeds)).article(article)->paragraphs;
        int offset = 0;
        for (int i = 0; i < paragraph; ++i)
            offset += int(paragraphs.at(i).toUcs4().size()) + 1;
        return offset;
    }

    /**
     * From the entities export: for each article, the people and organisations it names (not
     * rejected), as node ids.
     */
    QMap<qint64, QSet<QString>> exportedEntities()
    {
        const QString path = m_dir.filePath(QStringLiteral("entities.csv"));
        QString error;
        CsvExport::Options options;
        options.table = CsvExport::Table::Entities;
        if (!CsvExport::write(m_generated, path, options, &error))
            qWarning("%s", qPrintable(error));
        const QList<QStringList> rows = readCsv(path);
        const QStringList header = rows.value(0);
        const auto column = [&header](const char *name) {
            return int(header.indexOf(QLatin1String(name)));
        };
        QMap<qint64, QSet<QString>> named;
        for (const QStringList &row : rows.mid(1)) {
            const QString type = row.value(column("type"));
            if ((type == QLatin1String("PER") || type == QLatin1String("ORG")) &&
                row.value(column("status")) != QLatin1String("rejected"))
                named[row.value(column("article_id")).toLongLong()].insert(type + QLatin1Char(':') +
                                                                           row.value(column("key")));
        }
        return named;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_seeds.open(m_dir.filePath(QStringLiteral("seeds.pizhu"))));
        m_seedIds = importSeeds(m_seeds);
        QCOMPARE(m_seedIds.size(), 5);
        CorpusSession session(m_seeds);
        session.setCoder(QStringLiteral("tester"));
        m_a = session.addTag(QStringLiteral("A"));
        m_b = session.addTag(QStringLiteral("B"));
        m_c = session.addTag(QStringLiteral("C"));
        // A on articles 0, 1, 2 (whole); B on 1 (whole) and 2 (a passage); C on 2 and 3 (passages).
        for (const int article : {0, 1, 2})
            QVERIFY(session.setArticleTag(m_seedIds.at(article), m_a, true));
        QVERIFY(session.setArticleTag(m_seedIds.at(1), m_b, true));
        const int second = paragraphStart(m_seedIds.at(2), 1);
        const int third = paragraphStart(m_seedIds.at(2), 2);
        QVERIFY(session.addAnnotation(m_seedIds.at(2), m_b, {second, second + 4}));
        QVERIFY(session.addAnnotation(m_seedIds.at(2), m_c, {third, third + 4}));
        QVERIFY(session.addAnnotation(m_seedIds.at(3), m_c, {0, 3}));
        QVERIFY(session.addAnnotation(m_seedIds.at(2), m_a, {second + 2, third + 2})); // paragraphs 1 and 2

        QVERIFY(m_generated.open(m_dir.filePath(QStringLiteral("generated.pizhu"))));
        QCOMPARE(CorpusGenerator::importSeedVariations(m_generated, QStringLiteral(PIZHU_SAMPLES_DIR),
                                                       m_dir.filePath(QStringLiteral("generated.jsonl")),
                                                       Articles),
                 Articles);
    }

    void tagsByArticleAsWorkedOutOnPaper()
    {
        Cooccurrence cooccurrence(tagsOnly(CooccurrenceUnit::Article));
        const CooccurrenceNetwork network =
            compute(m_seeds, tagsOnly(CooccurrenceUnit::Article), &cooccurrence);
        QCOMPARE(network.unitCount, 5);
        QMap<QString, int> frequency;
        for (const CooccurrenceNode &node : network.nodes)
            frequency.insert(node.label, node.frequency);
        QCOMPARE(frequency,
                 (QMap<QString, int>{
                     {QStringLiteral("A"), 3}, {QStringLiteral("B"), 2}, {QStringLiteral("C"), 2}}));
        const QString a = QStringLiteral("TAG:%1").arg(m_a);
        const QString b = QStringLiteral("TAG:%1").arg(m_b);
        const QString c = QStringLiteral("TAG:%1").arg(m_c);
        QCOMPARE(edgeCounts(network),
                 (QMap<Pair, int>{{pairOf(a, b), 2}, {pairOf(a, c), 1}, {pairOf(b, c), 1}}));
        for (const CooccurrenceEdge &edge : network.edges) {
            if (edge.count != 2)
                continue;
            // A and B: 2 of 5 articles, A in 3, B in 2: PMI = log2(2·5 / (3·2)), Dice = 2·2 / (3+2).
            QCOMPARE(edge.pmi, std::log2(10.0 / 6.0));
            QCOMPARE(edge.dice, 0.8);
            QCOMPARE(cooccurrence.articlesOf(edge.from, edge.to),
                     (QList<qint64>{m_seedIds.at(1), m_seedIds.at(2)}));
        }
    }

    void tagsByParagraphCountOnlyPassages()
    {
        const CooccurrenceNetwork network = compute(m_seeds, tagsOnly(CooccurrenceUnit::Paragraph));
        int paragraphs = 0;
        for (const qint64 id : std::as_const(m_seedIds))
            paragraphs += int(ArticleStore(m_seeds).article(id)->paragraphs.size());
        QCOMPARE(network.unitCount, paragraphs);
        QMap<QString, int> frequency;
        for (const CooccurrenceNode &node : network.nodes)
            frequency.insert(node.label, node.frequency);
        // Whole-article tags are in no paragraph; A's passage spans paragraphs 1 and 2 of article 2.
        QCOMPARE(frequency,
                 (QMap<QString, int>{
                     {QStringLiteral("A"), 2}, {QStringLiteral("B"), 1}, {QStringLiteral("C"), 2}}));
        const QString a = QStringLiteral("TAG:%1").arg(m_a);
        QCOMPARE(edgeCounts(network), (QMap<Pair, int>{{pairOf(a, QStringLiteral("TAG:%1").arg(m_b)), 1},
                                                       {pairOf(a, QStringLiteral("TAG:%1").arg(m_c)), 1}}));
    }

    void peopleAndOrganisationsAsTheEntitiesExportSays_data()
    {
        QTest::addColumn<int>("minCount");
        QTest::newRow("every pair") << 1;
        QTest::newRow("three or more") << 3;
    }

    void peopleAndOrganisationsAsTheEntitiesExportSays()
    {
        QFETCH(int, minCount);
        Cooccurrence::Options options;
        options.topNodes = 15;
        options.minCount = minCount;
        Cooccurrence cooccurrence(options);
        const CooccurrenceNetwork network = compute(m_generated, options, &cooccurrence);
        QCOMPARE(network.unitCount, Articles);
        const QMap<qint64, QSet<QString>> named = exportedEntities();
        QMap<QString, int> frequency;
        for (const QSet<QString> &ids : named) {
            for (const QString &id : ids)
                ++frequency[id];
        }
        // The nodes are the 15 most frequent of each kind, as counted from the export.
        QCOMPARE(network.nodes.size(), 30);
        QSet<QString> nodeIds;
        for (const CooccurrenceNode &node : network.nodes) {
            QCOMPARE(node.frequency, frequency.value(node.id()));
            nodeIds.insert(node.id());
        }
        for (const NodeKind kind : {NodeKind::Person, NodeKind::Organisation}) {
            int lowestKept = INT_MAX;
            for (const CooccurrenceNode &node : network.nodes) {
                if (node.kind == kind)
                    lowestKept = std::min(lowestKept, node.frequency);
            }
            CooccurrenceNode ofKind;
            ofKind.kind = kind;
            const QString prefix = ofKind.kindCode() + QLatin1Char(':');
            for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
                if (it.key().startsWith(prefix) && !nodeIds.contains(it.key()))
                    QVERIFY2(it.value() <= lowestKept, qPrintable(it.key()));
            }
        }
        QMap<Pair, int> expected;
        for (const QSet<QString> &ids : named) {
            const QList<QString> present(ids.cbegin(), ids.cend());
            for (int i = 0; i < present.size(); ++i) {
                for (int j = i + 1; j < present.size(); ++j) {
                    if (nodeIds.contains(present.at(i)) && nodeIds.contains(present.at(j)))
                        ++expected[pairOf(present.at(i), present.at(j))];
                }
            }
        }
        expected.removeIf([minCount](const auto &entry) { return entry.value() < minCount; });
        QVERIFY(expected.size() > 10);
        QCOMPARE(edgeCounts(network), expected);
        const CooccurrenceEdge &strongest = network.edges.first();
        QCOMPARE(int(cooccurrence.articlesOf(strongest.from, strongest.to).size()), strongest.count);
    }

    void paragraphsAsTheMentionsAndBodiesSay()
    {
        Cooccurrence::Options options;
        options.topNodes = 10;
        options.minCount = 1;
        options.unit = CooccurrenceUnit::Paragraph;
        const CooccurrenceNetwork network = compute(m_generated, options);
        QSet<QString> nodeIds;
        for (const CooccurrenceNode &node : network.nodes)
            nodeIds.insert(node.id());
        // By hand: each mention's paragraph from the '\n's of the body before it.
        QMap<std::pair<qint64, int>, QSet<QString>> byParagraph;
        int paragraphs = 0;
        const ArticleStore articles(m_generated);
        const EntityStore entities(m_generated);
        for (const qint64 id : ArticleListQuery(m_generated, {}).ids()) {
            const QList<uint> body = articles.article(id)->body().toUcs4();
            paragraphs += int(std::count(body.cbegin(), body.cend(), uint('\n'))) + 1;
            for (const StoredEntity &entity : entities.forArticle(id)) {
                const QString nodeId = entityTypeCode(entity.type) + QLatin1Char(':') + entity.key;
                if (entity.status == EntityStatus::Rejected || entity.mergedInto || !nodeIds.contains(nodeId))
                    continue;
                for (const TextSpan &mention : entity.mentions) {
                    const int paragraph =
                        int(std::count(body.cbegin(), body.cbegin() + mention.start, uint('\n')));
                    byParagraph[{id, paragraph}].insert(nodeId);
                }
            }
        }
        QCOMPARE(network.unitCount, paragraphs);
        QMap<Pair, int> expected;
        for (const QSet<QString> &ids : std::as_const(byParagraph)) {
            const QList<QString> present(ids.cbegin(), ids.cend());
            for (int i = 0; i < present.size(); ++i) {
                for (int j = i + 1; j < present.size(); ++j)
                    ++expected[pairOf(present.at(i), present.at(j))];
            }
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(edgeCounts(network), expected);
    }

    void keepsToTheArticlesAsked()
    {
        Cooccurrence::Options options;
        options.minCount = 1;
        options.scope.ftsExpression = SearchQuery::parse(QStringLiteral("安阳")).ftsExpression();
        Cooccurrence cooccurrence(options);
        const CooccurrenceNetwork network = compute(m_generated, options, &cooccurrence);
        const QList<qint64> scope = ArticleListQuery(m_generated, options.scope).ids();
        QVERIFY(!scope.isEmpty() && scope.size() < Articles);
        QCOMPARE(network.unitCount, int(scope.size()));
        const QSet<qint64> allowed(scope.cbegin(), scope.cend());
        for (int node = 0; node < network.nodes.size(); ++node) {
            const QList<qint64> ids = cooccurrence.articlesOf(node);
            QCOMPARE(int(ids.size()), network.nodes.at(node).frequency);
            for (const qint64 id : ids)
                QVERIFY(allowed.contains(id));
        }
    }

    void aRejectedEntityCountsNoMore()
    {
        Cooccurrence::Options options;
        options.topNodes = 5;
        options.kinds = {NodeKind::Person};
        Cooccurrence before(options);
        const CooccurrenceNetwork network = compute(m_generated, options, &before);
        const CooccurrenceNode top = network.nodes.first();
        const qint64 article = before.articlesOf(0).first();
        StoredEntity rejected;
        for (const StoredEntity &entity : EntityStore(m_generated).forArticle(article)) {
            if (entity.key == top.key && entity.type == EntityType::Person)
                rejected = entity;
        }
        QVERIFY(rejected.id);
        CorpusSession session(m_generated);
        session.setCoder(QStringLiteral("tester"));
        QVERIFY(session.setEntityStatus(rejected.id, EntityStatus::Rejected));
        options.topNodes = 50; // it may fall behind others as frequent
        const CooccurrenceNetwork after = compute(m_generated, options);
        const auto same =
            std::find_if(after.nodes.cbegin(), after.nodes.cend(),
                         [&top](const CooccurrenceNode &node) { return node.id() == top.id(); });
        QVERIFY(same != after.nodes.cend());
        QCOMPARE(same->frequency, top.frequency - 1);
        QVERIFY(session.undoStack()->canUndo());
        session.undoStack()->undo();
    }

    void aMergedEntityCountsAsTheOneItWasMergedInto_data()
    {
        QTest::addColumn<int>("unit");
        QTest::newRow("article") << int(CooccurrenceUnit::Article);
        QTest::newRow("paragraph") << int(CooccurrenceUnit::Paragraph);
    }

    void aMergedEntityCountsAsTheOneItWasMergedInto()
    {
        QFETCH(int, unit);
        Cooccurrence::Options options;
        options.kinds = {NodeKind::Person};
        options.topNodes = 1000;
        options.minCount = 1;
        options.unit = CooccurrenceUnit(unit);
        Cooccurrence before(options);
        const CooccurrenceNetwork network = compute(m_generated, options, &before);
        // Two people named in one article, as a coder would fold a variant into a name.
        const CooccurrenceEdge pair = network.edges.first();
        const qint64 article = before.articlesOf(pair.from, pair.to).first();
        qint64 intoId = 0;
        qint64 fromId = 0;
        for (const StoredEntity &entity : EntityStore(m_generated).forArticle(article)) {
            if (entity.type == EntityType::Person && entity.key == network.nodes.at(pair.from).key)
                intoId = entity.id;
            if (entity.type == EntityType::Person && entity.key == network.nodes.at(pair.to).key)
                fromId = entity.id;
        }
        QVERIFY(intoId && fromId);
        CorpusSession session(m_generated);
        session.setCoder(QStringLiteral("tester"));
        QVERIFY(session.mergeEntities(fromId, intoId));
        const CooccurrenceNetwork after = compute(m_generated, options);
        QMap<QString, int> frequency;
        for (const CooccurrenceNode &node : after.nodes)
            frequency.insert(node.id(), node.frequency);
        const QMap<Pair, int> counts = edgeCounts(after);
        const QString into = network.nodes.at(pair.from).id();
        const QString from = network.nodes.at(pair.to).id();
        if (options.unit == CooccurrenceUnit::Article) {
            // The variant no longer counts in that article; the two are no longer together there.
            QCOMPARE(frequency.value(from), network.nodes.at(pair.to).frequency - 1);
            QCOMPARE(frequency.value(into), network.nodes.at(pair.from).frequency);
            QCOMPARE(counts.value(pairOf(into, from)), pair.count - 1);
        } else {
            // Its mentions are the other's now: never fewer paragraphs, and those of the variant added.
            QVERIFY(frequency.value(into) >= network.nodes.at(pair.from).frequency);
            QVERIFY(frequency.value(from) < network.nodes.at(pair.to).frequency);
        }
        session.undoStack()->undo();
        QCOMPARE(edgeCounts(compute(m_generated, options)), edgeCounts(network));
    }

    void aPersonMergedAwayInTheScopeIsNoLongerAmongItsMostFrequent()
    {
        // Every mention of one person within a scope merged into another person of the same
        // article: within the scope it is no longer among the most frequent, as the whole
        // corpus's totals leave a merged entity out.
        Cooccurrence::Options options;
        options.scope.ftsExpression = SearchQuery::parse(QStringLiteral("安阳")).ftsExpression();
        const QList<qint64> scopeIds = ArticleListQuery(m_generated, options.scope).ids();
        const QSet<qint64> scope(scopeIds.cbegin(), scopeIds.cend());
        const auto frequentKeys = [&] {
            OccurrenceReader reader(m_generated, scope);
            QStringList keys;
            for (const OccurrenceReader::Named &named : reader.frequentEntities(QStringLiteral("PER"), 1000))
                keys.append(named.key);
            return keys;
        };
        const QStringList before = frequentKeys();
        QVERIFY(before.size() >= 2);
        const QString variant = before.at(1);
        CorpusSession session(m_generated);
        session.setCoder(QStringLiteral("tester"));
        int withVariant = 0;
        int merges = 0;
        for (const qint64 article : scopeIds) {
            qint64 fromId = 0;
            qint64 intoId = 0;
            for (const StoredEntity &entity : EntityStore(m_generated).forArticle(article)) {
                if (entity.type == EntityType::Person && entity.key == variant)
                    fromId = entity.id;
                else if (entity.type == EntityType::Person && !entity.mergedInto && !intoId)
                    intoId = entity.id;
            }
            withVariant += fromId ? 1 : 0;
            if (fromId && intoId) {
                QVERIFY(session.mergeEntities(fromId, intoId));
                ++merges;
            }
        }
        QVERIFY(merges > 0);
        QCOMPARE(merges, withVariant);
        const QStringList after = frequentKeys();
        QVERIFY(!after.contains(variant));
        QCOMPARE(after.size(), before.size() - 1);
        for (int i = 0; i < merges; ++i)
            session.undoStack()->undo();
        QCOMPARE(frequentKeys(), before);
    }

    void graphMlAndGexfReadBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nodeElement");
        QTest::newRow("graphml") << QStringLiteral("network.graphml") << QStringLiteral("node");
        QTest::newRow("gexf") << QStringLiteral("network.gexf") << QStringLiteral("node");
    }

    void graphMlAndGexfReadBack()
    {
        QFETCH(QString, name);
        QFETCH(QString, nodeElement);
        const CooccurrenceNetwork network = compute(m_seeds, tagsOnly(CooccurrenceUnit::Article));
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(NetworkExport::write(network, path, true, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList nodes;
        QList<Pair> edges;
        QMap<QString, QString> labels;
        QString node;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == nodeElement) {
                node = attributes.value(QStringLiteral("id")).toString();
                nodes << node;
                if (attributes.hasAttribute(QStringLiteral("label")))
                    labels.insert(node, attributes.value(QStringLiteral("label")).toString());
            } else if (xml.name() == QLatin1String("edge")) {
                edges << pairOf(attributes.value(QStringLiteral("source")).toString(),
                                attributes.value(QStringLiteral("target")).toString());
            } else if (xml.name() == QLatin1String("data") &&
                       attributes.value(QStringLiteral("key")) == QLatin1String("label")) {
                labels.insert(node, xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes.size(), network.nodes.size());
        for (const CooccurrenceNode &expected : network.nodes)
            QCOMPARE(labels.value(expected.id()), expected.label);
        const QMap<Pair, int> counts = edgeCounts(network);
        QCOMPARE(QSet<Pair>(edges.cbegin(), edges.cend()), QSet<Pair>(counts.keyBegin(), counts.keyEnd()));
    }

    void pairsAsCsv()
    {
        const CooccurrenceNetwork network = compute(m_seeds, tagsOnly(CooccurrenceUnit::Article));
        const QString path = m_dir.filePath(QStringLiteral("pairs.csv"));
        QString error;
        QVERIFY2(NetworkExport::write(network, path, true, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(
            rows.value(0).mid(0, 5),
            (QStringList{QStringLiteral("source"), QStringLiteral("source_type"), QStringLiteral("target"),
                         QStringLiteral("target_type"), QStringLiteral("count")}));
        QCOMPARE(rows.size(), 1 + network.edges.size());
        QCOMPARE(rows.value(1).value(4).toInt(), network.edges.first().count);
    }

    void theMatrixIsSymmetricWithFrequenciesOnTheDiagonal()
    {
        Cooccurrence::Options options;
        options.topNodes = 8;
        const CooccurrenceNetwork network = compute(m_generated, options);
        const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
        QString error;
        QVERIFY2(NetworkExport::writeMatrix(network, path, true, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(path);
        const int nodes = int(network.nodes.size());
        QCOMPARE(rows.size(), 1 + nodes);
        const QMap<Pair, int> counts = edgeCounts(network);
        for (int row = 0; row < nodes; ++row) {
            QCOMPARE(rows.at(0).at(1 + row), network.nodes.at(row).label);
            QCOMPARE(rows.at(1 + row).at(0), network.nodes.at(row).label);
            for (int column = 0; column < nodes; ++column) {
                const int cell = rows.at(1 + row).at(1 + column).toInt();
                QCOMPARE(cell, rows.at(1 + column).at(1 + row).toInt());
                QCOMPARE(cell, row == column ? network.nodes.at(row).frequency
                                             : counts.value(pairOf(network.nodes.at(row).id(),
                                                                   network.nodes.at(column).id())));
            }
        }
        QVERIFY(!NetworkExport::writeMatrix(network, m_dir.filePath(QStringLiteral("missing/matrix.csv")),
                                            true, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void badNetworkPathsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("suffix") << QStringLiteral("network.xml")
                                << QStringLiteral("a network is saved as .csv, .graphml or .gexf");
        QTest::newRow("no folder graphml") << QStringLiteral("missing/network.graphml") << QString();
        QTest::newRow("no folder csv") << QStringLiteral("missing/network.csv") << QString();
    }

    void badNetworkPathsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const CooccurrenceNetwork network = compute(m_seeds, tagsOnly(CooccurrenceUnit::Article));
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY(!NetworkExport::write(network, path, true, &error));
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")), qPrintable(error));
        if (!reason.isEmpty())
            QVERIFY(error.endsWith(reason));
        QVERIFY(!QFile::exists(path));
    }

    void theLayoutKeepsNodesApartAndIsTheSameEachTime()
    {
        Cooccurrence::Options options;
        options.topNodes = 20;
        const CooccurrenceNetwork network = compute(m_generated, options);
        QString error;
        const QList<QPointF> centres = NetworkLayout::place(network, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(centres.size(), network.nodes.size());
        const int highest = network.nodes.first().frequency;
        for (int a = 0; a < centres.size(); ++a) {
            for (int b = a + 1; b < centres.size(); ++b) {
                const QPointF between = centres.at(a) - centres.at(b);
                const double distance = std::hypot(between.x(), between.y());
                const double touching = NetworkLayout::radius(network.nodes.at(a).frequency, highest) +
                                        NetworkLayout::radius(network.nodes.at(b).frequency, highest);
                QVERIFY2(distance >= touching - 1,
                         qPrintable(QStringLiteral("%1 and %2 overlap")
                                        .arg(network.nodes.at(a).label, network.nodes.at(b).label)));
            }
        }
        QCOMPARE(NetworkLayout::place(network, &error), centres);
    }
};

QTEST_GUILESS_MAIN(TestCooccurrence)
#include "tst_cooccurrence.moc"
