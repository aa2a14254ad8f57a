// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptmodeljob.h"

#include "corpusentitymodel.h"
#include "corpusnames.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "reextractjob.h"
#include "store/annotationstore.h"
#include "store/articlesetstore.h"
#include "store/corpusdatabase.h"
#include "store/transaction.h"

namespace Pizhu {

AdaptModelJob::AdaptModelJob(QString coder)
    : m_coder(std::move(coder))
{
}

QString AdaptModelJob::title() const
{
    return tr("Adapting the entity model");
}

bool AdaptModelJob::run(CorpusDatabase &db, JobControl &control)
{
    const EntityModel *shipped = EntityExtractor::instance().model();
    if (!shipped)
        return fail(tr("the shipped entity model could not be loaded (%1), so there is nothing to adapt")
                        .arg(EntityExtractor::instance().modelError()));
    control.progress(0, 1, tr("Reading the corrections"));
    CorpusNames corpusNames(db);
    const std::optional<QList<CorpusNames::Name>> names = corpusNames.read();
    if (!names)
        return fail(corpusNames.errorString());
    m_names = names->size();
    if (m_names == 0)
        return fail(tr("the corpus holds no confirmed or added people or organisations to learn from yet"));
    if (control.isCancelled())
        return fail(tr("cancelled; the corpus keeps the model it had"));
    const std::unique_ptr<EntityModel> model = CorpusNames::teach(*shipped, shipped->lexicon(), *names);
    {
        Transaction transaction(db.sql());
        CorpusEntityModel store(db);
        if (!transaction.isActive() || !store.save(*model, m_names, m_coder) || !transaction.commit())
            return fail(
                tr("the adapted model cannot be kept in the corpus (%1)")
                    .arg(store.errorString().isEmpty() ? transaction.errorText() : store.errorString()));
    }
    ReextractJob reextract;
    reextract.countChanges();
    const bool done = reextract.run(db, control);
    m_changedSuggestions = reextract.changedSuggestions();
    m_changedArticles = reextract.changedArticles();
    if (!done)
        return fail(reextract.errorString());
    return m_changedArticles.isEmpty() || saveReviewSet(db);
}

bool AdaptModelJob::saveReviewSet(CorpusDatabase &db)
{
    ArticleSet set;
    set.coder = m_coder;
    set.created = AnnotationStore::timestamp();
    set.name = tr("Entities changed by adaptation, %1").arg(set.created);
    Transaction transaction(db.sql());
    ArticleSetStore sets(db);
    if (!transaction.isActive() || !sets.insert(set, m_changedArticles) || !transaction.commit())
        return fail(tr("the articles whose entities changed cannot be saved as a set (%1)")
                        .arg(sets.errorString().isEmpty() ? transaction.errorText() : sets.errorString()));
    m_reviewSet = set.name;
    return true;
}

} // namespace Pizhu
