// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusnames.h"

#include "extract/characterfeatures.h"
#include "extract/entitylexicon.h"
#include "extract/entitymodel.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <algorithm>

namespace Pizhu {

CorpusNames::CorpusNames(CorpusDatabase &db)
    : m_db(db)
{
}

std::optional<QList<CorpusNames::Name>> CorpusNames::read()
{
    // One pass over the corrected entities (the partial index entities_corrected holds just them).
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral(
            "SELECT type, key, max(CASE WHEN status = 'manual' THEN 1 ELSE 0 END) FROM entities"
            " WHERE status IN ('confirmed', 'manual', 'rejected') AND type IN ('PER', 'ORG')"
            " GROUP BY type, key HAVING max(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) = 0"
            " ORDER BY type, key"))) {
        m_error = query.errorText();
        return std::nullopt;
    }
    QList<Name> names;
    while (query.next()) {
        const std::optional<EntityType> type = entityTypeFromCode(query.text(0));
        if (type)
            names.append({*type, query.text(1), query.integer(2) != 0});
    }
    return names;
}

quint8 CorpusNames::classesFor(const Name &name, const std::u32string &word, const EntityLexicon &shipped)
{
    const quint8 nameClass =
        name.type == EntityType::Person ? EntityLexicon::Person : EntityLexicon::Organization;
    const quint8 known = shipped.classesOf(word.data(), int(word.size()));
    const bool unknownAddition = name.added && word.size() >= 3 && !(known & nameClass);
    return quint8(known | nameClass | EntityLexicon::Word | (unknownAddition ? EntityLexicon::Corpus : 0));
}

void CorpusNames::addTo(EntityLexicon &lexicon, const EntityLexicon &shipped, const QList<Name> &names)
{
    for (const Name &name : names) {
        const std::u32string word = CharacterFeatures::normalised(name.key);
        lexicon.set(
            word, quint8(classesFor(name, word, shipped) | lexicon.classesOf(word.data(), int(word.size()))));
    }
}

bool CorpusNames::knowsAll(const EntityLexicon &lexicon, const EntityLexicon &shipped,
                           const QList<Name> &names)
{
    return std::all_of(names.cbegin(), names.cend(), [&](const Name &name) {
        const std::u32string word = CharacterFeatures::normalised(name.key);
        if (word.size() < size_t(EntityLexicon::MinLength) || word.size() > size_t(EntityLexicon::MaxLength))
            return true; // set() leaves such words out
        const quint8 wanted = classesFor(name, word, shipped);
        return (lexicon.classesOf(word.data(), int(word.size())) & wanted) == wanted;
    });
}

std::unique_ptr<EntityModel> CorpusNames::teach(const EntityModel &base, const EntityLexicon &shipped,
                                                const QList<Name> &names)
{
    EntityLexicon lexicon = base.lexicon();
    addTo(lexicon, shipped, names);
    return base.withLexicon(std::move(lexicon));
}

} // namespace Pizhu
