// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrence.h"

#include "core/entity.h"
#include "core/jobcontrol.h"
#include "occurrencereader.h"
#include "paragraphindex.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace Pizhu {

namespace {

// Units are (article, paragraph) in one number: no article has a million paragraphs.
constexpr int ParagraphBits = 20;

Cooccurrence::Unit unitOf(qint64 article, int paragraph = 0)
{
    return (quint64(article) << ParagraphBits) | quint64(paragraph);
}

qint64 articleOfUnit(Cooccurrence::Unit unit)
{
    return qint64(unit >> ParagraphBits);
}

std::vector<qint64> articlesOfUnits(const std::vector<Cooccurrence::Unit> &units)
{
    std::vector<qint64> articles;
    for (const Cooccurrence::Unit unit : units) {
        if (articles.empty() || articles.back() != articleOfUnit(unit))
            articles.push_back(articleOfUnit(unit));
    }
    return articles;
}

QList<qint64> toList(const std::vector<qint64> &ids)
{
    return QList<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

QString CooccurrenceNode::kindCode() const
{
    switch (kind) {
    case NodeKind::Person:
        return QStringLiteral("PER");
    case NodeKind::Organisation:
        return QStringLiteral("ORG");
    case NodeKind::Tag:
        return QStringLiteral("TAG");
    }
    return {};
}

Cooccurrence::Cooccurrence(Options options)
    : m_options(std::move(options))
{
}

bool Cooccurrence::fail(const QString &error)
{
    m_error = error;
    m_unitsOfNode.clear();
    return false;
}

CooccurrenceNetwork Cooccurrence::compute(CorpusDatabase &db, JobControl &control)
{
    m_error.clear();
    m_unitsOfNode.clear();
    QList<Candidate> candidates;
    if (!readCandidates(db, &candidates, control) || !placeInUnits(db, &candidates, control))
        return {};
    if (control.isCancelled()) {
        fail(tr("cancelled"));
        return {};
    }
    keepMostFrequent(&candidates);
    for (const Candidate &candidate : std::as_const(candidates))
        m_unitsOfNode.push_back(candidate.units);
    return network(candidates);
}

bool Cooccurrence::readCandidates(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control)
{
    m_scope.reset();
    if (!m_options.scope.isEmpty()) {
        const ArticleListQuery query(db, m_options.scope);
        const QList<qint64> ids = query.ids();
        if (!query.errorString().isEmpty())
            return fail(query.errorString());
        m_scope = QSet<qint64>(ids.cbegin(), ids.cend());
        m_unitCount = int(ids.size());
    } else {
        m_unitCount = ArticleListQuery(db, {}).count();
    }
    const bool spans = m_options.unit == CooccurrenceUnit::Paragraph;
    OccurrenceReader reader(db, m_scope);
    m_occurrences.clear();
    for (const NodeKind kind : std::as_const(m_options.kinds)) {
        if (kind == NodeKind::Tag) {
            const TagStore tags(db);
            for (const Tag &tag : tags.all()) {
                candidates->append(Candidate{{kind, QString::number(tag.id), tags.path(tag.id)}, {}});
                m_occurrences.push_back(reader.tag(tag.id, spans));
            }
            continue;
        }
        const QString type =
            entityTypeCode(kind == NodeKind::Person ? EntityType::Person : EntityType::Organization);
        // Twice as many as wanted: variants merged into others count less than the totals say.
        const std::vector<OccurrenceReader::Named> entities =
            reader.frequentEntities(type, 2 * m_options.topNodes);
        for (const OccurrenceReader::Named &entity : entities) {
            if (control.isCancelled())
                return fail(tr("cancelled"));
            control.progress(qint64(candidates->size()), 0, entity.name);
            candidates->append(Candidate{{kind, entity.key, entity.name}, {}});
            m_occurrences.push_back(reader.entity(type, entity.key, spans));
        }
    }
    return reader.errorString().isEmpty() || fail(reader.errorString());
}

bool Cooccurrence::placeInUnits(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control)
{
    if (m_options.unit == CooccurrenceUnit::Article) {
        for (int i = 0; i < candidates->size(); ++i) {
            for (const Occurrence &occurrence : m_occurrences.at(size_t(i)))
                (*candidates)[i].units.push_back(unitOf(occurrence.article));
        }
    } else if (!placeInParagraphs(db, candidates, control)) {
        return false;
    }
    m_occurrences.clear();
    for (Candidate &candidate : *candidates) {
        std::sort(candidate.units.begin(), candidate.units.end());
        candidate.units.erase(std::unique(candidate.units.begin(), candidate.units.end()),
                              candidate.units.end());
        candidate.node.frequency = int(candidate.units.size());
    }
    return true;
}

bool Cooccurrence::placeInParagraphs(CorpusDatabase &db, QList<Candidate> *candidates, JobControl &control)
{
    // Which occurrences each article holds, so that its body is read once.
    QHash<qint64, std::vector<std::pair<int, Occurrence>>> byArticle;
    for (int i = 0; i < candidates->size(); ++i) {
        for (const Occurrence &occurrence : m_occurrences.at(size_t(i)))
            byArticle[occurrence.article].push_back({i, occurrence});
    }
    SqlQuery query(db.sql());
    // The bodies as the UTF-8 stored, in storage order: the fastest way through every text.
    if (!query.exec(QStringLiteral("SELECT article_id, CAST(body AS BLOB) FROM article_texts")))
        return fail(query.errorText());
    const qint64 articles = m_unitCount; // counted in articles so far
    m_unitCount = 0;
    qint64 read = 0;
    while (query.next()) {
        const qint64 article = query.integer(0);
        if (m_scope && !m_scope->contains(article))
            continue;
        const QByteArray body = query.value(1).toByteArray();
        const auto found = byArticle.constFind(article);
        if (found == byArticle.cend()) {
            m_unitCount += ParagraphIndex::countIn(body);
        } else {
            const ParagraphIndex paragraphs(body);
            m_unitCount += paragraphs.count();
            for (const auto &[candidate, occurrence] : *found) {
                const int first = paragraphs.paragraphOf(occurrence.start);
                const int last = paragraphs.paragraphOf(std::max(occurrence.start, occurrence.end - 1));
                for (int paragraph = first; paragraph <= last; ++paragraph)
                    (*candidates)[candidate].units.push_back(unitOf(article, paragraph));
            }
        }
        if (++read % 1000 == 0) {
            if (control.isCancelled())
                return fail(tr("cancelled"));
            control.progress(read, articles, tr("Reading paragraphs"));
        }
    }
    return true;
}

void Cooccurrence::keepMostFrequent(QList<Candidate> *candidates) const
{
    QList<Candidate> kept;
    for (const NodeKind kind : std::as_const(m_options.kinds)) {
        QList<Candidate> ofKind;
        for (Candidate &candidate : *candidates) {
            if (candidate.node.kind == kind && candidate.node.frequency > 0)
                ofKind.append(std::move(candidate));
        }
        std::sort(ofKind.begin(), ofKind.end(), [](const Candidate &a, const Candidate &b) {
            return a.node.frequency != b.node.frequency ? a.node.frequency > b.node.frequency
                                                        : a.node.label < b.node.label;
        });
        kept += ofKind.mid(0, m_options.topNodes);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Candidate &a, const Candidate &b) {
        return a.node.frequency > b.node.frequency;
    });
    *candidates = std::move(kept);
}

CooccurrenceNetwork Cooccurrence::network(const QList<Candidate> &nodes) const
{
    CooccurrenceNetwork network;
    network.unit = m_options.unit;
    network.unitCount = m_unitCount;
    std::vector<std::pair<Unit, int>> placed; // (unit, node), sorted by unit to count pairs
    for (int i = 0; i < nodes.size(); ++i) {
        network.nodes << nodes.at(i).node;
        for (const Unit unit : nodes.at(i).units)
            placed.push_back({unit, i});
    }
    std::sort(placed.begin(), placed.end());
    const size_t n = size_t(nodes.size());
    std::vector<int> together(n * n, 0);
    for (size_t begin = 0, end = 0; begin < placed.size(); begin = end) {
        end = begin;
        while (end < placed.size() && placed[end].first == placed[begin].first)
            ++end;
        for (size_t a = begin; a < end; ++a) {
            for (size_t b = a + 1; b < end; ++b)
                ++together[size_t(placed[a].second) * n + size_t(placed[b].second)];
        }
    }
    for (size_t a = 0; a < n; ++a) {
        for (size_t b = a + 1; b < n; ++b) {
            const int count = together[a * n + b] + together[b * n + a];
            if (count < std::max(1, m_options.minCount))
                continue;
            const double fa = network.nodes.at(int(a)).frequency;
            const double fb = network.nodes.at(int(b)).frequency;
            network.edges << CooccurrenceEdge{int(a), int(b), count,
                                              std::log2(double(count) * network.unitCount / (fa * fb)),
                                              2.0 * count / (fa + fb)};
        }
    }
    std::stable_sort(network.edges.begin(), network.edges.end(),
                     [](const CooccurrenceEdge &x, const CooccurrenceEdge &y) { return x.count > y.count; });
    return network;
}

QList<qint64> Cooccurrence::articlesOf(int node) const
{
    if (node < 0 || size_t(node) >= m_unitsOfNode.size())
        return {};
    return toList(articlesOfUnits(m_unitsOfNode[size_t(node)]));
}

QList<qint64> Cooccurrence::articlesOf(int from, int to) const
{
    if (from < 0 || to < 0 || size_t(from) >= m_unitsOfNode.size() || size_t(to) >= m_unitsOfNode.size())
        return {};
    std::vector<Unit> both;
    std::set_intersection(m_unitsOfNode[size_t(from)].cbegin(), m_unitsOfNode[size_t(from)].cend(),
                          m_unitsOfNode[size_t(to)].cbegin(), m_unitsOfNode[size_t(to)].cend(),
                          std::back_inserter(both));
    return toList(articlesOfUnits(both));
}

} // namespace Pizhu
