// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitystore.h"

#include <QCoreApplication>
#include <optional>

namespace Pizhu {

/** What a corpus rule does to the entities it names. */
enum class EntityRuleAction
{
    Reject,  ///< never an entity of this corpus
    Confirm, ///< always one, as extracted
    Retype,  ///< always one of another type (切尔西 is an organisation)
    Merge,   ///< always another entity: merged into it where both are found, renamed to it elsewhere
};

QString entityRuleActionCode(EntityRuleAction action); ///< "reject", "confirm", "retype", "merge"
std::optional<EntityRuleAction> entityRuleActionFromCode(const QString &code);

/**
 * A correction a researcher made for the whole corpus: every entity of \a type whose simplified
 * form is \a key, in every article now and in every later import and re-extraction.
 */
struct EntityRule
{
    EntityType type = EntityType::Person;
    QString key;
    QString name; ///< as the researcher saw it
    EntityRuleAction action = EntityRuleAction::Reject;
    EntityType newType = EntityType::Person; ///< Retype: the type it always is
    QString intoKey;                         ///< Merge: the simplified form of the entity it is
    QString intoName;                        ///< Merge: its name
    QString coder;
    QString created;

    friend bool operator==(const EntityRule &, const EntityRule &) = default;
};

/**
 * Reads and writes the corpus's entity rules and applies them to stored entities. Each method is
 * one step; callers group them in a transaction. A rule changes what extraction found, never what
 * a researcher added by hand; in one article, a correction made there wins over a rule made later
 * only until the rule is applied everywhere.
 */
class EntityRuleStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::EntityRuleStore)

public:
    explicit EntityRuleStore(CorpusDatabase &db);

    QList<EntityRule> rules() const;
    std::optional<EntityRule> rule(EntityType type, const QString &key) const;
    /** Stores \a rule in place of any rule for its type and form. */
    bool put(const EntityRule &rule);
    bool remove(EntityType type, const QString &key);

    /**
     * Applies the rules to the automatic entities of a newly extracted article. Whether the corpus
     * has rules is read once, on the first call, so an import asks once and not per article.
     */
    bool applyToArticle(qint64 articleId);
    /** Makes the next applyToArticle() ask again whether the corpus has rules (another window may have made
     * one). */
    void rulesMayHaveChanged() { m_hasRules.reset(); }
    /**
     * Applies \a rule, which must be stored, to every entity it names; \a before gets those entities
     * as they were, so that the step can be undone.
     */
    bool applyEverywhere(const EntityRule &rule, QList<StoredEntity> *before);

    QString errorString() const { return m_error; }

private:
    /** Runs the rules' statements on the entities \a scope selects (an SQL condition on entities). */
    bool apply(const QString &scope, const QVariantList &values);

    CorpusDatabase &m_db;
    std::optional<bool> m_hasRules; ///< read on the first applyToArticle
    QString m_error;
};

} // namespace Pizhu
