// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstudy.h"

#include "agreementstatistics.h"

#include <algorithm>

namespace Pizhu {

namespace {

bool disagree(const std::vector<int> &values)
{
    int first = ReliabilityData::Missing;
    for (const int value : values) {
        if (value == ReliabilityData::Missing)
            continue;
        if (first == ReliabilityData::Missing)
            first = value;
        else if (value != first)
            return true;
    }
    return false;
}

} // namespace

AgreementFigures AgreementFigures::of(const ReliabilityData &data)
{
    AgreementFigures figures;
    figures.units = AgreementStatistics::unitsCodedByAll(data);
    figures.pairable = AgreementStatistics::pairableUnits(data);
    figures.percent = AgreementStatistics::percentAgreement(data);
    if (data.coderCount() == 2)
        figures.cohen = AgreementStatistics::cohensKappa(data, 0, 1);
    figures.fleiss = AgreementStatistics::fleissKappa(data);
    figures.alpha = AgreementStatistics::krippendorffAlpha(data);
    return figures;
}

AgreementStudy::AgreementStudy(CodingSnapshot snapshot)
    : m_snapshot(std::move(snapshot))
{
    const int coders = int(m_snapshot.coders.size());
    ReliabilityData allArticles(coders);
    ReliabilityData allCharacters(coders);
    std::vector<UnitizingAlpha::Category> allUnitizing;
    for (const qint64 tagId : std::as_const(m_snapshot.tags)) {
        const qsizetype articlesBefore = m_articleUnits.size();
        const qsizetype runsBefore = m_characterRuns.size();
        collectUnits(tagId);
        ReliabilityData articles(coders);
        for (qsizetype i = articlesBefore; i < m_articleUnits.size(); ++i) {
            articles.addUnit(m_articleUnits.at(i).values);
            allArticles.addUnit(m_articleUnits.at(i).values);
        }
        ReliabilityData characters(coders);
        for (qsizetype i = runsBefore; i < m_characterRuns.size(); ++i) {
            const CharacterRun &run = m_characterRuns.at(i);
            characters.addUnit(run.values, run.span.end - run.span.start);
            allCharacters.addUnit(run.values, run.span.end - run.span.start);
        }
        TagAgreement result{tagId,
                            m_snapshot.tagPaths.value(tagId),
                            AgreementFigures::of(articles),
                            AgreementFigures::of(characters),
                            unitizing(tagId),
                            AgreementFigures::Undefined};
        result.unitizingAlpha = result.unitizing.alpha();
        allUnitizing.push_back(result.unitizing);
        m_results << result;
    }
    TagAgreement overall;
    overall.articles = AgreementFigures::of(allArticles);
    overall.characters = AgreementFigures::of(allCharacters);
    overall.unitizingAlpha = UnitizingAlpha::overall(allUnitizing);
    m_results << overall;
}

std::vector<TextSpan> AgreementStudy::unionOf(int coder, qint64 articleId, qint64 tagId) const
{
    std::vector<TextSpan> spans;
    for (const TextSpan &span : m_snapshot.passages(coder, {articleId, tagId})) {
        if (!spans.empty() && span.start <= spans.back().end)
            spans.back().end = std::max(spans.back().end, span.end);
        else
            spans.push_back(span);
    }
    return spans;
}

void AgreementStudy::collectUnits(qint64 tagId)
{
    const int coders = int(m_snapshot.coders.size());
    const qsizetype firstRun = m_characterRuns.size();
    for (const qint64 articleId : m_snapshot.articles) {
        if (m_snapshot.coderCount(articleId) < 2)
            continue; // one coder's work alone has nothing to agree with
        ArticleUnit unit{articleId, tagId, {}};
        std::vector<std::vector<TextSpan>> spans(static_cast<size_t>(coders));
        std::vector<int> boundaries = {0, m_snapshot.lengths.value(articleId)};
        for (int c = 0; c < coders; ++c) {
            if (!m_snapshot.coded(c, articleId)) {
                unit.values.push_back(ReliabilityData::Missing);
                continue;
            }
            unit.values.push_back(m_snapshot.hasArticleTag(c, {articleId, tagId}) ? 1 : 0);
            spans[size_t(c)] = unionOf(c, articleId, tagId);
            for (const TextSpan &span : spans[size_t(c)]) {
                boundaries.push_back(span.start);
                boundaries.push_back(span.end);
            }
        }
        m_articleUnits << unit;
        if (disagree(unit.values))
            m_disagreements << Disagreement{articleId, tagId, {}, unit.values};

        // The characters, in runs between the boundaries of anyone's passage.
        std::sort(boundaries.begin(), boundaries.end());
        boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
        std::vector<size_t> next(static_cast<size_t>(coders), 0);
        for (size_t b = 0; b + 1 < boundaries.size(); ++b) {
            const TextSpan piece{boundaries[b], boundaries[b + 1]};
            std::vector<int> values;
            for (int c = 0; c < coders; ++c) {
                if (!m_snapshot.coded(c, articleId)) {
                    values.push_back(ReliabilityData::Missing);
                    continue;
                }
                const std::vector<TextSpan> &own = spans[size_t(c)];
                size_t &at = next[size_t(c)];
                while (at < own.size() && own[at].end <= piece.start)
                    ++at;
                values.push_back(at < own.size() && own[at].start <= piece.start ? 1 : 0);
            }
            if (!m_characterRuns.isEmpty() && m_characterRuns.last().articleId == articleId &&
                m_characterRuns.last().tagId == tagId && m_characterRuns.last().values == values &&
                m_characterRuns.last().span.end == piece.start) {
                m_characterRuns.last().span.end = piece.end;
            } else {
                m_characterRuns << CharacterRun{articleId, tagId, piece, values};
            }
        }
    }
    // Where the characters disagree, run by run.
    for (qsizetype i = firstRun; i < m_characterRuns.size(); ++i) {
        const CharacterRun &run = m_characterRuns.at(i);
        if (disagree(run.values))
            m_disagreements << Disagreement{run.articleId, run.tagId, run.span, run.values};
    }
}

UnitizingAlpha::Category AgreementStudy::unitizing(qint64 tagId) const
{
    // The articles every coder coded, end to end: each coder segments the same continuum.
    const int coders = int(m_snapshot.coders.size());
    std::vector<std::vector<TextSpan>> units(static_cast<size_t>(coders));
    qint64 length = 0;
    for (const qint64 articleId : m_snapshot.articles) {
        if (m_snapshot.coderCount(articleId) < coders)
            continue;
        for (int c = 0; c < coders; ++c) {
            for (const TextSpan &span : unionOf(c, articleId, tagId))
                units[size_t(c)].push_back({int(length + span.start), int(length + span.end)});
        }
        length += m_snapshot.lengths.value(articleId);
    }
    return UnitizingAlpha::forCategory(units, 0, length);
}

} // namespace Pizhu
