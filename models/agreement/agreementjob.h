// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementstudy.h"
#include "search/articlelistquery.h"
#include "store/corpusjob.h"

#include <memory>
#include <optional>

namespace Pizhu {

/** Reads the coding of some coders and computes their agreement, as a job (Tools → Coder Agreement). */
class AgreementJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AgreementJob)

public:
    /** Compares \a coders on \a tagIds (all they used, when empty) in the articles \a articles selects (all).
     */
    AgreementJob(QStringList coders, QList<qint64> tagIds,
                 std::optional<ArticleFilter> articles = std::nullopt);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** The study, once run() succeeded; the caller takes it. */
    std::unique_ptr<AgreementStudy> takeStudy() { return std::move(m_study); }

private:
    QStringList m_coders;
    QList<qint64> m_tagIds;
    std::optional<ArticleFilter> m_articles;
    std::unique_ptr<AgreementStudy> m_study;
};

} // namespace Pizhu
