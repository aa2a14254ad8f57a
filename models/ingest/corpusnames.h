// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Pizhu {

class CorpusDatabase;
class EntityLexicon;
class EntityModel;

/**
 * The people and organisations a corpus's researchers confirmed, retyped or added by hand, and
 * never rejected: what the corpus teaches the entity model's lexicon. Read at the start of every
 * extraction run (CorpusEntityModel), so a correction counts for the next import or re-extraction
 * at once, and kept in the corpus's adapted model by AdaptModelJob.
 */
class CorpusNames
{
public:
    struct Name
    {
        EntityType type = EntityType::Person;
        QString key;        ///< simplified form
        bool added = false; ///< added by hand somewhere (the model missed it there)
    };

    explicit CorpusNames(CorpusDatabase &db);

    /** The names, by type and key; nullopt when they cannot be read (errorString()). */
    std::optional<QList<Name>> read();

    /** \a base with \a names added to a copy of its lexicon (see addTo()); its weights are shared. */
    static std::unique_ptr<EntityModel> teach(const EntityModel &base, const EntityLexicon &shipped,
                                              const QList<Name> &names);
    /**
     * Whether \a lexicon holds every one of \a names as teach() would put it (a corpus's adapted
     * model, made with them): teaching it again would change nothing.
     */
    static bool knowsAll(const EntityLexicon &lexicon, const EntityLexicon &shipped,
                         const QList<Name> &names);

    QString errorString() const { return m_error; }

private:
    /**
     * Puts \a names into \a lexicon as words of their class. A name of three or more characters
     * added by hand that \a shipped does not know as one of its class is also marked
     * EntityLexicon::Corpus, so it is found wherever it stands; the others are left to the model,
     * which weighs their context (民政 and 妇联 are organisations in some sentences only).
     */
    static void addTo(EntityLexicon &lexicon, const EntityLexicon &shipped, const QList<Name> &names);
    /** The classes addTo() gives \a name, besides those \a lexicon has for it already. */
    static quint8 classesFor(const Name &name, const std::u32string &word, const EntityLexicon &shipped);

    CorpusDatabase &m_db;
    QString m_error;
};

} // namespace Pizhu
