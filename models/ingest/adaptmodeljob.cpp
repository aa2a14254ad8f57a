// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptmodeljob.h"

#include "corpusentitymodel.h"
#include "extract/characterfeatures.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "reextractjob.h"
#include "store/annotationstore.h"
#include "store/articlesetstore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
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
    // What a researcher confirmed, retyped or added, and not rejected elsewhere.
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral(
            "SELECT type, key, max(CASE WHEN status = 'manual' THEN 1 ELSE 0 END) FROM entities"
            " WHERE status IN ('confirmed', 'manual') AND type IN ('PER', 'ORG')"
            " AND NOT EXISTS (SELECT 1 FROM entities AS r WHERE r.status = 'rejected'"
            "  AND r.type = entities.type AND r.key = entities.key)"
            " GROUP BY type, key ORDER BY type, key")))
        return fail(query.errorText());
    EntityLexicon lexicon = shipped->lexicon();
    while (query.next()) {
        const quint8 nameClass =
            query.text(0) == QLatin1String("PER") ? EntityLexicon::Person : EntityLexicon::Organization;
        const std::u32string word = CharacterFeatures::normalised(query.text(1));
        // A name of three or more characters added by hand, which the model missed and the shipped
        // lexicon does not know, is found wherever it stands; the others are left to the model,
        // which weighs their context (民政 and 妇联 are organisations in some sentences only).
        const quint8 known = shipped->lexicon().classesOf(word.data(), int(word.size()));
        const bool added = query.value(2).toInt() != 0 && word.size() >= 3;
        lexicon.set(word, quint8(known | nameClass | EntityLexicon::Word |
                                 (added && !(known & nameClass) ? EntityLexicon::Corpus : 0)));
        ++m_names;
    }
    query.finish();
    if (m_names == 0)
        return fail(tr("the corpus holds no confirmed or added people or organisations to learn from yet"));
    if (control.isCancelled())
        return fail(tr("cancelled; the corpus keeps the model it had"));
    const std::unique_ptr<EntityModel> model = shipped->withLexicon(std::move(lexicon));
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
