// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementjob.h"

namespace Pizhu {

AgreementJob::AgreementJob(QStringList coders, QList<qint64> tagIds, std::optional<ArticleFilter> articles)
    : m_coders(std::move(coders))
    , m_tagIds(std::move(tagIds))
    , m_articles(std::move(articles))
{
}

QString AgreementJob::title() const
{
    return tr("Comparing coders");
}

bool AgreementJob::run(CorpusDatabase &db, JobControl &control)
{
    if (m_coders.size() < 2)
        return fail(tr("agreement needs at least two coders"));
    control.progress(0, 2, tr("Reading the coding of %1").arg(m_coders.join(tr(", "))));
    QList<qint64> articleIds;
    if (m_articles) {
        const ArticleListQuery list(db, *m_articles);
        articleIds = list.ids();
        if (articleIds.isEmpty())
            return fail(list.errorString().isEmpty() ? tr("the articles chosen are none")
                                                     : list.errorString());
    }
    CodingSnapshot snapshot;
    if (!snapshot.read(db, m_coders, m_tagIds, articleIds))
        return fail(snapshot.errorString());
    if (control.isCancelled())
        return fail(tr("cancelled"));
    control.progress(1, 2, tr("Computing agreement"));
    m_study = std::make_unique<AgreementStudy>(std::move(snapshot));
    control.progress(2, 2, tr("Done"));
    return true;
}

} // namespace Pizhu
