// SPDX-License-Identifier: GPL-3.0-or-later
#include "reextractjob.h"

#include "corpusentitymodel.h"
#include "extract/entityextractor.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/reextractionwriter.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

namespace Pizhu {

ReextractJob::ReextractJob(QList<qint64> articleIds)
    : m_ids(std::move(articleIds))
{
}

QString ReextractJob::title() const
{
    return tr("Re-extracting entities");
}

bool ReextractJob::run(CorpusDatabase &db, JobControl &control)
{
    m_done = 0;
    if (m_ids.isEmpty()) {
        SqlQuery query(db.sql());
        if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")))
            return fail(query.errorText());
        while (query.next())
            m_ids.append(query.integer(0));
    }
    const qint64 total = m_ids.size();
    ArticleStore articles(db);
    ReextractionWriter writer(db);
    if (m_countChanges)
        writer.countChanges();
    const std::shared_ptr<const EntityExtractor> extractor = CorpusEntityModel(db).extractor();
    for (qsizetype from = 0; from < m_ids.size() && !control.isCancelled(); from += BatchSize) {
        control.progress(m_done, total, title());
        Transaction transaction(db.sql());
        if (!transaction.isActive())
            return fail(transaction.errorText());
        const qsizetype to = std::min(m_ids.size(), from + BatchSize);
        for (qsizetype i = from; i < to; ++i) {
            const std::optional<Article> article = articles.article(m_ids.at(i));
            if (!article)
                continue; // deleted meanwhile, by another window or process
            if (!writer.write(article->id, extractor->extract(*article)))
                return fail(writer.errorString());
        }
        if (!transaction.commit())
            return fail(transaction.errorText());
        m_done = to;
    }
    m_changedSuggestions = writer.changedSuggestions();
    m_changedArticles = writer.changedArticles();
    control.progress(m_done, total, title());
    return true;
}

} // namespace Pizhu
