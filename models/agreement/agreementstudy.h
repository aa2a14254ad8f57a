// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codingsnapshot.h"
#include "reliabilitydata.h"
#include "unitizingalpha.h"

#include <limits>

namespace Pizhu {

/** The coefficients of one kind of unit, with how much they rest on. */
struct AgreementFigures
{
    static constexpr double Undefined = std::numeric_limits<double>::quiet_NaN();
    double units = 0;    ///< units every coder coded (characters, for passages)
    double pairable = 0; ///< units at least two coders coded: what α rests on
    double percent = Undefined;
    double cohen = Undefined; ///< two coders only
    double fleiss = Undefined;
    double alpha = Undefined;

    static AgreementFigures of(const ReliabilityData &data);
};

/** Agreement on one tag (or, with tagId 0, on every tag together). */
struct TagAgreement
{
    qint64 tagId = 0;
    QString tagPath;
    AgreementFigures articles;          ///< whole-article tags: each article × tag is a unit
    AgreementFigures characters;        ///< passages: each character × tag is a unit
    UnitizingAlpha::Category unitizing; ///< where passages begin and end (α_u)
    double unitizingAlpha = AgreementFigures::Undefined;
};

/** A place where the coders do not agree: a whole-article tag, or a stretch of text. */
struct Disagreement
{
    qint64 articleId = 0;
    qint64 tagId = 0;
    TextSpan span;           ///< {0, 0} for a whole-article tag
    std::vector<int> values; ///< per coder: 1 tagged, 0 not, Missing: did not code the article

    bool isWholeArticle() const { return span.end == 0; }
};

/**
 * Inter-coder agreement over a CodingSnapshot, as a content analysis reports it. Units are the
 * articles × tags (whole-article tags) and the characters × tags (passages) of the articles that
 * at least two of the coders coded; a coder who did not code an article at all is missing there,
 * as α handles it, not a coder who said "no". Unitizing α compares the passages of the articles
 * every coder coded, laid end to end as one continuum.
 */
class AgreementStudy
{
public:
    explicit AgreementStudy(CodingSnapshot snapshot);

    const CodingSnapshot &snapshot() const { return m_snapshot; }
    /** One row per tag, then the row of every tag together (tagId 0). */
    const QList<TagAgreement> &results() const { return m_results; }
    const QList<Disagreement> &disagreements() const { return m_disagreements; }

    /** The whole-article units of \a tagId: one per article, values per coder. */
    struct ArticleUnit
    {
        qint64 articleId = 0;
        qint64 tagId = 0;
        std::vector<int> values;
    };
    /** A run of characters of one article and tag that every coder marked alike. */
    struct CharacterRun
    {
        qint64 articleId = 0;
        qint64 tagId = 0;
        TextSpan span;
        std::vector<int> values;
    };
    const QList<ArticleUnit> &articleUnits() const { return m_articleUnits; }
    const QList<CharacterRun> &characterRuns() const { return m_characterRuns; }

private:
    void collectUnits(qint64 tagId);
    UnitizingAlpha::Category unitizing(qint64 tagId) const;
    std::vector<TextSpan> unionOf(int coder, qint64 articleId, qint64 tagId) const;

    CodingSnapshot m_snapshot;
    QList<ArticleUnit> m_articleUnits;
    QList<CharacterRun> m_characterRuns;
    QList<TagAgreement> m_results;
    QList<Disagreement> m_disagreements;
};

} // namespace Pizhu
